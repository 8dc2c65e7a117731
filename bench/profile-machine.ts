// Profiling aid: node --cpu-prof bin/run-ts.mjs bench/profile-machine.ts
import { loadShippedScenarios } from '../src/cli/scenarios.js';
import { playThroughMachine, runSeed } from '../src/analysis/index.js';
const s = loadShippedScenarios().find((x) => x.id === '2022-suspicious-bind')!;
const t0 = performance.now();
for (let i = 0; i < 5000; i++) playThroughMachine(s, runSeed('p', i), 'standard', 'random');
console.log(((performance.now() - t0) / 5000 * 1000).toFixed(0), 'µs per game');
