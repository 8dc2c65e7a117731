// The browser game's figures, in one run: time to the first playable turn against a blank Phaser Canvas scene
// built the same way (bench/blank/), JS loaded for it, frame times while the meters animate, and the JS heap after
// 10 and after 200 turns (after a full garbage collection, with the heap snapshots' split into V8's compiled code and
// everything else); and the full-game decision analysis per scenario (bench/web-analysis.ts). Run: npm run bench:web
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { budgetLines, firstTurnFiles } from '../src/build/budget';
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';
import turnTexts from './blank-texts/turn-texts.json';
import { buildFloorPages, FLOOR_PAGES } from './floor-pages';
import { heapParts, takeSnapshot, type HeapParts } from './heap-snapshot';
import { nextGame, oneTurn, PHASE_IN, SCREEN_IS, when } from './keyboard-play';
import { analysisFigures, printRows } from './web-analysis';

const ROOT = resolve(import.meta.dirname, '..');

const LOADS = Number(process.env.LOADS ?? 10);
const LONG_TURNS = Number(process.env.TURNS ?? 200);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Milliseconds from navigation to the page's `sb:playable` mark, in a fresh browser and profile. */
async function timeToPlayable(url: string): Promise<number> {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.waitForFunction(when(`performance.getEntriesByName('sb:playable').length > 0`), null, { timeout: 20_000 });
    return (await page.evaluate(`performance.getEntriesByName('sb:playable')[0].startTime`)) as number;
  } finally {
    await b.close();
  }
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return usedSize;
}

/** The heap snapshots' split: V8's compiled code (which grows as V8 optimises more of the code run every turn) and the rest. */
function heapSplitRows(a: HeapParts, b: HeapParts, turns: number): [string, string][] {
  const change = (x: number, y: number) => `${kb(x)} → ${kb(y)} (${y >= x ? '+' : ''}${((y / x - 1) * 100).toFixed(1)}%)`;
  return [
    [`  compiled code, turn 10 → ${turns}`, `${change(a.code, b.code)}; of it optimised machine code ${change(a.optimised, b.optimised)}, baseline ${change(a.baseline, b.baseline)}`],
    [`  everything else, turn 10 → ${turns}`, `${change(a.data, b.data)}   (the game's objects, strings, arrays, closures, shapes)`],
  ];
}

const served = await buildAndServe({ withFixture: false });
try {
  // The floors, built by the same config into the same folder, served by the same server.
  await buildFloorPages(served.dist);
  const budget = firstTurnFiles(served.dist);
  const scenarioId = await (async () => {
    const b = await launch();
    const p = await b.context.newPage();
    await p.goto(served.url);
    await p.waitForFunction(when(SCREEN_IS('Title')));
    const id = (await p.evaluate(`document.querySelector('[data-control^="scenario-"][aria-pressed="true"]').dataset.control.slice(9)`)) as string;
    await b.close();
    return id;
  })();

  // 1. Navigation to first playable turn, game and floors taking turns so that all see the same machine.
  const loads: number[] = [];
  const blank: number[] = [];
  const blankTexts: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    loads.push(await timeToPlayable(`${served.url}?scenario=${scenarioId}&seed=bench${i}`));
    blank.push(await timeToPlayable(served.url + FLOOR_PAGES.blank));
    blankTexts.push(await timeToPlayable(served.url + FLOOR_PAGES['blank-texts']));
  }

  // 2. Frame times while the meters animate, and 3. the heap over a long session (repeated games).
  const b = await launch();
  const page = await b.context.newPage();
  await page.goto(`${served.url}?scenario=${scenarioId}&seed=long`);
  await page.waitForFunction(when(SCREEN_IS('Turn')));
  await page.evaluate(`(() => {
    const game = window.__sb.game; window.__frames = { work: [], gaps: [], on: false }; let start = 0, last = 0;
    game.events.on('prestep', () => { start = performance.now(); });
    game.events.on('postrender', () => { const f = window.__frames; if (!f.on) return; const now = performance.now(); f.work.push(now - start); if (last) f.gaps.push(now - last); last = now; });
  })()`);
  for (let i = 0; i < 4; i++) {
    await page.waitForFunction(when(PHASE_IN(['decision'])));
    await page.evaluate(`window.__frames.on = true`);
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.waitForTimeout(1300);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1300);
    await page.evaluate(`window.__frames.on = false`);
  }
  const frames = (await page.evaluate(`window.__frames`)) as { work: number[]; gaps: number[] };
  let turns = 4;
  let heap10 = 0;
  let parts10: HeapParts | null = null;
  let games = 1;
  const curve: string[] = [];
  const t0 = Date.now();
  while (turns < LONG_TURNS) {
    if (!(await oneTurn(page))) {
      await nextGame(page);
      games++;
      continue;
    }
    turns++;
    if (turns === 10) {
      heap10 = await heap(page);
      parts10 = heapParts(await takeSnapshot(page));
    }
    if (turns % 50 === 0) {
      const counts = (await page.evaluate(
        `[document.getElementsByTagName('*').length, window.__sb.game.scene.getScenes(true).reduce((n, s) => n + s.children.length, 0), window.__sb.game.textures.getTextureKeys().length]`,
      )) as number[];
      curve.push(`${turns}: ${kb(await heap(page))} (DOM ${counts[0]}, objects ${counts[1]}, textures ${counts[2]})`);
    }
  }
  const heap200 = await heap(page);
  const parts200 = heapParts(await takeSnapshot(page));
  const longSeconds = (Date.now() - t0) / 1000;
  // 4. Decision analysis: a full game of each scenario, every option, K = 500, in two workers.
  const analysis = await analysisFigures(b.context, served.url);
  await b.close();

  const rows: [string, string][] = [
    ['first playable turn (median of ' + LOADS + ' loads)', `${ms(median(loads))}   (min ${ms(Math.min(...loads))}, max ${ms(Math.max(...loads))}; aim ≤ 1000 ms)`],
    ['blank Phaser Canvas scene (same run)', `${ms(median(blank))}   (min ${ms(Math.min(...blank))}, max ${ms(Math.max(...blank))})`],
    ['first playable turn / blank scene', `${(median(loads) / median(blank)).toFixed(2)}×   (aim ≤ 1.25×)`],
    [`blank scene with the first turn's ${turnTexts.length} texts only`, `${ms(median(blankTexts))}   (${(median(blankTexts) / median(blank)).toFixed(2)}× the blank scene; the first turn is ${(median(loads) / median(blankTexts)).toFixed(2)}× this)`],
    ['JS for the first turn', budgetLines(budget)[0]!.replace(/^.*?: /, '')],
    ...budget.turns.map((t): [string, string] => [`  ${t.variant.lang} ${t.variant.level}`, `${(t.gzip / 1024).toFixed(1)} KB (page scripts and ${t.files.map((f) => f.file).join(', ')})`]),
    ['frame work while meters animate', `median ${ms(median(frames.work))}, p95 ${ms(pct(frames.work, 0.95))} over ${frames.work.length} frames (aim p95 < 16.7 ms)`],
    ['frame interval while meters animate', `median ${ms(median(frames.gaps))}, p95 ${ms(pct(frames.gaps, 0.95))}`],
    ['JS heap after 10 turns', kb(heap10)],
    [`JS heap after ${turns} turns (${games} games)`, `${kb(heap200)}   (${((heap200 / heap10 - 1) * 100).toFixed(1)}% vs 10 turns; aim within 10%)`],
    ['JS heap along the way', curve.join(', ')],
    ...heapSplitRows(parts10!, parts200, turns),
    ['long session', `${turns} turns in ${longSeconds.toFixed(0)} s by keyboard`],
  ];
  printRows(`Suspicious Bind — browser figures (scenario ${scenarioId}, headless Chromium, vite preview on 127.0.0.1)`, [...rows, ...analysis]);
} finally {
  await served.close();
}
