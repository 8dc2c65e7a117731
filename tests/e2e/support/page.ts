import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { GameState } from '../../../src/engine';

// Helpers for driving the game page: open it while watching errors and requests, wait for screens, read state.

export const SHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

export interface Watched {
  page: Page;
  errors: string[];
  /** Requests to any origin other than the game's own. */
  foreign: string[];
}

export async function openPage(context: BrowserContext, origin: string, path = '', before?: (page: Page) => Promise<void>): Promise<Watched> {
  const page = await context.newPage();
  await before?.(page);
  const w: Watched = { page, errors: [], foreign: [] };
  const own = new URL(origin).origin;
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== own) w.foreign.push(u);
  });
  await page.goto(origin + path);
  return w;
}

export async function waitScreen(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __sb?: { screen: string } }).__sb?.screen === n, name, { timeout });
}

export type Phase = 'decision' | 'consequences' | 'ended' | null;

export function phase(page: Page): Promise<Phase> {
  return page.evaluate(() => {
    const s = (window as unknown as { __sb: { snapshot(): { status: string; value: string } | null } }).__sb.snapshot();
    return (s ? (s.status === 'done' ? 'ended' : s.value) : null) as Phase;
  });
}

export async function waitPhase(page: Page, want: Phase[]): Promise<Phase> {
  await page.waitForFunction(
    (w: string[]) => {
      const s = (window as unknown as { __sb: { snapshot(): { status: string; value: string } | null } }).__sb.snapshot();
      return !!s && w.includes(s.status === 'done' ? 'ended' : s.value);
    },
    want as string[],
    { timeout: 10_000 },
  );
  return phase(page);
}

/** One turn by keyboard: choose the first option, confirm it, read the consequences, go on. */
export async function playOneTurn(page: Page): Promise<void> {
  await waitPhase(page, ['decision']);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await waitPhase(page, ['consequences']);
  await page.keyboard.press('Enter');
  await waitPhase(page, ['decision', 'ended']);
}

export function gameState(page: Page): Promise<GameState> {
  return page.evaluate(() => (window as unknown as { __sb: { snapshot(): { context: { game: GameState } } } }).__sb.snapshot().context.game);
}

/** The number keys of the choices the page offers as open (real buttons without aria-disabled). */
export function openChoiceKeys(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('#sb-controls button[data-control^="choice-"]')]
      .map((b, i) => (b.getAttribute('aria-disabled') === 'true' ? 0 : i + 1))
      .filter((n) => n > 0),
  );
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(120);
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

export const activeControl = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-control') ?? null);

/** Presses Tab until a control has focus (at most `limit` times). */
export async function tabTo(page: Page, control: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await activeControl(page)) === control) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${control}" (focus is on ${await activeControl(page)})`);
}
