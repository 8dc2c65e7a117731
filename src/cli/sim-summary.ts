import type { CompiledScenario } from '../engine/index.js';
import type { GameState } from '../engine/types.js';
import type { SimulationSummary, StatSummary } from '../analysis/index.js';

// A simulation's summary kept as running counts, so that memory stays the same whatever the number of runs:
// endings counted, game lengths as a histogram (turns are small whole numbers, so the median is exact), each final
// stat as its sum, minimum and maximum. Partial summaries (one per chunk of runs) merge in chunk order, so the
// result is the same however many workers played the chunks. `finish` gives what analysis/summary.ts gives.

export interface Tally {
  runs: number;
  verdicts: number;
  endings: Record<string, number>;
  turns: Record<number, number>;
  stats: Record<string, { sum: number; min: number; max: number }>;
}

export const statIds = (cs: CompiledScenario): string[] => ['west', 'russia', 'elites', ...cs.camps, ...cs.data.indicators.map((i) => i.id)];

export function emptyTally(cs: CompiledScenario): Tally {
  return {
    runs: 0,
    verdicts: 0,
    endings: Object.fromEntries(cs.data.endings.map((e) => [e.id, 0])),
    turns: {},
    stats: Object.fromEntries(statIds(cs).map((s) => [s, { sum: 0, min: Infinity, max: -Infinity }])),
  };
}

export function addGame(t: Tally, g: GameState): void {
  t.runs++;
  const id = g.ending?.id ?? 'unfinished';
  t.endings[id] = (t.endings[id] ?? 0) + 1;
  if (g.ending?.kind === 'verdict') t.verdicts++;
  t.turns[g.turn] = (t.turns[g.turn] ?? 0) + 1;
  for (const [s, acc] of Object.entries(t.stats)) {
    const v = g.stats[s] ?? 0;
    acc.sum += v;
    if (v < acc.min) acc.min = v;
    if (v > acc.max) acc.max = v;
  }
}

/** Adds `b` into `a` (b comes after a in run order). */
export function mergeTally(a: Tally, b: Tally): void {
  a.runs += b.runs;
  a.verdicts += b.verdicts;
  for (const [k, v] of Object.entries(b.endings)) a.endings[k] = (a.endings[k] ?? 0) + v;
  for (const [k, v] of Object.entries(b.turns)) a.turns[Number(k)] = (a.turns[Number(k)] ?? 0) + v;
  for (const [s, acc] of Object.entries(b.stats)) {
    const into = (a.stats[s] ??= { sum: 0, min: Infinity, max: -Infinity });
    into.sum += acc.sum;
    into.min = Math.min(into.min, acc.min);
    into.max = Math.max(into.max, acc.max);
  }
}

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/** The k-th smallest game length (0-based). */
function nthTurn(turns: Record<number, number>, k: number): number {
  let seen = 0;
  for (const [turn, n] of Object.entries(turns).map(([a, b]) => [Number(a), b] as const).sort((x, y) => x[0] - y[0])) {
    seen += n;
    if (k < seen) return turn;
  }
  return 0;
}

export function finish(t: Tally): SimulationSummary {
  const n = Math.max(1, t.runs);
  const turnSum = Object.entries(t.turns).reduce((s, [turn, c]) => s + Number(turn) * c, 0);
  const mid = t.runs >> 1;
  const stats: Record<string, StatSummary> = {};
  for (const [s, acc] of Object.entries(t.stats))
    stats[s] = { mean: round(acc.sum / n, 1), min: t.runs ? acc.min : Infinity, max: t.runs ? acc.max : -Infinity };
  return {
    runs: t.runs,
    endings: t.endings,
    reachedEnd: round(t.verdicts / n, 4),
    meanTurns: round(turnSum / n),
    medianTurns: t.runs ? (t.runs % 2 ? nthTurn(t.turns, mid) : (nthTurn(t.turns, mid - 1) + nthTurn(t.turns, mid)) / 2) : 0,
    stats,
  };
}
