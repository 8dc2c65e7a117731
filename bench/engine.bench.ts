// npm run bench — per scenario on one core: games per second by the rule functions alone, by a plain reducer of the
// same games (the floor) and through the machine; replays verified per second; and the full-game decision
// analysis (every decision, every open option, K futures). Built with Vite (as the browser gets it) and run by
// Node: a TypeScript loader's helpers would skew the figures. Times are this process's CPU time (one core), best of
// several rounds: on a machine shared with others, wall time measures their load as much as this code.
import { loadShippedScenarios } from '../src/cli/scenarios.js';
import { recordOf, verifyRecord } from '../src/engine/index.js';
import { analyseGame, CONTINUATION_POLICIES, playThroughMachine, playThroughRules, runSeed, type StrategyName } from '../src/analysis/index.js';
import type { ScenarioData } from '../src/scenario/types.js';
import { plainRandomGame } from './plain-reducer.js';
import { bareMachineGame } from './bare-machine.js';
import { benchSimulate } from './simulate.bench.js';
import { benchClassReport } from './class-report.bench.js';

const GAMES = Number(process.env.BENCH_GAMES ?? 3000);
const FUTURES = Number(process.env.BENCH_FUTURES ?? 500);
const STRATEGY: StrategyName = 'random';
/** Issue 8's aim for the machine, and issue 13's for the analysis in Node on one core (the browser has two workers). */
const MACHINE_AIM = 5000;
const ANALYSIS_AIM_MS = 1600;

const ROUNDS = 5;

/** Milliseconds of this process's CPU time: what one core spends, whatever else the machine is running. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Games per second of each contender, run in alternating rounds (each GAMES / ROUNDS games) and the best round kept:
 * on a shared machine, the others' load then falls on every contender alike.
 */
function race(contenders: [label: string, fn: (i: number) => void][]): number[] {
  const per = Math.max(1, Math.round(GAMES / ROUNDS));
  for (const [, fn] of contenders) for (let i = 0; i < Math.min(300, per); i++) fn(i); // warm-up
  const best = contenders.map(() => 0);
  for (let r = 0; r < ROUNDS; r++)
    contenders.forEach(([, fn], c) => {
      const t0 = cpuMs();
      for (let i = r * per; i < (r + 1) * per; i++) fn(i);
      best[c] = Math.max(best[c]!, per / ((cpuMs() - t0) / 1000));
    });
  contenders.forEach(([label], c) => console.log(`  ${label.padEnd(40)} ${best[c]!.toFixed(0).padStart(8)} games/s`));
  return best;
}

/** The floor plays the same games as the rules: same ending and final stats, or the comparison means nothing. */
function checkFloor(scenario: ScenarioData): void {
  for (let i = 0; i < 200; i++) {
    const seed = runSeed('bench', i);
    const rules = playThroughRules(scenario, seed, 'standard', STRATEGY);
    const plain = plainRandomGame(scenario, seed, 'standard');
    const same = rules.ending!.id === plain.ending && Object.entries(rules.stats).every(([k, v]) => plain.stats[k] === v);
    if (!same) throw new Error(`the plain reducer differs from the rules on ${scenario.id} seed ${seed}`);
  }
}

function bench(scenario: ScenarioData): void {
  console.log(`\n${scenario.title} (${scenario.id}), ${GAMES} games, strategy ${STRATEGY}, one core (CPU time, best of ${ROUNDS} rounds)`);
  checkFloor(scenario);
  let turns = 0;
  let games = 0;
  const replays = Array.from({ length: 500 }, (_, i) => recordOf(playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY), { previews: false }));
  const lengths = Array.from({ length: GAMES }, (_, i) => playThroughRules(scenario, runSeed('bench', i), 'standard', STRATEGY).turn);
  const [rules, floor, machine, , bare] = race([
    ['rules-only play (rule functions)', (i) => ((turns += playThroughRules(scenario, runSeed('bench', i), 'standard', STRATEGY).turn), games++)],
    ['plain reducer, same games (floor)', (i) => void plainRandomGame(scenario, runSeed('bench', i), 'standard')],
    ['full games through the machine', (i) => void playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY)],
    ['replays verified', (i) => {
      const r = verifyRecord(replays[i % replays.length]!, scenario);
      if (!r.ok) throw new Error(r.message);
    }],
    ['XState alone, same events, no rules', (i) => bareMachineGame(scenario, lengths[i]!)],
  ]) as [number, number, number, number, number];
  console.log(`  mean game length ${(turns / games).toFixed(1)} turns`);
  console.log(`  rules-only / floor cost ratio             ${(floor / rules).toFixed(2)}×`);
  console.log(`  machine / floor cost ratio                ${(floor / machine).toFixed(2)}×   machine / rules-only ${(rules / machine).toFixed(2)}×   (aim: ≥ ${MACHINE_AIM} games/s: ${machine >= MACHINE_AIM ? 'met' : 'not met'})`);
  const us = (perSecond: number) => 1e6 / perSecond;
  console.log(`  per game: rules ${us(rules).toFixed(0)} µs + XState's own ${us(bare).toFixed(0)} µs = ${(us(rules) + us(bare)).toFixed(0)} µs; through the machine ${us(machine).toFixed(0)} µs (the rest, ${(us(machine) - us(rules) - us(bare)).toFixed(0)} µs, is the machine's guards, context and play())`);
  // A whole game that reaches the end (the balanced bot's), analysed at every decision.
  const record = recordOf(playThroughMachine(scenario, 'bench-analysis', 'standard', 'balanced'), { previews: false });
  for (const policy of CONTINUATION_POLICIES) {
    analyseGame(scenario, record, { policy, futures: 20 }); // warm-up
    let ms = Infinity;
    let futures = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = cpuMs();
      const a = analyseGame(scenario, record, { policy, futures: FUTURES })!;
      ms = Math.min(ms, cpuMs() - t0);
      futures = a.decisions.reduce((sum, d) => sum + d.options.filter((o) => o.open).length * a.futures, 0);
    }
    console.log(`  analysis, ${policy.padEnd(9)} ${record.decisions.length} decisions × open options × K=${FUTURES}: ${ms.toFixed(0).padStart(5)} ms, best of 3   (${futures} futures; aim ≤ ${ANALYSIS_AIM_MS} ms: ${ms <= ANALYSIS_AIM_MS ? 'met' : 'not met'})`);
  }
}

for (const s of loadShippedScenarios()) bench(s);
if (!process.env.BENCH_SKIP_SIMULATE) benchSimulate();
if (!process.env.BENCH_SKIP_CLASS_REPORT) benchClassReport();
