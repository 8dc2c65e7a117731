import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { codeFor } from './support/records';
import { playThroughMachine } from '../../src/analysis';
import { loadScenarioText } from '../../src/scenario/load';
import { writeServiceWorker } from '../../src/build/service-worker';
import { OFFLINE_WORDS } from '../../src/app/offline';
import { BUDGET_KB, firstTurnFiles } from '../../src/build/budget';
import { policy } from '../../src/build/csp';
import { launch, type Browser } from './support/chromium';
import { openPage, playOneTurn, waitScreen, type Watched } from './support/page';
import { serve, type Served } from './support/server';

// The build as schools get it: opened from a folder (file://), and served once then used with no network
// (the service worker), both pages, under their Content-Security-Policy (a violation is a console error).

const ROOT = resolve(import.meta.dirname, '../..');
const MINI = (() => {
  const r = loadScenarioText(readFileSync(join(ROOT, 'tests/fixtures/mini.yaml'), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini.yaml does not load');
  return r.scenario;
})();
const CODE = codeFor(playThroughMachine(MINI, 'folder1', 'standard', 'balanced'), MINI);

let browser: Browser;
let dist: string;
beforeAll(async () => {
  // A copy of the run's build: the update test rewrites it.
  dist = mkdtempSync(join(tmpdir(), 'sb-delivery-'));
  cpSync(inject('dist'), dist, { recursive: true });
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function teacherReport(page: Page, code: string): Promise<string | null> {
  await page.getByLabel('Replay codes, one per line').fill(`Ana: ${code}`);
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect.poll(() => page.getByTestId('count-verified').textContent()).toBe('1');
  return page.locator('.add-status').textContent();
}

const offlineNote = (page: Page) => page.locator('#sb-offline').textContent();

describe('the built pages', () => {
  it('load classic scripts only, have no inline script or style, carry the CSP, and keep the game within its budget', () => {
    for (const page of ['index.html', 'teacher.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).not.toMatch(/type="module"|crossorigin|<style|style="/);
      expect([...html.matchAll(/<script([^>]*)>/g)].every((m) => /\ssrc="/.test(m[1]!))).toBe(true);
      expect(html.replaceAll('&#39;', "'")).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy()}">`);
    }
    const budget = firstTurnFiles(dist);
    expect(budget.page.map((f) => f.file)).toEqual([expect.stringMatching(/^assets\/main-.*\.js$/)]);
    for (const t of budget.turns) {
      expect(t.gzip, `${t.variant.lang} ${t.variant.level}`).toBeLessThanOrEqual(BUDGET_KB * 1024);
      const words = t.variant.lang === 'en' ? [] : [expect.stringMatching(new RegExp(`^i18n/${t.variant.lang}-.*\\.js$`))];
      expect(t.files.map((f) => f.file)).toEqual([...words, expect.stringMatching(/^scenarios\/.*\.js$/)]);
    }
  });
});

describe('opened from a folder (file://)', () => {
  const url = (file: string) => pathToFileURL(join(dist, file)).href;

  it('the game reaches its title and a class link plays its first turn', async () => {
    const w = await openPage(browser.context, url('index.html'));
    await waitScreen(w.page, 'Title');
    expect(await offlineNote(w.page)).toBe(OFFLINE_WORDS.fromFolderGame);
    await w.page.goto(`${url('index.html')}?scenario=${MINI.id}&seed=folder1`);
    await waitScreen(w.page, 'Turn');
    await playOneTurn(w.page);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('the teacher page verifies a replay code and reports on it', async () => {
    const w = await openPage(browser.context, `${url('teacher.html')}#report`);
    expect(await teacherReport(w.page, CODE)).toContain('From the paste: 1 replay read');
    expect(await offlineNote(w.page)).toBe(OFFLINE_WORDS.fromFolderTeacher);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});

describe('served, then offline', () => {
  let served: Served;
  let game: Watched;
  let teacher: Watched;
  beforeAll(async () => {
    served = await serve(dist);
  });
  afterAll(async () => {
    await browser.context.setOffline(false);
    await served?.close();
  });

  it('says when both pages are ready offline after one visit', async () => {
    game = await openPage(browser.context, served.url, `index.html?scenario=${MINI.id}&seed=online1`);
    await waitScreen(game.page, 'Turn');
    await expect.poll(() => offlineNote(game.page), { timeout: 15_000 }).toBe(OFFLINE_WORDS.ready);
    teacher = await openPage(browser.context, served.url, 'teacher.html#report');
    await teacher.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });

  it('reloads both pages with no network and plays a turn, and the report works', async () => {
    await browser.context.setOffline(true);
    await game.page.goto(`${served.url}index.html?scenario=${MINI.id}&seed=offline1`);
    await waitScreen(game.page, 'Turn');
    await playOneTurn(game.page);
    await game.page.goto(`${served.url}?scenario=2022-suspicious-bind&seed=offline2`);
    await waitScreen(game.page, 'Turn');
    await teacher.page.reload();
    expect(await teacherReport(teacher.page, CODE)).toContain('From the paste: 1 replay read');
    await browser.context.setOffline(false);
    expect(game.errors).toEqual([]);
    expect(teacher.errors).toEqual([]);
  });

  it('updates itself when a new build is deployed, and says so', async () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    writeFileSync(join(dist, 'index.html'), html.replace('</body>', '<!-- build 2 --></body>'));
    writeServiceWorker(dist);
    await game.page.reload();
    await expect.poll(() => offlineNote(game.page), { timeout: 15_000 }).toBe(OFFLINE_WORDS.updated);
    await game.page.reload();
    expect(await game.page.content()).toContain('<!-- build 2 -->');
    expect(game.errors).toEqual([]);
  });
});

describe('a scenario file that does not arrive', () => {
  it('is named in words on the page, never a blank page', async () => {
    const served = await serve(dist);
    const own = await launch();
    try {
      const page = await own.context.newPage();
      await page.route('**/scenarios/*.js', (route) => route.abort());
      await page.goto(`${served.url}?scenario=${MINI.id}&seed=lost1`);
      await expect.poll(() => page.locator('#sb-fatal').textContent()).toContain(`The scenario "${MINI.title}" could not be loaded`);
      expect(await page.locator('#sb-fatal').isVisible()).toBe(true);
    } finally {
      await own.close();
      await served.close();
    }
  });
});
