import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, recordOf, type GameState } from '../engine/index.js';
import { STRATEGIES, playThroughMachine, runSeed, summarize, type SimulationSummary, type StrategyName } from '../analysis/index.js';
import { UsageError } from './errors.js';
import { resolveScenario } from './scenarios.js';
import { table } from './text.js';
import { defaultDifficulty, recordJson } from '../app/index.js';

interface SimulateOptions {
  scenario?: string;
  runs?: string;
  seed?: string;
  difficulty?: string;
  strategy?: string;
  json?: boolean;
  replays?: string;
}

export function simulateCommand(o: SimulateOptions, out: (line: string) => void): number {
  if (!o.scenario) throw new UsageError('simulate needs --scenario <id|file>');
  const runs = Number(o.runs ?? '100');
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) throw new UsageError(`--runs must be a whole number from 1 to 1000000, not "${o.runs}"`);
  const strategy = o.strategy ?? 'random';
  if (strategy !== 'all' && !(STRATEGIES as readonly string[]).includes(strategy))
    throw new UsageError(`unknown strategy "${strategy}" (use ${STRATEGIES.join(', ')} or all)`);
  const scenario = resolveScenario(o.scenario);
  const difficulty = o.difficulty ?? defaultDifficulty(scenario);
  if (!scenario.difficulties.some((d) => d.id === difficulty))
    throw new UsageError(`unknown difficulty "${difficulty}" (this scenario has ${scenario.difficulties.map((d) => d.id).join(', ')})`);
  const seed = o.seed ?? 'sim';
  const cs = compileScenario(scenario);
  const names = strategy === 'all' ? [...STRATEGIES] : [strategy as StrategyName];
  if (o.replays) {
    try {
      mkdirSync(o.replays, { recursive: true });
    } catch {
      throw new UsageError(`cannot create the folder "${o.replays}"`);
    }
  }
  const results: Record<string, SimulationSummary> = {};
  for (const name of names) {
    const games: GameState[] = [];
    for (let i = 0; i < runs; i++) {
      const game = playThroughMachine(scenario, runSeed(seed, i), difficulty, name);
      games.push(game);
      if (o.replays) writeFileSync(join(o.replays, `${scenario.id}-${name}-${i}.json`), recordJson(recordOf(game, { previews: false })));
    }
    results[name] = summarize(cs, games);
  }
  if (o.json) {
    const single = names.length === 1 ? results[names[0]!]! : undefined;
    const endings: Record<string, number> = {};
    for (const r of Object.values(results)) for (const [k, v] of Object.entries(r.endings)) endings[k] = (endings[k] ?? 0) + v;
    out(JSON.stringify({ scenario: scenario.id, version: scenario.version, difficulty, seed, runs, strategy, endings, ...(single ?? { byStrategy: results }) }));
    return 0;
  }
  out(`${scenario.title} (${scenario.id} v${scenario.version}), ${difficulty}, seed "${seed}", ${runs} games per strategy`);
  const endingIds = cs.data.endings.map((e) => e.id);
  out('');
  out(table(['ending', ...names], endingIds.map((id) => [id, ...names.map((n) => pct(results[n]!.endings[id] ?? 0, runs))])));
  out('');
  out(table(['', ...names], [
    ['reached the end', ...names.map((n) => `${(results[n]!.reachedEnd * 100).toFixed(1)}%`)],
    ['mean turns', ...names.map((n) => results[n]!.meanTurns.toFixed(1))],
    ['median turns', ...names.map((n) => String(results[n]!.medianTurns))],
    ...Object.keys(results[names[0]!]!.stats).map((s) => [`final ${s} (mean)`, ...names.map((n) => results[n]!.stats[s]!.mean.toFixed(1))]),
  ]));
  if (o.replays) out(`\nReplays written to ${o.replays}`);
  return 0;
}

const pct = (n: number, total: number) => `${n} (${((n / total) * 100).toFixed(1)}%)`;
