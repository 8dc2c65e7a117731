import type { CompiledScenario } from '../engine/compile.js';
import type { GameState } from '../engine/types.js';
import { cardTitle, choiceLabel } from './describe.js';

// What a student's discussion sheet holds besides the questions: the three decisions that moved the meters most
// in their game, each beside what Tehran did (on a claim card, the option closest to the reported claim). And the
// scenario's debrief questions, read from its teacher notes.

export interface KeyDecision {
  turn: number;
  month: string;
  card: string;
  title: string;
  choice: string;
  /** The card's historical answer, or null when the record shows no clear choice. */
  historical: string | null;
  /** "record": what Tehran did; "claim": only the option closest to a reported, unconfirmed claim. */
  historicalIs: 'record' | 'claim' | null;
  /** The student chose what Tehran did (never on a claim card). */
  sameAsTehran: boolean;
  /** The student chose the option closest to the card's reported claim. */
  sameAsClaim: boolean;
}

/** The n decisions whose own consequences moved the meters most (in the order they were taken). */
export function keyDecisions(cs: CompiledScenario, g: GameState, n = 3): KeyDecision[] {
  return g.log
    .filter((r) => r.card && r.choice)
    .map((r) => ({ r, weight: r.changes.filter((c) => c.cause.kind === 'choice').reduce((a, c) => a + Math.abs(c.delta), 0) }))
    .sort((a, b) => b.weight - a.weight || a.r.turn - b.r.turn)
    .slice(0, n)
    .sort((a, b) => a.r.turn - b.r.turn)
    .map(({ r }) => {
      const history = cs.cardById.get(r.card!)?.history;
      const hist = history?.choice ?? null;
      const is = hist ? (history!.choiceIs ?? 'record') : null;
      return {
        turn: r.turn,
        month: r.month,
        card: r.card!,
        title: cardTitle(cs, r.card),
        choice: choiceLabel(cs, r.card, r.choice),
        historical: hist ? choiceLabel(cs, r.card, hist) : null,
        historicalIs: is,
        sameAsTehran: is === 'record' && hist === r.choice,
        sameAsClaim: is === 'claim' && hist === r.choice,
      };
    });
}

/** A heading of the questions' section: the English one, or the Persian notes' («پرسش‌های گفت‌وگو», «سؤال‌ها» …). */
const QUESTIONS_HEADING = /^##\s+(Discussion questions|(پرسش|سؤال|سوال)[^\n]*)\s*$/i;
/** A numbered item: "1." or "1)" (Persian notes: "۱." "۱)" "۱-" too). */
const NUMBERED = /^\s*[0-9۰-۹٠-٩]+\s*[.)\-–]\s+(.*)$/;

const linesOf = (markdown: string) => markdown.replace(/\r\n?/g, '\n').split('\n');
const sectionIndex = (lines: readonly string[], at: number) => lines.slice(0, at + 1).filter((l) => /^##\s/.test(l)).length - 1;

/**
 * The numbered questions under "## Discussion questions" in a scenario's teacher notes, as plain text. A
 * translation's notes (`english` given) may name the section in their own words: a heading that starts with
 * پرسش or سؤال, or else the section in the same place as the English notes' questions.
 */
export function discussionQuestions(markdown: string, english?: string): string[] {
  const lines = linesOf(markdown);
  let start = lines.findIndex((l) => QUESTIONS_HEADING.test(l));
  if (start < 0 && english !== undefined) {
    const en = linesOf(english);
    const at = en.findIndex((l) => QUESTIONS_HEADING.test(l));
    const nth = at < 0 ? -1 : sectionIndex(en, at);
    start = nth < 0 ? -1 : lines.findIndex((l, i) => /^##\s/.test(l) && sectionIndex(lines, i) === nth);
  }
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const item = NUMBERED.exec(line);
    if (item) out.push(item[1]!);
    else if (line.trim() && out.length) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out.map((q) => q.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_/g, (_, a, b, c) => a ?? b ?? c).replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/`([^`]+)`/g, '$1').trim());
}
