import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, monthOfTurn, turnMonth, type CompiledScenario } from '../engine/compile.js';
import { STRATEGIES, type StrategyName } from './strategies.js';
import { playThroughRules, runSeed } from './simulate.js';

// How often each dated card appears inside its real months, by strategy. Measured against the calendar
// (each turn's span of months), not against the engine's own table of allowed turns.

export interface CardChronology {
  card: string;
  title: string;
  happened: { from: string; to: string; slack?: 1 };
  /** Per strategy: games in which the card appeared, and of those, how many inside its months. */
  byStrategy: Record<StrategyName, { appeared: number; inside: number }>;
}

export interface ChronologyReport {
  scenario: string;
  runs: number;
  cards: CardChronology[];
}

/** The first and last month a turn covers (a turn runs until the next one opens). */
export function turnSpan(cs: CompiledScenario, turn: number): { first: string; last: string } {
  const first = turnMonth(cs, turn);
  const last = turn < cs.lastTurn ? monthOfTurn(turnMonth(cs, turn + 1), 0) : first;
  return { first, last };
}

/** Whether a turn lies inside a dated card's months: its span overlaps the range, or it is the one turn of slack after. */
export function turnInside(cs: CompiledScenario, turn: number, h: CardChronology['happened']): boolean {
  const overlaps = (t: number) => {
    const { first, last } = turnSpan(cs, t);
    return first <= h.to.slice(0, 7) && last >= h.from.slice(0, 7);
  };
  return overlaps(turn) || (h.slack === 1 && turn > 1 && overlaps(turn - 1) && !overlaps(turn));
}

/**
 * Plays `runs` games per strategy and counts, for each dated card, its appearances inside its months.
 * `datesFrom` gives the dates to measure against (by default the scenario's own); the games are played
 * with `s` as it is, so that a scenario stripped of its dates can be measured against the real ones.
 */
export function chronologyReport(
  s: ScenarioData,
  runs: number,
  seed = 'chronology',
  difficulty = 'standard',
  strategies: readonly StrategyName[] = STRATEGIES,
  datesFrom: ScenarioData = s,
): ChronologyReport {
  const cs = compileScenario(datesFrom);
  const cards: CardChronology[] = [];
  const byId = new Map<string, CardChronology>();
  for (const c of datesFrom.cards) {
    if (c.happened === 'none' || c.happened === undefined) continue;
    const entry: CardChronology = {
      card: c.id,
      title: c.title,
      happened: c.happened,
      byStrategy: Object.fromEntries(STRATEGIES.map((st) => [st, { appeared: 0, inside: 0 }])) as CardChronology['byStrategy'],
    };
    cards.push(entry);
    byId.set(c.id, entry);
  }
  for (const strategy of strategies)
    for (let i = 0; i < runs; i++) {
      const g = playThroughRules(s, runSeed(`${seed}-${strategy}`, i), difficulty, strategy);
      for (const rec of g.log) {
        const entry = rec.card ? byId.get(rec.card) : undefined;
        if (!entry) continue;
        entry.byStrategy[strategy].appeared += 1;
        if (turnInside(cs, rec.turn, entry.happened)) entry.byStrategy[strategy].inside += 1;
      }
    }
  return { scenario: s.id, runs, cards };
}

/** The share of a card's appearances inside its months (1 when it never appeared). */
export function insideShare(x: { appeared: number; inside: number }): number {
  return x.appeared ? x.inside / x.appeared : 1;
}
