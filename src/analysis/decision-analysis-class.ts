import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import type { GameRecord } from '../engine/record.js';
import { openChoices } from '../engine/turn.js';
import { AnalysisError, decisionOdds, statesAtDecisions, tallyGame, type AnalysisOptions, type GameTally } from './decision-analysis.js';
import { emptyOptionTally, mergeOptionTallies, meanInterval, shareInterval, type Interval, type OptionTally } from './decision-analysis-stats.js';
import { balancedEndingsOf } from './scenario-shape.js';

// A class's games analysed together: for each card, what the class chose beside what each option did to the odds,
// pooled over every game that met the card (each game's futures from its own position there).

export interface ClassOptionOdds {
  choice: string;
  /** Decisions on this card where the class took this option. */
  chosen: number;
  /** Decisions on this card where it was open. */
  open: number;
  /** Futures played from it, over all those decisions. */
  futures: number;
  endings: Record<string, Interval>;
  balanced: Interval;
  tensions: { west: Interval; russia: Interval; elites: Interval };
}

export interface ClassCardOdds {
  card: string;
  /** Decisions on this card in the class's games. */
  seen: number;
  options: ClassOptionOdds[];
  /** Highest minus lowest pooled share of a balanced verdict across options open at least once. */
  swingBalanced: number;
  clearBalanced: boolean;
  /** The mean, over the decisions on this card, of each game's swing in the ending that game reached. */
  swingReached: number;
}

/**
 * How much a card mattered for a class: the larger of its two swings, times the share of the class's games that met
 * it, so that a card one game of thirty met does not outrank a card the whole class decided on.
 */
export function classWeight(c: Pick<ClassCardOdds, 'swingBalanced' | 'swingReached' | 'seen'>, games: number): number {
  return Math.max(c.swingBalanced, c.swingReached) * Math.min(1, c.seen / Math.max(1, games));
}

export interface ClassAnalysis {
  scenario: string;
  policy: AnalysisOptions['policy'];
  futures: number;
  /** Games analysed. */
  games: number;
  /** Records left out, with why (0-based index in the list given). */
  skipped: { index: number; message: string }[];
  /** Cards the class met, most decisive first. */
  cards: ClassCardOdds[];
  /** The card whose choice mattered most for this class (see classWeight), or null. */
  mostDecisive: string | null;
}

type Rec = Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>;

interface CardAcc {
  seen: number;
  chosen: Map<string, number>;
  open: Map<string, number>;
  tally: Map<string, OptionTally>;
  reachedSwings: number;
}

/** Every record analysed (progress over all of them), pooled card by card; null if stopped. */
export function classAnalysis(scenario: ScenarioData, records: readonly Rec[], opts: Omit<AnalysisOptions, 'from' | 'to'>): ClassAnalysis | null {
  const cs = compileScenario(scenario);
  const skipped: ClassAnalysis['skipped'] = [];
  const sizes: number[] = records.map((r, index) => {
    try {
      return statesAtDecisions(scenario, r).states.reduce((sum, g) => sum + openChoices(cs, g).length * opts.futures, 0);
    } catch (e) {
      if (!(e instanceof AnalysisError)) throw e;
      skipped.push({ index, message: e.message });
      return -1;
    }
  });
  const total = sizes.reduce((a, b) => a + Math.max(0, b), 0);
  const tallies: GameTally[] = [];
  let base = 0;
  for (let i = 0; i < records.length; i++) {
    if (sizes[i]! < 0) continue;
    const t = tallyGame(scenario, records[i]!, { ...opts, onProgress: (done) => opts.onProgress?.(base + done, total) });
    if (!t) return null;
    base += sizes[i]!;
    tallies.push(t);
  }
  return classAnalysisOf(scenario, tallies, skipped, opts);
}

/**
 * The class's analysis from each game's tally (whole, or merged from workers' parts with mergeGameTallies), pooled
 * card by card; `skipped`: the records left out, with why.
 */
export function classAnalysisOf(scenario: ScenarioData, tallies: readonly GameTally[], skipped: ClassAnalysis['skipped'], opts: Pick<AnalysisOptions, 'policy' | 'futures'>): ClassAnalysis {
  const cards = new Map<string, CardAcc>();
  for (const t of tallies)
    for (const d of t.decisions) {
      const acc = cards.get(d.card) ?? { seen: 0, chosen: new Map(), open: new Map(), tally: new Map(), reachedSwings: 0 };
      cards.set(d.card, acc);
      acc.seen++;
      acc.chosen.set(d.played, (acc.chosen.get(d.played) ?? 0) + 1);
      acc.reachedSwings += decisionOdds(scenario, d, t.reachedEnding).swingReached;
      for (const o of d.options) {
        if (!o.open) continue;
        acc.open.set(o.choice, (acc.open.get(o.choice) ?? 0) + 1);
        acc.tally.set(o.choice, mergeOptionTallies(acc.tally.get(o.choice) ?? emptyOptionTally(), o.tally));
      }
    }
  const ids = scenario.endings.map((e) => e.id);
  const balanced = balancedEndingsOf(scenario);
  const out: ClassCardOdds[] = scenario.cards
    .filter((c) => cards.has(c.id))
    .map((c) => {
      const acc = cards.get(c.id)!;
      const options = c.choices.map((ch): ClassOptionOdds => {
        const t = acc.tally.get(ch.id) ?? emptyOptionTally();
        const hits = (id: string) => t.endings[id] ?? 0;
        return {
          choice: ch.id,
          chosen: acc.chosen.get(ch.id) ?? 0,
          open: acc.open.get(ch.id) ?? 0,
          futures: t.futures,
          endings: Object.fromEntries(ids.map((id) => [id, shareInterval(hits(id), t.futures)])),
          balanced: shareInterval(balanced.reduce((sum, id) => sum + hits(id), 0), t.futures),
          tensions: {
            west: meanInterval(t.sums.west, t.squares.west, t.futures),
            russia: meanInterval(t.sums.russia, t.squares.russia, t.futures),
            elites: meanInterval(t.sums.elites, t.squares.elites, t.futures),
          },
        };
      });
      const open = options.filter((o) => o.open > 0);
      const hi = open.reduce<ClassOptionOdds | undefined>((a, b) => (!a || b.balanced.mean > a.balanced.mean ? b : a), undefined);
      const lo = open.reduce<ClassOptionOdds | undefined>((a, b) => (!a || b.balanced.mean < a.balanced.mean ? b : a), undefined);
      const two = open.length >= 2 && hi && lo;
      return {
        card: c.id,
        seen: acc.seen,
        options,
        swingBalanced: two ? hi.balanced.mean - lo.balanced.mean : 0,
        clearBalanced: two ? lo.balanced.hi < hi.balanced.lo : false,
        swingReached: acc.reachedSwings / acc.seen,
      };
    });
  const weight = (c: ClassCardOdds) => classWeight(c, tallies.length);
  out.sort((a, b) => weight(b) - weight(a));
  return {
    scenario: scenario.id,
    policy: opts.policy,
    futures: opts.futures,
    games: tallies.length,
    skipped: [...skipped],
    cards: out,
    mostDecisive: out.length && weight(out[0]!) > 0 ? out[0]!.card : null,
  };
}
