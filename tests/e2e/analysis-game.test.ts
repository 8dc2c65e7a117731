import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeOption, describeSwing, modelCaveat, type GameAnalysis } from '../../src/analysis';
import { OFFLINE_WORDS } from '../../src/app/offline';
import { cliAnalyse, debriefCode, playToDebrief, screenAnalysis, waitAnalysis } from './support/analysis';
import { launch, type Browser } from './support/chromium';
import { auditLayout, clickObject } from './support/layout-audit';
import { openPage, shot, waitScreen } from './support/page';
import { serve, type Served } from './support/server';
import { nodeScenarios } from './teacher-support';

// The debrief's decision analysis in the browser: opened by its key once the game is over, run in two workers,
// the same numbers as `suspicious-bind analyse --json` for the same game, policy and K; progress and Cancel; the
// same numbers again where no worker can be made; from a folder and offline; readable at every window size, in
// English and in Persian.

const bind = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const K = 100;

let browser: Browser;
let served: Served;
let dist: string;
beforeAll(async () => {
  // A copy of the run's build: the offline test registers a service worker for it.
  dist = mkdtempSync(join(tmpdir(), 'sb-analysis-'));
  cpSync(inject('dist'), dist, { recursive: true });
  [served, browser] = await Promise.all([serve(dist), launch()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A Chromium of its own for one test (a fresh profile: no saved game, no service worker yet), closed after it. */
async function withBrowser(run: (b: Browser) => Promise<void>): Promise<void> {
  const own = await launch();
  try {
    await run(own);
  } finally {
    await own.close();
  }
}

/** From the debrief: A, then K futures per option (its toggle, by keyboard). */
async function openAnalysisWith(page: Page, futures: number, policy?: string): Promise<void> {
  await page.keyboard.press('a');
  await waitScreen(page, 'Analysis');
  if (policy) {
    await page.locator(`[data-control="analysis-policy-${policy}"]`).focus();
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Analysis');
  }
  await page.locator(`[data-control="analysis-futures-${futures}"]`).focus();
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Analysis');
}

/** What the accessible layer says about the open decision. */
const decisionWords = (page: Page) => page.evaluate(() => [...document.querySelectorAll('#sb-analysis-decision p')].map((p) => p.textContent ?? ''));

function expectWordsOf(words: string[], a: GameAnalysis, index: number): void {
  const d = a.decisions.find((x) => x.index === index)!;
  expect(words).toEqual([describeSwing(bind, a, index, 'reached'), describeSwing(bind, a, index, 'balanced'), ...d.options.map((o) => describeOption(bind, d, o))]);
}

/** The CLI's analysis of the game a debrief shows (as played, K futures): run once per game. */
const cliRuns = new Map<string, GameAnalysis>();
async function cliFor(page: Page): Promise<GameAnalysis> {
  const code = await debriefCode(page);
  if (!cliRuns.has(code)) cliRuns.set(code, cliAnalyse(code, 'as-played', K));
  return cliRuns.get(code)!;
}

describe('the decision analysis in the debrief', () => {
  it('is not loaded before it is opened, runs in two workers and shows exactly the CLI numbers', async () => {
    const w = await openPage(browser.context, served.url, `?scenario=${bind.id}&seed=analysis1&difficulty=standard`);
    const { page } = w;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await waitScreen(page, 'Turn');
    await playToDebrief(page);
    expect(requested.filter((u) => u.includes('/analysis/'))).toEqual([]);
    const cli = await cliFor(page);
    await openAnalysisWith(page, K);
    const a = await waitAnalysis(page, K);
    expect(a.status).toBe('done');
    expect(a.mode).toBe('workers');
    expect(requested.filter((u) => u.includes('/analysis/')).length).toBe(2);
    expect(a.result).toEqual(cli);
    // The words on the accessible layer: the caveat, every decision in the timeline, and the open decision's odds.
    const content = await page.evaluate(() => document.getElementById('sb-content')?.textContent ?? '');
    expect(content).toContain(modelCaveat(cli));
    const timeline = await page.evaluate(() => [...document.querySelectorAll('button[data-control^="analysis-decision-"]')].map((b) => b.textContent));
    expect(timeline).toHaveLength(cli.decisions.length);
    const first = cli.decisions.findIndex((d) => d.index === cli.mostDecisive[0]);
    expectWordsOf(await decisionWords(page), cli, cli.decisions[first]!.index);
    // Keys: the arrows step through the decisions; the focused one's odds are shown.
    await page.locator('[data-control="analysis-decision-0"]').focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < Math.min(3, cli.decisions.length); i++) {
      expectWordsOf(await decisionWords(page), cli, cli.decisions[i]!.index);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe(`analysis-decision-${i}`);
      await page.keyboard.press('ArrowRight');
    }
    // The mouse: a decision's cell opens it.
    await clickObject(page, 'analysis-decision-1');
    expectWordsOf(await decisionWords(page), cli, cli.decisions[1]!.index);
    await shot(page, 'analysis-game');
    await page.keyboard.press('Escape');
    await waitScreen(page, 'Debrief');
    // Back again: the analysis is kept, not run again.
    await page.keyboard.press('a');
    await waitScreen(page, 'Analysis');
    expect((await screenAnalysis(page))?.status).toBe('done');
    expect(w.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows its progress, and Cancel stops the workers and leaves the page working', () => withBrowser(async (own) => {
    const w = await openPage(own.context, served.url, `?scenario=${bind.id}&seed=analysis1&difficulty=standard`);
    const { page } = w;
    await waitScreen(page, 'Turn');
    await playToDebrief(page);
    const cli = await cliFor(page);
    // The workers alive (a change of setting ends the run before and starts another).
    let alive = 0;
    page.on('worker', (wk) => {
      alive++;
      wk.on('close', () => alive--);
    });
    // The slowest run there is (the balanced bot, 2,000 futures: seconds, not half of one), so that Cancel comes first.
    await openAnalysisWith(page, 2000, 'balanced');
    const progress = () => page.evaluate(() => Number(document.getElementById('sb-analysis-progress')?.getAttribute('aria-valuenow') ?? -1));
    await expect.poll(progress, { timeout: 30_000 }).toBeGreaterThan(0);
    const before = await progress();
    await expect.poll(progress, { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => alive, { timeout: 10_000 }).toBe(2);
    // Focus stays on the setting pressed; Cancel is the next control.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('analysis-futures-2000');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('analysis-action');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await screenAnalysis(page))?.status, { timeout: 10_000 }).toBe('cancelled');
    await expect.poll(() => alive, { timeout: 10_000 }).toBe(0);
    const stopped = await progress();
    await page.waitForTimeout(600);
    expect(await progress()).toBe(stopped);
    expect(await page.evaluate(() => document.getElementById('sb-analysis-progress')?.getAttribute('aria-valuetext'))).toMatch(/^Cancelled/);
    // The page answers: back to the debrief, its decisions, and the analysis again with fewer futures.
    await page.keyboard.press('Escape');
    await waitScreen(page, 'Debrief');
    await page.keyboard.press('ArrowRight');
    await openAnalysisWith(page, K, 'as-played');
    expect((await waitAnalysis(page, K)).result).toEqual(cli);
    expect(w.errors).toEqual([]);
  }), 180_000);

  it('gives the same numbers on the page itself where no worker can be made', () => withBrowser(async (own) => {
    const w = await openPage(own.context, served.url, `?scenario=${bind.id}&seed=analysis1&difficulty=standard`, async (p) => void (await p.addInitScript('delete window.Worker')));
    const { page } = w;
    await waitScreen(page, 'Turn');
    await playToDebrief(page);
    const cli = await cliFor(page);
    await openAnalysisWith(page, K);
    const a = await waitAnalysis(page, K);
    expect(a.mode).toBe('page');
    expect(a.result).toEqual(cli);
    expect(w.errors).toEqual([]);
  }), 180_000);
});

/** A whole game to its debrief, then its analysis in the workers: the CLI's numbers for the same record. */
async function expectWorkersGiveTheCliNumbers(page: Page): Promise<void> {
  await waitScreen(page, 'Turn');
  await playToDebrief(page);
  const cli = await cliFor(page);
  await openAnalysisWith(page, K);
  const a = await waitAnalysis(page, K);
  expect([a.status, a.mode]).toEqual(['done', 'workers']);
  expect(a.result).toEqual(cli);
}

describe('the decision analysis delivered', () => {
  it('runs in workers when the game is opened from a folder (file://)', async () => {
    const w = await openPage(browser.context, pathToFileURL(join(dist, 'index.html')).href, `?scenario=${bind.id}&seed=analysis1&difficulty=standard`);
    await expectWorkersGiveTheCliNumbers(w.page);
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 180_000);

  it('runs offline after one visit (the service worker keeps its scripts)', () => withBrowser(async (own) => {
    const w = await openPage(own.context, served.url, `?scenario=${bind.id}&seed=offline-a`);
    await waitScreen(w.page, 'Turn');
    await expect.poll(() => w.page.locator('#sb-offline').textContent(), { timeout: 15_000 }).toBe(OFFLINE_WORDS.ready);
    await own.context.setOffline(true);
    try {
      await w.page.goto(`${served.url}?scenario=${bind.id}&seed=analysis1&difficulty=standard`);
      await expectWorkersGiveTheCliNumbers(w.page);
    } finally {
      await own.context.setOffline(false);
    }
    expect(w.errors).toEqual([]);
  }), 180_000);
});

describe('the analysis screen at every window size', () => {
  const cases = [
    ...nodeScenarios().flatMap((sc) => ([[1024, 600], [1280, 720], [1920, 1080]] as const).map(([width, height]) => ({ id: sc.id, width, height, lang: 'en' }))),
    ...([[1024, 600], [1920, 1080]] as const).map(([width, height]) => ({ id: bind.id, width, height, lang: 'fa' })),
  ];
  for (const { id, width, height, lang } of cases)
    it(`${id} at ${width}×${height}${lang === 'fa' ? ' in Persian' : ''}: nothing small, cut, unreachable or overlapping`, async () => {
      const w = await openPage(browser.context, served.url, `?scenario=${id}&seed=shape${width}${lang}&difficulty=standard${lang === 'fa' ? '&lang=fa' : ''}`, async (p) => {
        await p.setViewportSize({ width, height });
        await p.emulateMedia({ reducedMotion: 'reduce' });
      });
      await waitScreen(w.page, 'Turn');
      await playToDebrief(w.page);
      const found = (await auditLayout(w.page)).map((p) => `debrief: ${p.kind} "${p.text}" ${p.detail}`);
      await openAnalysisWith(w.page, K);
      await waitAnalysis(w.page, K);
      await w.page.waitForTimeout(150);
      found.push(...(await auditLayout(w.page)).map((p) => `analysis: ${p.kind} "${p.text}"${p.other ? ` / "${p.other}"` : ''} ${p.detail}`));
      await shot(w.page, `analysis-${id}-${lang}-${width}x${height}`);
      expect(found).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.page.close();
    }, 120_000);
});
