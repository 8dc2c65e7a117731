// Profiling aid: node --cpu-prof bin/run-ts.mjs bench/profile-rules.ts (or build it as the bench is built)
import { loadShippedScenarios } from '../src/cli/scenarios.js';
import { playThroughRules, runSeed } from '../src/analysis/index.js';
const s = loadShippedScenarios().find((x) => x.id === '2022-suspicious-bind')!;
for (let i = 0; i < 2000; i++) playThroughRules(s, runSeed('w', i), 'standard', 'random');
const t0 = performance.now();
for (let i = 0; i < 20000; i++) playThroughRules(s, runSeed('p', i), 'standard', 'random');
console.log(((performance.now() - t0) / 20000 * 1000).toFixed(1), 'µs per game');
