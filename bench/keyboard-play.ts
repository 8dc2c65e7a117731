// Playing the built game by keyboard from a benchmark, as a player would: the shared moves of bench/web.bench.ts
// and bench/heap-diff.ts. Page-side code is passed as strings: the TypeScript loader would otherwise add helpers the
// page lacks. Waits get them as functions made here (`when`): Playwright would turn a string into code with eval,
// which the CSP refuses.
import type { Page } from 'playwright-core';

export const when = (expr: string) => new Function(`return (${expr});`) as () => unknown;
export const SCREEN_IS = (name: string) => `window.__sb && window.__sb.screen === ${JSON.stringify(name)}`;
const PHASE = `(() => { const s = window.__sb && window.__sb.snapshot(); return s ? (s.status === 'done' ? 'ended' : s.value) : null; })()`;
export const PHASE_IN = (xs: string[]) => `${JSON.stringify(xs)}.includes(${PHASE})`;

/** One decision: an open choice picked from the turn number, confirmed, then Continue. False when the game has ended. */
export async function oneTurn(page: Page): Promise<boolean> {
  await page.waitForFunction(when(PHASE_IN(['decision', 'ended'])));
  if ((await page.evaluate(PHASE)) === 'ended') return false;
  const key = await page.evaluate(`(() => { const b = [...document.querySelectorAll('#sb-controls button[data-control^="choice-"]')]; const open = b.map((x, i) => x.getAttribute('aria-disabled') === 'true' ? 0 : i + 1).filter(Boolean); return open[(window.__sb.snapshot().context.game.turn * 5) % open.length]; })()`);
  // Choose, then confirm with the same key.
  await page.keyboard.press(String(key));
  await page.keyboard.press(String(key));
  await page.waitForFunction(when(PHASE_IN(['consequences'])));
  await page.keyboard.press('Enter');
  await page.waitForFunction(when(`${PHASE} !== 'consequences'`));
  return true;
}

/** From the ending: the debrief, then a new game with a new seed, all by keyboard. */
export async function nextGame(page: Page): Promise<void> {
  await page.waitForFunction(when(SCREEN_IS('Ending')));
  await page.keyboard.press('Enter');
  await page.waitForFunction(when(SCREEN_IS('Debrief')));
  for (let i = 0; i < 12 && (await page.evaluate(`document.activeElement && document.activeElement.dataset.control`)) !== 'new'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(when(SCREEN_IS('Turn')));
}
