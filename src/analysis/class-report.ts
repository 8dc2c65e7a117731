import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, type CompiledScenario } from '../engine/compile.js';
import { cardTitle, choiceLabel } from '../app/describe.js';
import type { RefusalKind } from '../engine/index.js';
import { codeScenarioId } from '../app/record-code.js';
import type { ClassSettings } from '../app/class-code.js';
import { counts as isCounted, mostCommonClass, placeAll, verifyAll, type GameSummary, type Group, type IncludeOptions, type Placed, type Submission } from './class-groups.js';

export type { Submission } from './class-groups.js';

// A class's games, compared: what a teacher reads after collecting replay files or codes.

export interface Spread {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

export interface CardReport {
  card: string;
  title: string;
  seen: number;
  /**
   * Each option and how many chose it. `historical`: what Tehran did (the record's choice). `claimed`: the option
   * closest to a reported, unconfirmed claim (`choiceIs: claim`), which is not what Tehran is known to have done.
   */
  choices: { choice: string; label: string; count: number; historical: boolean; claimed: boolean }[];
  /** How split the class was: 0 when everyone chose alike, towards 1 the more evenly they split. */
  split: number;
  /** The share of the class that did not do what Tehran did (null when the record shows no clear choice or only a claim). */
  againstHistory: number | null;
}

/** One submission as the report sees it. */
export interface StudentRow {
  index: number;
  name: string;
  /** The name the game recorded, where it differs from the one handed in. */
  recorded?: string;
  source: string;
  group: Group;
  counted: boolean;
  /** Why it is not in the class group, in words. */
  detail: string;
  kind?: RefusalKind;
  /** The scenario the game was played in (its record's id and version), when it verified. */
  scenario?: { id: string; version: number };
  /** The game is of another scenario than the report's: it cannot be compared with this class's games. */
  otherScenario?: boolean;
  /** Its scenario is not in this copy of the game: no ending title, month or card text can be given for it. */
  scenarioMissing?: boolean;
  ending?: string;
  /** The ending's title in the game's own scenario ('' when the game has not ended or its scenario is missing). */
  endingTitle?: string;
  /** The month the game ended (its last turn's month, in its own scenario). */
  month?: string;
  turns?: number;
  seed?: string;
  difficulty?: string;
  /** Each decision, with the card's title and the choice's label in the game's own scenario ('' when missing). */
  decisions: { card: string; choice: string; turn: number; title: string; label: string }[];
  differing?: number;
}

export interface ClassReport {
  scenario: { id: string; title: string; version: number };
  /** The class the games are checked against; `classGiven` false when it was taken from the most common settings. */
  class: ClassSettings;
  classGiven: boolean;
  include: IncludeOptions;
  submitted: number;
  /** Submissions that verified (any class, repeats included). */
  verified: number;
  /** Games in the comparison: the class's own, plus the others the teacher added. */
  counted: number;
  groups: Record<Group, number>;
  students: StudentRow[];
  refused: { name: string; kind: RefusalKind | 'other-scenario'; message: string }[];
  endings: { ending: string; title: string; count: number; students: { name: string; month: string }[] }[];
  cards: CardReport[];
  /** Meters by turn (after each turn's decision), over the games that reached that turn. */
  meters: { turn: number; month: string; stats: Record<'west' | 'russia' | 'elites', Spread> }[];
  /** Students whose decisions differ most from the class majority on the same cards. */
  divergent: { name: string; differing: number; decisions: number; share: number; ending: string }[];
}

function spread(values: number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    if (!v.length) return 0;
    const pos = (v.length - 1) * q;
    const lo = Math.floor(pos);
    return Math.round((v[lo]! + (v[Math.ceil(pos)]! - v[lo]!) * (pos - lo)) * 10) / 10;
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: v[0] ?? 0, max: v[v.length - 1] ?? 0, n: v.length };
}

export interface ClassReportOptions {
  /** The class to check against; without it, the settings most of the games share. */
  class?: ClassSettings | null;
  include?: IncludeOptions;
}

/** Verifies every submission, sorts each into its group (the refused with why) and compares the games that count. */
export function classReport(
  submissions: readonly Submission[],
  scenario: ScenarioData,
  findScenario: (id: string) => ScenarioData | undefined,
  options: ClassReportOptions = {},
): ClassReport {
  return classReportOf(verifyAll(submissions, findScenario), scenario, findScenario, options);
}

/** The report over submissions already verified (verifyOne, in hand-in order). */
export function classReportOf(
  verified: readonly Placed[],
  scenario: ScenarioData,
  findScenario: (id: string) => ScenarioData | undefined,
  options: ClassReportOptions = {},
): ClassReport {
  const cs = compileScenario(scenario);
  const include = options.include ?? {};
  const klass = options.class ?? mostCommonClass(verified.filter((p) => p.replay?.scenario.id === scenario.id), findScenario) ?? {
    scenario: scenario.id, seed: '', difficulty: scenario.difficulties[0]!.id, previews: false,
  };
  const placed = placeAll(verified, klass, findScenario);
  const counted = placed.filter((p) => isCounted(p, include, scenario.id));
  const games = counted.map((p) => ({ name: p.name, game: p.game! }));
  const refused: ClassReport['refused'] = placed.filter((p) => p.group === 'refused').map((p) => ({ name: p.name, kind: p.kind!, message: p.detail }));
  // Each game is described by its own scenario: another scenario's months, endings and cards are other words.
  const own = new Map<string, CompiledScenario | null>([[scenario.id, cs]]);
  const compiledOf = (id: string): CompiledScenario | null => {
    if (!own.has(id)) {
      const found = findScenario(id);
      own.set(id, found ? compileScenario(found) : null);
    }
    return own.get(id)!;
  };
  const monthIn = (c: CompiledScenario | null, g: GameSummary) => c?.months[(g.log[g.log.length - 1]?.turn ?? 1) - 1] ?? '';
  const monthOf = (g: GameSummary) => monthIn(cs, g);

  const endings = scenario.endings.map((e) => {
    const mine = games.filter((g) => g.game.ending?.id === e.id);
    return { ending: e.id, title: e.title, count: mine.length, students: mine.map((g) => ({ name: g.name, month: monthOf(g.game) })) };
  });

  const counts = new Map<string, Map<string, number>>();
  for (const { game } of games)
    for (const rec of game.log) {
      if (!rec.card || !rec.choice) continue;
      const m = counts.get(rec.card) ?? new Map<string, number>();
      m.set(rec.choice, (m.get(rec.choice) ?? 0) + 1);
      counts.set(rec.card, m);
    }
  const cards: CardReport[] = scenario.cards
    .filter((c) => counts.has(c.id))
    .map((c) => {
      const m = counts.get(c.id)!;
      const seen = [...m.values()].reduce((a, b) => a + b, 0);
      const top = Math.max(...m.values());
      const claim = c.history.choiceIs === 'claim';
      const record = claim ? undefined : c.history.choice;
      const historical = record ? (m.get(record) ?? 0) : null;
      return {
        card: c.id,
        title: c.title,
        seen,
        choices: c.choices.map((ch) => ({ choice: ch.id, label: ch.label, count: m.get(ch.id) ?? 0, historical: record === ch.id, claimed: claim && c.history.choice === ch.id })),
        split: Math.round((1 - top / seen) * 1000) / 1000,
        againstHistory: historical === null ? null : Math.round((1 - historical / seen) * 1000) / 1000,
      };
    })
    .sort((a, b) => b.split - a.split);

  const meters: ClassReport['meters'] = [];
  for (let turn = 1; turn <= cs.lastTurn; turn++) {
    const recs = games.map((g) => g.game.log.find((r) => r.turn === turn)).filter((r) => r !== undefined);
    if (!recs.length) break;
    meters.push({
      turn,
      month: cs.months[turn - 1]!,
      stats: {
        west: spread(recs.map((r) => r.stats.west ?? 0)),
        russia: spread(recs.map((r) => r.stats.russia ?? 0)),
        elites: spread(recs.map((r) => r.stats.elites ?? 0)),
      },
    });
  }

  const majority = new Map([...counts].map(([card, m]) => [card, [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
  const divergent = games
    .map(({ name, game }) => {
      const decisions = game.log.filter((r) => r.card && r.choice);
      const differing = decisions.filter((r) => majority.get(r.card!) !== r.choice).length;
      return { name, differing, decisions: decisions.length, share: decisions.length ? differing / decisions.length : 0, ending: game.ending?.id ?? '' };
    })
    .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name))
    .slice(0, 5);

  const countedSet = new Set(counted);
  const groups: Record<Group, number> = { class: 0, 'other-class': 0, duplicate: 0, copy: 0, refused: 0 };
  for (const p of placed) groups[p.group]++;
  const students: StudentRow[] = placed.map((p) => {
    const id = p.replay?.scenario.id;
    const its = id ? compiledOf(id) : null;
    const decisions = p.game
      ? p.game.log.filter((r) => r.card && r.choice).map((r) => ({ card: r.card!, choice: r.choice!, turn: r.turn, title: its ? cardTitle(its, r.card) : '', label: its ? choiceLabel(its, r.card, r.choice) : '' }))
      : [];
    const ending = p.game?.ending?.id ?? '';
    const endingTitle = ending && its ? (its.endingById.get(ending)?.title ?? '') : '';
    return {
      index: p.index,
      name: p.name,
      ...(p.recorded ? { recorded: p.recorded } : {}),
      source: p.submission.source ?? p.submission.name,
      group: p.group,
      counted: countedSet.has(p),
      detail: p.detail,
      ...(p.kind ? { kind: p.kind } : {}),
      ...(p.game && p.replay
        ? {
            scenario: { id: p.replay.scenario.id, version: p.replay.scenario.version },
            ...(p.replay.scenario.id !== scenario.id ? { otherScenario: true } : {}),
            ...(its ? {} : { scenarioMissing: true }),
            ending,
            endingTitle,
            month: monthIn(its, p.game),
            turns: p.game.turn,
            seed: p.game.seed,
            difficulty: p.game.difficulty,
          }
        : {}),
      decisions,
      ...(countedSet.has(p) ? { differing: decisions.filter((d) => majority.get(d.card) !== d.choice).length } : {}),
    };
  });

  return {
    scenario: { id: scenario.id, title: scenario.title, version: scenario.version },
    class: klass,
    classGiven: !!options.class,
    include,
    submitted: verified.length,
    verified: placed.filter((p) => p.game).length,
    counted: games.length,
    groups,
    students,
    refused,
    endings,
    cards,
    meters,
    divergent,
  };
}

/** The scenario a submission's replay names, read without verifying it (null when it names none). */
export function submissionScenarioId(s: Submission): string | null {
  let id: unknown;
  if (typeof s.replay === 'object' && s.replay) id = (s.replay as { scenario?: { id?: unknown } }).scenario?.id;
  if (typeof s.replay === 'string') id = codeScenarioId(s.replay);
  return typeof id === 'string' ? id : null;
}

/** The scenario named most often in a tally of scenario ids. */
export function mostNamedScenario(tally: ReadonlyMap<string, number>): string | null {
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The scenario most of a class's replays name: the one to report on. */
export function classScenarioId(submissions: readonly Submission[]): string | null {
  const tally = new Map<string, number>();
  for (const s of submissions) {
    const id = submissionScenarioId(s);
    if (id) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return mostNamedScenario(tally);
}
