import type { CompiledScenario } from '../engine/compile.js';
import type { GameState } from '../engine/types.js';

export interface StatSummary {
  mean: number;
  min: number;
  max: number;
}

/** What a batch of games came to: endings, lengths and final stats. */
export interface SimulationSummary {
  runs: number;
  endings: Record<string, number>;
  /** Share of games that reached the end of the scenario (a verdict, not a crisis or collapse). */
  reachedEnd: number;
  meanTurns: number;
  medianTurns: number;
  stats: Record<string, StatSummary>;
}

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

export function summarize(cs: CompiledScenario, games: readonly GameState[]): SimulationSummary {
  const endings: Record<string, number> = Object.fromEntries(cs.data.endings.map((e) => [e.id, 0]));
  const turns = games.map((g) => g.turn).sort((a, b) => a - b);
  const statIds = ['west', 'russia', 'elites', ...cs.camps, ...cs.data.indicators.map((i) => i.id)];
  const stats: Record<string, StatSummary> = {};
  for (const s of statIds) {
    const values = games.map((g) => g.stats[s] ?? 0);
    stats[s] = {
      mean: round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), 1),
      min: Math.min(...values),
      max: Math.max(...values),
    };
  }
  let verdicts = 0;
  for (const g of games) {
    const id = g.ending?.id ?? 'unfinished';
    endings[id] = (endings[id] ?? 0) + 1;
    if (g.ending?.kind === 'verdict') verdicts++;
  }
  const mid = turns.length >> 1;
  return {
    runs: games.length,
    endings,
    reachedEnd: round(verdicts / Math.max(1, games.length), 4),
    meanTurns: round(turns.reduce((a, b) => a + b, 0) / Math.max(1, turns.length)),
    medianTurns: turns.length ? (turns.length % 2 ? turns[mid]! : (turns[mid - 1]! + turns[mid]!) / 2) : 0,
    stats,
  };
}
