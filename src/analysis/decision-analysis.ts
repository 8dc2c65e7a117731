import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import type { GameRecord } from '../engine/record.js';
import { playRules } from '../engine/play-rules.js';
import { openChoices } from '../engine/turn.js';
import type { GameState } from '../engine/types.js';
import { balancedEndingsOf } from './scenario-shape.js';
import { meanInterval, mergeOptionTallies, shareInterval, type Interval, type OptionTally } from './decision-analysis-stats.js';
import { CONTINUATION_POLICIES, tallyDecision, type ContinuationPolicy, type DecisionTally } from './decision-analysis-futures.js';

// Decision analysis: for each decision of a finished game, what each open option did to the odds of each ending,
// measured by playing K futures of the game from that decision (decision-analysis-futures.ts). These are the
// game's odds under a stated continuation policy, never history's: every view says so (modelCaveat).

export type { Interval } from './decision-analysis-stats.js';
export type { ContinuationPolicy } from './decision-analysis-futures.js';

/** A record that cannot be analysed (unfinished, or refused by the rules): the message is for the user. */
export class AnalysisError extends Error {}

export interface OptionOdds {
  choice: string;
  /** The option the student took. */
  played: boolean;
  /** Open at this decision. A closed option has no futures and every interval is 0. */
  open: boolean;
  /** Futures played from this option. */
  futures: number;
  /** For every ending id of the scenario: the share (0..1) of futures ending there. */
  endings: Record<string, Interval>;
  /** The share of futures ending in the ending this game reached. */
  reached: Interval;
  /** The share of futures ending in a balanced verdict (one that caps all three tensions). */
  balanced: Interval;
  /** The mean of each tension (0..100) at the end of the futures. */
  tensions: { west: Interval; russia: Interval; elites: Interval };
}

export interface DecisionOdds {
  /** 0-based index in the record's decisions. */
  index: number;
  turn: number;
  card: string;
  /** The choice the student made. */
  played: string;
  /** Every choice of the card, in the card's order (closed ones with open false). */
  options: OptionOdds[];
  /** Highest minus lowest share of the ending reached, across the open options (0 with one open option). */
  swingReached: number;
  /** The same for a balanced verdict. */
  swingBalanced: number;
  /** Whether a swing is beyond the noise: the highest and lowest options' intervals do not overlap. */
  clearReached: boolean;
  clearBalanced: boolean;
}

export interface GameAnalysis {
  scenario: string;
  seed: string;
  difficulty: string;
  policy: ContinuationPolicy;
  /** Futures per open option at each decision (K). */
  futures: number;
  /** The ending this game reached. */
  reachedEnding: string;
  /** The scenario's balanced verdicts (what `balanced` counts). */
  balancedEndings: string[];
  decisions: DecisionOdds[];
  /** Every decision's index, the one that moved the odds most first (the larger of its two swings; earlier first on a tie). */
  mostDecisive: number[];
  /** Up to three of those whose swing is clear: the decisions to flag. */
  flagged: number[];
  /**
   * Options not taken that would likely have avoided the ending reached: under half of their futures reach it (the
   * whole interval), where the choice made clearly reached it more often. `share`: their share still reaching it.
   * Fewest first.
   */
  avoiding: { index: number; choice: string; share: number }[];
}

/** The raw counts of an analysis, or of part of its futures: merge the parts of several workers, then analysisOf. */
export interface GameTally {
  scenario: string;
  seed: string;
  difficulty: string;
  policy: ContinuationPolicy;
  reachedEnding: string;
  /** Futures per open option counted so far. */
  futures: number;
  decisions: DecisionTally[];
}

export interface AnalysisOptions {
  policy: ContinuationPolicy;
  /** K: futures per open option at each decision. */
  futures: number;
  /** Only futures from ≤ k < to (default 0 and `futures`): a worker's share of the work. */
  from?: number;
  to?: number;
  /** Progress in futures played: done of total, now and then and at the end. */
  onProgress?(done: number, total: number): void;
  /** Asked now and then; true stops the analysis (the result is then null). */
  shouldStop?(): boolean;
}

type Rec = Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>;

/** The game as it stood at each decision (showing the card), through the rules; the finished game. */
export function statesAtDecisions(scenario: ScenarioData, record: Rec): { states: GameState[]; game: GameState } {
  const states: GameState[] = [];
  const played = playRules(scenario, record, { before: (g) => states.push(g) });
  if (played.refusedAt) throw new AnalysisError(`This game cannot be analysed: its decision ${played.refusedAt.index + 1} (turn ${played.refusedAt.turn}) is refused by the rules.`);
  if (!played.game.ending) throw new AnalysisError(`This game is not finished (it stands at turn ${played.game.turn}): only a finished game can be analysed.`);
  return { states, game: played.game };
}

function decidedCards(states: readonly GameState[], record: Rec): { card: string; choice: string }[] {
  return states.map((g, i) => ({ card: g.card!, choice: record.decisions[i]!.choice }));
}

const PROGRESS_EVERY = 25;
/** What the CLI and the pages use unless told otherwise: the student's own later choices, 500 futures per option. */
export const DEFAULT_POLICY: ContinuationPolicy = 'as-played';
export const DEFAULT_FUTURES = 500;
/** More futures than this per option would take minutes and tell nothing new. */
export const MAX_FUTURES = 100_000;

function checkOptions(opts: AnalysisOptions): void {
  if (!CONTINUATION_POLICIES.includes(opts.policy)) throw new AnalysisError(`There is no continuation policy "${String(opts.policy)}" (there are: ${CONTINUATION_POLICIES.join(', ')}).`);
  if (!Number.isInteger(opts.futures) || opts.futures < 1 || opts.futures > MAX_FUTURES) throw new AnalysisError(`The number of futures must be a whole number from 1 to ${MAX_FUTURES}.`);
  const from = opts.from ?? 0;
  const to = opts.to ?? opts.futures;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > opts.futures || from > to) throw new AnalysisError(`A range of futures must lie within 0–${opts.futures}.`);
}

/** Plays the futures of every decision (or of `indexes` only) and counts them; null if stopped. */
export function tallyGame(scenario: ScenarioData, record: Rec, opts: AnalysisOptions, indexes?: readonly number[]): GameTally | null {
  const cs = compileScenario(scenario);
  checkOptions(opts);
  const { states, game } = statesAtDecisions(scenario, record);
  const decided = decidedCards(states, record);
  const from = opts.from ?? 0;
  const to = opts.to ?? opts.futures;
  const which = indexes ?? states.map((_, i) => i);
  const openCount = (g: GameState) => openChoices(cs, g).length;
  const total = which.reduce((sum, i) => sum + openCount(states[i]!) * (to - from), 0);
  let done = 0;
  const decisions: DecisionTally[] = [];
  for (const i of which) {
    const open = openCount(states[i]!);
    const t = tallyDecision(cs, states[i]!, i, decided, {
      policy: opts.policy,
      from,
      to,
      step: (k) => {
        const n = k - from + 1;
        if (n % PROGRESS_EVERY !== 0 && k !== to - 1) return false;
        opts.onProgress?.(done + n * open, total);
        return opts.shouldStop?.() ?? false;
      },
    });
    if (!t) return null;
    done += open * (to - from);
    decisions.push(t);
  }
  if (to <= from) opts.onProgress?.(total, total);
  return { scenario: scenario.id, seed: record.seed, difficulty: record.difficulty, policy: opts.policy, reachedEnding: game.ending!.id, futures: Math.max(0, to - from), decisions };
}

/** Adds up two tallies of the same game, policy and decisions over disjoint ranges of futures. */
export function mergeGameTallies(a: GameTally, b: GameTally): GameTally {
  if (a.scenario !== b.scenario || a.seed !== b.seed || a.policy !== b.policy || a.decisions.length !== b.decisions.length)
    throw new AnalysisError('These two tallies are of different analyses and cannot be added up.');
  const decisions = a.decisions.map((d, i) => {
    const e = b.decisions[i]!;
    if (d.index !== e.index) throw new AnalysisError('These two tallies cover different decisions and cannot be added up.');
    return { ...d, options: d.options.map((o, j) => ({ ...o, tally: mergeOptionTallies(o.tally, e.options[j]!.tally) })) };
  });
  return { ...a, futures: a.futures + b.futures, decisions };
}

function oddsOf(t: OptionTally, choice: string, played: boolean, open: boolean, endingIds: readonly string[], reached: string, balanced: readonly string[]): OptionOdds {
  const n = t.futures;
  const hits = (id: string) => t.endings[id] ?? 0;
  return {
    choice,
    played,
    open,
    futures: n,
    endings: Object.fromEntries(endingIds.map((id) => [id, shareInterval(hits(id), n)])),
    reached: shareInterval(hits(reached), n),
    balanced: shareInterval(balanced.reduce((sum, id) => sum + hits(id), 0), n),
    tensions: {
      west: meanInterval(t.sums.west, t.squares.west, n),
      russia: meanInterval(t.sums.russia, t.squares.russia, n),
      elites: meanInterval(t.sums.elites, t.squares.elites, n),
    },
  };
}

/** Highest minus lowest share across the open options, and whether the two intervals do not overlap. */
function swing(options: readonly OptionOdds[], of: (o: OptionOdds) => Interval): { size: number; clear: boolean } {
  const open = options.filter((o) => o.open);
  if (open.length < 2) return { size: 0, clear: false };
  const hi = open.reduce((a, b) => (of(b).mean > of(a).mean ? b : a));
  const lo = open.reduce((a, b) => (of(b).mean < of(a).mean ? b : a));
  return { size: of(hi).mean - of(lo).mean, clear: of(lo).hi < of(hi).lo };
}

export function decisionOdds(scenario: ScenarioData, t: DecisionTally, reached: string): DecisionOdds {
  const ids = scenario.endings.map((e) => e.id);
  const balanced = balancedEndingsOf(scenario);
  const options = t.options.map((o) => oddsOf(o.tally, o.choice, o.choice === t.played, o.open, ids, reached, balanced));
  const r = swing(options, (o) => o.reached);
  const b = swing(options, (o) => o.balanced);
  return { index: t.index, turn: t.turn, card: t.card, played: t.played, options, swingReached: r.size, swingBalanced: b.size, clearReached: r.clear, clearBalanced: b.clear };
}

const FLAGGED = 3;

/** The analysis from its counts: intervals, swings, the decisions to flag and the options that avoided the ending. */
export function analysisOf(scenario: ScenarioData, tally: GameTally): GameAnalysis {
  const decisions = tally.decisions.map((d) => decisionOdds(scenario, d, tally.reachedEnding));
  const weight = (d: DecisionOdds) => Math.max(d.swingReached, d.swingBalanced);
  const mostDecisive = [...decisions].sort((a, b) => weight(b) - weight(a) || a.index - b.index).map((d) => d.index);
  const byIndex = new Map(decisions.map((d) => [d.index, d]));
  const flagged = mostDecisive.filter((i) => byIndex.get(i)!.clearReached || byIndex.get(i)!.clearBalanced).slice(0, FLAGGED);
  const avoiding: GameAnalysis['avoiding'] = [];
  for (const d of decisions) {
    const made = d.options.find((o) => o.played)!;
    for (const o of d.options)
      if (o.open && !o.played && o.reached.hi < 0.5 && o.reached.hi < made.reached.lo) avoiding.push({ index: d.index, choice: o.choice, share: o.reached.mean });
  }
  avoiding.sort((a, b) => a.share - b.share || a.index - b.index);
  return {
    scenario: tally.scenario,
    seed: tally.seed,
    difficulty: tally.difficulty,
    policy: tally.policy,
    futures: tally.futures,
    reachedEnding: tally.reachedEnding,
    balancedEndings: balancedEndingsOf(scenario),
    decisions,
    mostDecisive,
    flagged,
    avoiding,
  };
}

/** Every decision of a finished game, analysed; null if stopped. Throws AnalysisError for an unfinished or refused record. */
export function analyseGame(scenario: ScenarioData, record: Rec, opts: AnalysisOptions): GameAnalysis | null {
  const tally = tallyGame(scenario, record, opts);
  return tally && analysisOf(scenario, tally);
}

/** One decision (0-based index) of a finished game, analysed. */
export function analyseDecision(scenario: ScenarioData, record: Rec, index: number, opts: Omit<AnalysisOptions, 'shouldStop'>): DecisionOdds {
  if (!Number.isInteger(index) || index < 0 || index >= record.decisions.length)
    throw new AnalysisError(`This game has ${record.decisions.length} decisions: there is no decision ${index + 1}.`);
  const tally = tallyGame(scenario, record, opts, [index])!;
  return decisionOdds(scenario, tally.decisions[0]!, tally.reachedEnding);
}
