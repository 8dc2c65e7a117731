import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Served } from './support/server';
import { serveTestBuild } from './support/test-build';
import { launch, type Browser } from './support/chromium';

export type { Served };
import { loadScenarioText } from '../../src/scenario/load';
import { formatIssue } from '../../src/scenario/issues';
import type { ScenarioData } from '../../src/scenario/types';
import { hashString, playOut, type GameRecord, type GameState } from '../../src/engine';
import { recordFor } from './support/records';

// For the teacher-page tests: a production build of both pages (teacher.html links to index.html), served on
// 127.0.0.1, and the same scenarios loaded in Node so that results can be checked against the engine.
// The Chromium launcher is the shared one in support/chromium.ts.

const ROOT = resolve(import.meta.dirname, '../..');

/** The run's production build of both pages (made once by support/global-setup.ts), served. */
export function buildAndServeTeacher(): Promise<Served> {
  return serveTestBuild();
}

export interface TeacherPage {
  served: Served;
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** The served build and one page of a fresh Chromium, its errors watched: what each teacher test file starts from. */
async function openTeacherPage(): Promise<TeacherPage> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [served, browser] = await Promise.all([buildAndServeTeacher(), launch()]);
  const page = await browser.context.newPage();
  return {
    served,
    browser,
    page,
    errors: watchErrors(page),
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

/**
 * For a teacher-page test file, as useServedGame() is for the game's: the served build, one Chromium and one
 * watched page, opened before its tests and closed after them. Read them as `tp.page`, `tp.served`… in the tests.
 */
export function useTeacherPage(): Readonly<Omit<TeacherPage, 'close'>> {
  let open: TeacherPage | undefined;
  beforeAll(async () => {
    open = await openTeacherPage();
  }, 120_000);
  afterAll(() => open?.close());
  const get = (): TeacherPage => {
    if (!open) throw new Error('the teacher page opens before the tests (useTeacherPage), and it did not');
    return open;
  };
  return {
    get served() {
      return get().served;
    },
    get browser() {
      return get().browser;
    },
    get page() {
      return get().page;
    },
    get errors() {
      return get().errors;
    },
  };
}

/** The scenarios the build carries, read from scenarios/ exactly as the Vite plugin reads them. */
export function nodeScenarios(): ScenarioData[] {
  return readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => /^[^.]+\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), `scenarios/${f}`);
      if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
      return r.scenario;
    });
}

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** Collects page errors and console errors, to assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Reads a download's content as text. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/**
 * A student's whole game on the class seed, played by the engine: each decision picked from the open choices by a
 * hash of the student's name and the turn, so that every student plays their own game. Returns the replay, with
 * the record's settings (`student`, `class`, `previews`).
 */
export function studentGame(scenario: ScenarioData, seed: string, difficulty: string, student: string, settings: Record<string, unknown> = {}): GameRecord {
  const all = { previews: false, student, ...settings } as GameRecord['settings'];
  const next = (g: GameState, open: readonly string[]) => ({ choice: open[parseInt(hashString(`${student}:${g.turn}`).slice(-6), 36) % open.length]! });
  const { game } = playOut(scenario, { seed, difficulty, settings: all, decisions: [] }, { next });
  return recordFor(game, all);
}
