import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { GameAnalysis } from '../../../src/analysis';
import { openChoiceKeys, waitPhase, waitScreen } from './page';

// For the decision-analysis browser tests: a game played to its debrief by keys, the analysis screen's state, and
// the CLI's `analyse --json` for the same game, policy and K (the numbers the pages must show).

const BIN = resolve(import.meta.dirname, '../../../bin/suspicious-bind.mjs');

/** Plays the game on screen to its end by keys (choose, confirm, continue), then opens the debrief. */
export async function playToDebrief(page: Page, pick = (i: number, open: number[]) => open[(i * 5 + 1) % open.length]!): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') break;
    const key = String(pick(i, await openChoiceKeys(page)));
    await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await waitPhase(page, ['consequences']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
  await waitScreen(page, 'Ending');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Debrief');
}

export interface ScreenAnalysis {
  status: 'running' | 'done' | 'cancelled' | 'failed';
  fraction: number;
  mode: 'workers' | 'page' | null;
  error: string | null;
  result: GameAnalysis | null;
  settings: { policy: string; futures: number };
}

/** The game page's analysis run as the screen has it (window.__sb.analysis). */
export const screenAnalysis = (page: Page): Promise<ScreenAnalysis | null> =>
  page.evaluate(() => (window as unknown as { __sb: { analysis?: ScreenAnalysis } }).__sb.analysis ?? null);

export async function waitAnalysis(page: Page, futures: number, timeout = 60_000): Promise<ScreenAnalysis> {
  await page.waitForFunction(
    (k) => {
      const a = (window as unknown as { __sb: { analysis?: ScreenAnalysis } }).__sb.analysis;
      return !!a && a.settings.futures === k && a.status !== 'running';
    },
    futures,
    { timeout },
  );
  return (await screenAnalysis(page))!;
}

/** The replay code the debrief shows (its text box in the accessible layer). */
export const debriefCode = (page: Page): Promise<string> => page.evaluate(() => document.querySelector('#sb-content textarea')?.textContent ?? '');

/** `suspicious-bind analyse <code> --policy p --futures K --json`, parsed. */
export function cliAnalyse(code: string, policy: string, futures: number, scenarioFile?: string): GameAnalysis {
  const args = [BIN, 'analyse', code, '--policy', policy, '--futures', String(futures), '--json', ...(scenarioFile ? ['--scenario', scenarioFile] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`analyse failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as GameAnalysis;
}
