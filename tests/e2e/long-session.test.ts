import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activeControl, openChoiceKeys, openPage, phase, waitPhase, waitScreen } from './support/page';
import { useServedGame } from './support/test-build';

// A long session leaves nothing behind: whole games played by keyboard one after another (ending, debrief, new
// game) come back, at each game's first decision, to the same event listeners (Phaser's emitters and the page's
// DOM), the same scene objects, tweens, timers and textures, and the same DOM. A screen that adds a listener
// without removing it on shutdown, or keeps objects or textures of the last game, makes a count grow.

const env = useServedGame();

type Counts = Record<string, number>;

/** Phaser's side: listeners on the game's and every scene's emitters, and what each scene holds. */
function phaserCounts(page: Page): Promise<Counts> {
  return page.evaluate(() => {
    interface Emitter {
      eventNames(): (string | symbol)[];
      listenerCount(e: string | symbol): number;
    }
    interface Scene {
      scene: { key: string };
      sys: { events: Emitter; input?: Emitter; displayList: { length: number }; updateList: { length: number } };
      tweens: { getTweens(): unknown[] };
      time: { _active?: unknown[]; _pendingInsertion?: unknown[] };
    }
    const game = (window as unknown as { __sb: { game: { events: Emitter; scale: Emitter; textures: Emitter & { getTextureKeys(): string[] }; scene: { scenes: Scene[] } } } }).__sb.game;
    const listeners = (e: Emitter | undefined) => (e ? e.eventNames().reduce((n, k) => n + e.listenerCount(k), 0) : 0);
    const out: Record<string, number> = {
      'game listeners': listeners(game.events),
      'scale listeners': listeners(game.scale),
      'texture manager listeners': listeners(game.textures),
      textures: game.textures.getTextureKeys().length,
      'DOM elements': document.getElementsByTagName('*').length,
    };
    for (const s of game.scene.scenes) {
      const k = s.scene.key;
      out[`${k}: scene listeners`] = listeners(s.sys.events);
      out[`${k}: input listeners`] = listeners(s.sys.input);
      out[`${k}: objects`] = s.sys.displayList.length;
      out[`${k}: updating objects`] = s.sys.updateList.length;
      out[`${k}: tweens`] = s.tweens.getTweens().length;
      out[`${k}: timers`] = (s.time._active?.length ?? 0) + (s.time._pendingInsertion?.length ?? 0);
    }
    return out;
  });
}

/** The page's DOM event listeners, on window and on every node of the document. */
async function domListeners(page: Page): Promise<Counts> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const out: Counts = {};
    for (const target of ['window', 'document']) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: target })) as { result: { objectId: string } };
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1 })) as { listeners: { type: string }[] };
      out[`${target} listeners`] = listeners.length;
      for (const l of listeners) out[`${target} ${l.type} listeners`] = (out[`${target} ${l.type} listeners`] ?? 0) + 1;
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Plays the game to its end by number keys (choose, confirm, continue). */
async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') return;
    const keys = await openChoiceKeys(page);
    const key = String(keys[i % keys.length]);
    await page.keyboard.press(key);
    await page.keyboard.press(key);
    await waitPhase(page, ['consequences']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
  throw new Error('the game did not end in 60 decisions');
}

/** From the ending, through the debrief, to a new game's first decision. */
async function newGame(page: Page): Promise<void> {
  await waitScreen(page, 'Ending');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Debrief');
  for (let i = 0; i < 12 && (await activeControl(page)) !== 'new'; i++) await page.keyboard.press('Tab');
  expect(await activeControl(page)).toBe('new');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Turn');
}

/** The counts at a game's first decision, once its meters have settled. */
async function countsNow(page: Page): Promise<Counts> {
  expect(await waitPhase(page, ['decision'])).toBe('decision');
  await page.waitForTimeout(1200);
  return { ...(await phaserCounts(page)), ...(await domListeners(page)) };
}

describe('a long session', () => {
  it('comes back to the same listeners, scene objects, textures and DOM at the start of every game', async () => {
    const { page, errors } = await openPage(env.browser.context, env.served.url, '?scenario=2022-suspicious-bind&seed=long-session');
    await waitScreen(page, 'Turn');
    // The first game loads what later games reuse (the ending and debrief screens); the counts are taken from the second.
    await playToEnd(page);
    await newGame(page);
    const baseline = await countsNow(page);
    expect(baseline['Turn: scene listeners']).toBeGreaterThan(0);
    expect(baseline['window listeners']).toBeGreaterThan(0);
    for (let game = 3; game <= 5; game++) {
      await playToEnd(page);
      await newGame(page);
      expect(await countsNow(page), `at the start of game ${game}`).toEqual(baseline);
    }
    expect(await phase(page)).toBe('decision');
    expect(errors).toEqual([]);
  }, 180_000);
});
