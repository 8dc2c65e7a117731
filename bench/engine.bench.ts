// npm run bench — games per second through the machine versus the bare rule functions, and replays verified per second.
// Built with Vite (as the browser gets it) and run by Node: a TypeScript loader's helpers would skew the figures.
import { loadShippedScenarios } from '../src/cli/scenarios.js';
import { recordOf, verifyRecord } from '../src/engine/index.js';
import { playThroughMachine, playThroughRules, runSeed, type StrategyName } from '../src/analysis/index.js';
import type { ScenarioData } from '../src/scenario/types.js';
import { benchSimulate } from './simulate.bench.js';

const GAMES = Number(process.env.BENCH_GAMES ?? 3000);
const STRATEGY: StrategyName = 'random';

function timeIt(label: string, n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(300, n); i++) fn(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const perSecond = n / ((performance.now() - t0) / 1000);
  console.log(`  ${label.padEnd(34)} ${perSecond.toFixed(0).padStart(8)} /s`);
  return perSecond;
}

function bench(scenario: ScenarioData): void {
  console.log(`\n${scenario.title} (${scenario.id}), ${GAMES} games, strategy ${STRATEGY}, one core`);
  let turns = 0;
  const floor = timeIt('rules called directly (floor)', GAMES, (i) => {
    turns += playThroughRules(scenario, runSeed('bench', i), 'standard', STRATEGY).turn;
  });
  const machine = timeIt('full games through the machine', GAMES, (i) => {
    playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY);
  });
  const replays = Array.from({ length: 500 }, (_, i) => recordOf(playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY), { previews: false }));
  const verified = timeIt('replays verified', GAMES, (i) => {
    const r = verifyRecord(replays[i % replays.length]!, scenario);
    if (!r.ok) throw new Error(r.message);
  });
  console.log(`  mean game length ${(turns / (GAMES + Math.min(300, GAMES))).toFixed(1)} turns`);
  console.log(`  machine / floor cost ratio        ${(floor / machine).toFixed(2)}×`);
  void verified;
}

for (const s of loadShippedScenarios()) bench(s);
benchSimulate();
