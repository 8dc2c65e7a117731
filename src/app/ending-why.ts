import type { CompiledScenario } from '../engine/compile.js';
import type { EndingCause, GameState } from '../engine/types.js';
import { conditionLines, type RulesWords } from './conditions.js';
import { cardTitle, choiceLabel, driftReason, statName } from './describe.js';
import type { MarkWords } from './preview.js';

// Why a game ended, as every front words it: which conditions of the verdict reached were met, what the verdicts
// listed before it missed, what set off a crisis or a collapse, and what moved the stats most (the engine's causes).

/** The words of previews, conditions and endings in one language (outcome-words-en.ts, outcome-words-fa.ts). */
export interface OutcomeWords {
  marks: MarkWords;
  rules: RulesWords;
  /** What set off a crisis. */
  crisis(name: string, value: number): string;
  /** A verdict listed before the one reached, with the conditions it missed. */
  missedBy(title: string, lines: string): string;
  /** The kind of a change's cause. */
  cause: { choice: string; chance: string; delayed: string; drift: string };
  /** One of the ending's causes: what did it, and how it moved a stat. */
  causeLine(what: string, stat: string, delta: number): string;
  /** A drift cause whose rule gives no reason. */
  drift: string;
}

export interface EndingWhy {
  /** The conditions of the ending reached (a crisis: what set it off). */
  met: string[];
  /** For each verdict listed before the one reached: the conditions it missed. */
  missed: string[];
}

export function endingWhy(cs: CompiledScenario, g: GameState, w: OutcomeWords): EndingWhy {
  const e = g.ending;
  if (e?.kind === 'crisis' && e.stat) return { met: [w.crisis(statName(cs, e.stat), g.stats[e.stat] ?? 0)], missed: [] };
  if (e?.kind === 'collapse') return { met: conditionLines(cs, cs.endingById.get(e.id)?.when, g, w.rules).map((l) => w.rules.line(l.met, l.text)), missed: [] };
  if (e?.kind !== 'verdict') return { met: [], missed: [] };
  const verdicts = cs.data.endings.filter((x) => x.kind === 'verdict');
  const at = verdicts.findIndex((v) => v.id === e.id);
  const met = conditionLines(cs, verdicts[at]?.when, g, w.rules).map((l) => w.rules.line(l.met, l.text));
  const missed = verdicts.slice(0, Math.max(0, at)).map((v) =>
    w.missedBy(
      v.title,
      conditionLines(cs, v.when, g, w.rules)
        .filter((l) => !l.met)
        .map((l) => w.rules.line(false, l.text))
        .join(w.rules.and),
    ),
  );
  return { met, missed };
}

/** One cause the engine found for the ending, in words: "Card: choice (chance) — West ▲ +12". */
export function endingCauseLine(cs: CompiledScenario, c: EndingCause, w: OutcomeWords): string {
  const what =
    c.cause === 'drift' || !c.card
      ? driftReason(cs, c.effect) || w.drift
      : `${cardTitle(cs, c.card)}: ${choiceLabel(cs, c.card, c.choice)}${c.cause === 'choice' ? '' : ` (${w.cause[c.cause]})`}`;
  return w.causeLine(what, statName(cs, c.stat), c.delta);
}
