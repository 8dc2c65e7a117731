import { mkdirSync } from 'node:fs';
import { compileScenario } from '../engine/index.js';
import { STRATEGIES, type SimulationSummary, type StrategyName } from '../analysis/index.js';
import { UsageError } from './errors.js';
import { resolveScenario } from './scenarios.js';
import { CHUNK_RUNS, type Chunk, type SimulationPlan } from './sim-chunk.js';
import { runChunks } from './sim-pool.js';
import { jobsFlag } from './worker-pool.js';
import { emptyTally, finish, type Tally } from './sim-summary.js';
import { table } from './text.js';

// simulate: n seeded games a strategy, streamed (running counts, replays written as they are made: the same memory
// for 100 runs or 1,000,000) and spread over worker threads (--jobs, default every core; the same result for any n).

interface SimulateOptions {
  scenario?: string;
  runs?: string;
  seed?: string;
  difficulty?: string;
  strategy?: string;
  json?: boolean;
  replays?: string;
  jobs?: string;
  'same-seed'?: boolean;
}

export const MAX_RUNS = 1_000_000;


export async function simulateCommand(o: SimulateOptions, out: (line: string) => void): Promise<number> {
  if (!o.scenario) throw new UsageError('simulate needs --scenario <id|file>');
  const runs = Number(o.runs ?? '100');
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new UsageError(`--runs must be a whole number from 1 to ${MAX_RUNS}, not "${o.runs}"`);
  const strategy = o.strategy ?? 'random';
  if (strategy !== 'all' && !(STRATEGIES as readonly string[]).includes(strategy))
    throw new UsageError(`unknown strategy "${strategy}" (use ${STRATEGIES.join(', ')} or all)`);
  const jobs = jobsFlag(o.jobs);
  const scenario = resolveScenario(o.scenario);
  const difficulty = o.difficulty ?? (scenario.difficulties.some((d) => d.id === 'standard') ? 'standard' : scenario.difficulties[0]!.id);
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
  const plan: SimulationPlan = { scenario, difficulty, seed, sameSeed: o['same-seed'] === true, ...(o.replays ? { replays: o.replays } : {}) };
  const chunks: Omit<Chunk, 'index'>[] = names.flatMap((name) => Array.from({ length: Math.ceil(runs / CHUNK_RUNS) }, (_, k) => ({ strategy: name, start: k * CHUNK_RUNS, end: Math.min(runs, (k + 1) * CHUNK_RUNS) })));
  const tallies = new Map<string, Tally>(names.map((n) => [n, emptyTally(cs)]));
  await runChunks(plan, chunks.map((c, index) => ({ ...c, index })), jobs, (c) => tallies.get(c.strategy)!);
  const results: Record<string, SimulationSummary> = Object.fromEntries(names.map((n) => [n, finish(tallies.get(n)!)]));
  if (o.json) {
    const single = names.length === 1 ? results[names[0]!]! : undefined;
    const endings: Record<string, number> = {};
    for (const r of Object.values(results)) for (const [k, v] of Object.entries(r.endings)) endings[k] = (endings[k] ?? 0) + v;
    out(JSON.stringify({ scenario: scenario.id, version: scenario.version, difficulty, seed, sameSeed: plan.sameSeed, runs, strategy, endings, ...(single ?? { byStrategy: results }) }));
    return 0;
  }
  out(`${scenario.title} (${scenario.id} v${scenario.version}), ${difficulty}, seed "${seed}"${plan.sameSeed ? ' for every game' : ''}, ${runs} games per strategy`);
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
