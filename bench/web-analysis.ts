// The browser figures of decision analysis: for one full game of each shipped scenario (every decision, every open
// option, K = 500 futures each), the time from Run to the odds on screen in headless Chromium, in the teacher
// viewer's analysis with its two workers, per continuation policy, against the 1 s target. Part of npm run bench:web;
// alone: node bin/run-ts.mjs bench/web-analysis.ts
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { playThroughMachine } from '../src/analysis';
import { CONTINUATION_POLICIES } from '../src/analysis/decision-analysis-futures';
import { ANALYSIS_MEASURE } from '../src/app/analysis-measure';
import { encodeRecordCode } from '../src/app';
import { recordOf, type GameState } from '../src/engine';
import { loadShippedScenarios } from '../src/cli/scenarios';
import type { ScenarioData } from '../src/scenario/types';
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';

export const ANALYSIS_TARGET_MS = 1000;
const K = 500;
const RUNS = Number(process.env.ANALYSIS_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** A game of the balanced bot that makes a decision every turn (the first such seed), the analysis's full load. */
function fullGame(s: ScenarioData): GameState {
  for (let i = 0; i < 200; i++) {
    const g = playThroughMachine(s, `bench-analysis-${i}`, 'standard', 'balanced');
    if (g.log.filter((r) => r.choice !== null).length >= s.period.turns) return g;
  }
  throw new Error(`no seed gives a full game of ${s.id}`);
}

const when = (expr: string) => new Function(`return (${expr});`) as () => unknown;

export async function analysisFigures(context: BrowserContext, url: string): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const page = await context.newPage();
  for (const s of loadShippedScenarios()) {
    const g = fullGame(s);
    const code = encodeRecordCode(recordOf(g, { previews: false }), g, s);
    const decisions = g.log.filter((r) => r.choice !== null).length;
    let futures = 0;
    const times: Record<string, number[]> = {};
    const inWorkers: Record<string, number[]> = {};
    // A first small run loads the analysis script, so that the runs timed are the analysis alone.
    for (const [i, policy] of ['random', ...CONTINUATION_POLICIES.flatMap((p) => Array.from({ length: RUNS }, () => p))].entries()) {
      const k = i === 0 ? 100 : K;
      await page.goto('about:blank');
      await page.goto(`${url}teacher.html#viewer/analysis?code=${encodeURIComponent(code)}&policy=${policy}&futures=${k}`);
      await page.waitForFunction(when(`performance.getEntriesByName(${JSON.stringify(ANALYSIS_MEASURE)}).length > 0`), null, { timeout: 120_000 });
      const m = (await page.evaluate(`(() => { const e = performance.getEntriesByName(${JSON.stringify(ANALYSIS_MEASURE)})[0]; return { ms: e.duration, mode: e.detail.mode, worker: e.detail.workerMs }; })()`)) as { ms: number; mode: string; worker: number };
      if (m.mode !== 'workers') throw new Error(`the analysis ran on the page (${m.mode}), not in workers`);
      if (i === 0) continue;
      (times[policy] ??= []).push(m.ms);
      (inWorkers[policy] ??= []).push(m.worker);
      futures = Number((await page.getByTestId('analysis-status').textContent())?.match(/([\d,]+) futures/)?.[1]?.replace(/,/g, '') ?? 0);
    }
    const worst = Math.max(...Object.values(times).map(median));
    rows.push([
      `analysis, ${s.id} (${decisions} decisions, ${futures.toLocaleString('en')} futures)`,
      `${CONTINUATION_POLICIES.map((p) => `${p} ${median(times[p]!).toFixed(0)} ms (workers ${median(inWorkers[p]!).toFixed(0)})`).join(', ')} (median of ${RUNS}; target ≤ ${ANALYSIS_TARGET_MS} ms: ${worst <= ANALYSIS_TARGET_MS ? 'met' : 'NOT met'})`,
    ]);
  }
  await page.close();
  return rows;
}

export function printRows(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${title}\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const served = await buildAndServe();
  const b = await launch();
  try {
    printRows('Suspicious Bind — decision analysis in the browser (headless Chromium, two workers, vite preview on 127.0.0.1)', await analysisFigures(b.context, served.url));
  } finally {
    await b.close();
    await served.close();
  }
}
