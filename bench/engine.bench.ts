// npm run bench — per scenario on one core: games per second by the rule functions alone, by a plain reducer of the
// same games (the floor) and through the machine; replays verified per second; and the full-game decision
// analysis (every decision, every open option, K futures). Built with Vite (as the browser gets it) and run by
// Node: a TypeScript loader's helpers would skew the figures.
import { loadShippedScenarios } from '../src/cli/scenarios.js';
import { recordOf, verifyRecord } from '../src/engine/index.js';
import { analyseGame, CONTINUATION_POLICIES, playThroughMachine, playThroughRules, runSeed, type StrategyName } from '../src/analysis/index.js';
import type { ScenarioData } from '../src/scenario/types.js';
import { plainRandomGame } from './plain-reducer.js';
import { benchSimulate } from './simulate.bench.js';

const GAMES = Number(process.env.BENCH_GAMES ?? 3000);
const FUTURES = Number(process.env.BENCH_FUTURES ?? 500);
const STRATEGY: StrategyName = 'random';
/** Issue 8's aim for the machine, and issue 13's for the analysis in Node on one core (the browser has two workers). */
const MACHINE_AIM = 5000;
const ANALYSIS_AIM_MS = 1600;

function timeIt(label: string, n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(300, n); i++) fn(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const perSecond = n / ((performance.now() - t0) / 1000);
  console.log(`  ${label.padEnd(40)} ${perSecond.toFixed(0).padStart(8)} games/s`);
  return perSecond;
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
  console.log(`\n${scenario.title} (${scenario.id}), ${GAMES} games, strategy ${STRATEGY}, one core`);
  checkFloor(scenario);
  let turns = 0;
  const rules = timeIt('rules-only play (rule functions)', GAMES, (i) => {
    turns += playThroughRules(scenario, runSeed('bench', i), 'standard', STRATEGY).turn;
  });
  const floor = timeIt('plain reducer, same games (floor)', GAMES, (i) => void plainRandomGame(scenario, runSeed('bench', i), 'standard'));
  const machine = timeIt('full games through the machine', GAMES, (i) => void playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY));
  const replays = Array.from({ length: 500 }, (_, i) => recordOf(playThroughMachine(scenario, runSeed('bench', i), 'standard', STRATEGY), { previews: false }));
  timeIt('replays verified', GAMES, (i) => {
    const r = verifyRecord(replays[i % replays.length]!, scenario);
    if (!r.ok) throw new Error(r.message);
  });
  console.log(`  mean game length ${(turns / (GAMES + Math.min(300, GAMES))).toFixed(1)} turns`);
  console.log(`  rules-only / floor cost ratio             ${(floor / rules).toFixed(2)}×`);
  console.log(`  machine / floor cost ratio                ${(floor / machine).toFixed(2)}×   machine / rules-only ${(rules / machine).toFixed(2)}×   (aim: ≥ ${MACHINE_AIM} games/s: ${machine >= MACHINE_AIM ? 'met' : 'not met'})`);
  // A whole game that reaches the end (the balanced bot's), analysed at every decision.
  const record = recordOf(playThroughMachine(scenario, 'bench-analysis', 'standard', 'balanced'), { previews: false });
  for (const policy of CONTINUATION_POLICIES) {
    analyseGame(scenario, record, { policy, futures: 20 }); // warm-up
    const t0 = performance.now();
    const a = analyseGame(scenario, record, { policy, futures: FUTURES })!;
    const ms = performance.now() - t0;
    const futures = a.decisions.reduce((sum, d) => sum + d.options.filter((o) => o.open).length * a.futures, 0);
    console.log(`  analysis, ${policy.padEnd(9)} ${a.decisions.length} decisions × open options × K=${FUTURES}: ${ms.toFixed(0).padStart(5)} ms   (${futures} futures; aim ≤ ${ANALYSIS_AIM_MS} ms: ${ms <= ANALYSIS_AIM_MS ? 'met' : 'not met'})`);
  }
}

for (const s of loadShippedScenarios()) bench(s);
if (!process.env.BENCH_SKIP_SIMULATE) benchSimulate();
