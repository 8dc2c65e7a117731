// The validator's figures: each shipped scenario loaded and validated, the playability search on it with every
// choice given a "requires" (so that every card is searched), and the bounded loader on hostile files.
// Run: node bin/run-ts.mjs bench/validate.bench.ts
import { readFileSync } from 'node:fs';
import { shippedScenarioFiles } from '../src/cli/scenarios';
import { loadScenarioText } from '../src/scenario/load';
import { checkPlayability } from '../src/scenario/playability';

const RUNS = Number(process.env.RUNS ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(fn: () => void, runs = RUNS): number {
  fn(); // warm up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

for (const file of shippedScenarioFiles()) {
  const text = readFileSync(file, 'utf8');
  const r = loadScenarioText(text, file);
  if (!r.ok) throw new Error(`${file} does not validate`);
  const every = structuredClone(r.scenario);
  for (const c of every.cards) for (const ch of c.choices) ch.requires ??= c.when ?? { turn: { from: 1 } };
  const search = checkPlayability(every);
  const name = file.split('/').pop();
  console.log(`${name}: validate ${time(() => loadScenarioText(text, file)).toFixed(1)} ms (playability search as shipped: ${checkPlayability(r.scenario).states} states)`);
  console.log(`  every choice with "requires": search ${time(() => checkPlayability(every)).toFixed(0)} ms, ${search.states} states, ${search.problems.length} problems`);
}

const keys = Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}\n`).join('');
console.log(`200,000 keys (${(keys.length / 1e6).toFixed(1)} MB): ${time(() => loadScenarioText(keys, 'keys.yaml'), 3).toFixed(0)} ms`);
const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)].join('\n');
console.log(`billion laughs: ${time(() => loadScenarioText(laughs, 'laughs.yaml')).toFixed(1)} ms`);
const deep = 'id: ' + '['.repeat(100_000) + ']'.repeat(100_000);
console.log(`nesting 100,000 deep: ${time(() => loadScenarioText(deep, 'deep.yaml')).toFixed(1)} ms`);
