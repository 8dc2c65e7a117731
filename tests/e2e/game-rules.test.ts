import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileScenario, contentHash, createGameActor, forecastNextMonth } from '../../src/engine';
import { gameOf } from './support/records';
import { loadScenarioText } from '../../src/scenario/load';
import type { ScenarioData } from '../../src/scenario/types';
import { activeControl, gameState, openPage, phase, shot, waitPhase, waitScreen } from './support/page';
import { useServedGame } from './support/test-build';

// The rules in view and decisions with care, in the browser: goals (G), next month's forecast, choose then confirm,
// a locked option that says why, practice mode's undo, the verdict's conditions at the end, sound and its words.

const ROOT = resolve(import.meta.dirname, '../..');
const MINI: ScenarioData = (() => {
  const r = loadScenarioText(readFileSync(resolve(ROOT, 'tests/fixtures/mini.yaml'), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini does not load');
  return r.scenario;
})();

const env = useServedGame();


/** The polite live region once it holds the words wanted (it is filled 30 ms after a change). */
async function live(page: Page, want: RegExp): Promise<string> {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('sb-live')?.textContent ?? ''), want.source, { timeout: 3000 });
  return page.evaluate(() => document.getElementById('sb-live')?.textContent ?? '');
}
const alert = (page: Page) => page.evaluate(() => document.getElementById('sb-alert')?.textContent ?? '');
const dialog = (page: Page) => page.evaluate(() => document.querySelector('#sb-controls dialog[open]')?.textContent ?? '');
const decisions = async (page: Page) => (await gameState(page)).log.filter((r) => r.choice !== null).map((r) => r.choice!);

async function decide(page: Page, key: number): Promise<void> {
  await page.keyboard.press(String(key));
  await page.keyboard.press('Enter');
  await waitPhase(page, ['consequences']);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
}

/** A seed and the choices that bring the mini scenario to a card with a locked option (found with the engine). */
function lockedCase(): { seed: string; keys: number[]; locked: number } {
  const cs = compileScenario(MINI);
  for (let s = 0; s < 300; s++) {
    const seed = `lock${s}`;
    const actor = createGameActor(MINI, { seed, difficulty: 'standard' }).start();
    const keys: number[] = [];
    for (let i = 0; i < 6; i++) {
      const snap = actor.getSnapshot();
      if (snap.status === 'done') break;
      const card = cs.cardById.get(snap.context.game.card!)!;
      const locked = card.choices.findIndex((c) => !snap.can({ type: 'CHOOSE', choice: c.id }));
      if (locked >= 0) return { seed, keys, locked: locked + 1 };
      keys.push(1);
      actor.send({ type: 'CHOOSE', choice: card.choices[0]!.id });
      actor.send({ type: 'CONTINUE' });
    }
  }
  throw new Error('no seed reaches a locked option');
}

/** A seed and first-option keys that end a mini game as a month opens, after the last decision (found with the engine). */
function openingEndCase(): { seed: string; keys: number[] } {
  const cs = compileScenario(MINI);
  for (let s = 0; s < 400; s++) {
    const seed = `open${s}`;
    for (const pick of [0, 1]) {
      const actor = createGameActor(MINI, { seed, difficulty: 'hard' }).start();
      const keys: number[] = [];
      while (actor.getSnapshot().status !== 'done' && keys.length < 10) {
        const snap = actor.getSnapshot();
        const card = cs.cardById.get(snap.context.game.card!)!;
        const open = card.choices.map((c, i) => ({ c, i })).filter(({ c }) => snap.can({ type: 'CHOOSE', choice: c.id }));
        const { c, i } = open[Math.min(pick, open.length - 1)]!;
        keys.push(i + 1);
        actor.send({ type: 'CHOOSE', choice: c.id });
        actor.send({ type: 'CONTINUE' });
      }
      const g = actor.getSnapshot().context.game;
      const last = g.log.filter((r) => r.choice !== null).at(-1);
      if (g.ending && g.ending.kind !== 'verdict' && last && g.ending.turn > last.turn) return { seed, keys };
    }
  }
  throw new Error('no mini game ends at an opening');
}

describe('the rules in view and decisions with care', () => {
  it('shows the month that opened and ended the game, when no decision did', async () => {
    const { seed, keys } = openingEndCase();
    const w = await openPage(env.browser.context, env.served.url, `?scenario=mini&seed=${seed}&difficulty=hard`);
    const { page } = w;
    await waitScreen(page, 'Turn');
    for (const k of keys.slice(0, -1)) await decide(page, k);
    await page.keyboard.press(String(keys.at(-1)));
    await page.keyboard.press('Enter');
    await waitPhase(page, ['consequences']);
    // The consequences show the decision's state; Continue opens the month, which ends the game and says how.
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Ending');
    await page.waitForFunction(() => document.body.innerText.includes('Then the next month opened'));
    await shot(page, '24-ending-opening-ends-game');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('opens the goals with G and its button, shows next month, and confirms or cancels a choice', async () => {
    const w = await openPage(env.browser.context, env.served.url, '?scenario=mini&seed=goals1&difficulty=standard&previews=1');
    const { page } = w;
    await waitScreen(page, 'Turn');
    await page.keyboard.press('g');
    const goals = await dialog(page);
    // Worded from the scenario's own verdict conditions, with where the game stands.
    expect(goals).toContain('Balanced');
    expect(goals).toMatch(/at most \d+ \(now \d+\)/);
    expect(goals).toContain('reaches 100');
    await shot(page, '20-goals-panel');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="goals"]');
    await page.keyboard.press('Enter');
    expect(await dialog(page)).toContain('Balanced');
    await page.keyboard.press('Escape');
    // The forecast is the engine's, in words.
    const g = await gameState(page);
    const f = forecastNextMonth(compileScenario(MINI), g);
    const forecast = await page.evaluate(() => document.getElementById('sb-forecast')?.textContent ?? '');
    for (const c of f.drift) expect(forecast).toContain(`${c.delta > 0 ? '+' : '\u2212'}${Math.abs(c.delta)}`);
    // A number chooses; Escape cancels; the same number twice decides.
    await page.keyboard.press('1');
    expect(await phase(page)).toBe('decision');
    expect(await live(page, /confirm/)).toContain('Chosen 1');
    await page.keyboard.press('Escape');
    expect(await phase(page)).toBe('decision');
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    await waitPhase(page, ['consequences']);
    expect(await decisions(page)).toHaveLength(1);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('turns the confirm step off in the menu, so that a number decides at once', async () => {
    const w = await openPage(env.browser.context, env.served.url, '?scenario=mini&seed=direct1&difficulty=standard');
    const { page } = w;
    await waitScreen(page, 'Turn');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="overlay-confirm-setting"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await waitPhase(page, ['consequences']);
    await page.evaluate(() => localStorage.removeItem('suspicious-bind:v1:pref:confirm'));
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('says on screen and to screen readers why a locked option is locked when it is pressed', async () => {
    const { seed, keys, locked } = lockedCase();
    const w = await openPage(env.browser.context, env.served.url, `?scenario=mini&seed=${seed}&difficulty=standard`);
    const { page } = w;
    await waitScreen(page, 'Turn');
    for (const k of keys) await decide(page, k);
    await waitPhase(page, ['decision']);
    const description = await page.evaluate((n) => document.querySelectorAll('#sb-controls button[data-control^="choice-"]')[n - 1]?.getAttribute('aria-describedby') ?? '', locked);
    expect(await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', description)).toContain('Locked: needs');
    await page.keyboard.press(String(locked));
    expect(await phase(page)).toBe('decision');
    expect(await alert(page)).toContain(`Option ${locked}. Locked: needs`);
    await shot(page, '21-locked-option');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('undoes the last decision in practice mode: the game is the engine’s game without it', async () => {
    // Practice is not offered in a game opened from a class link; a game started on the title offers it.
    const linked = await openPage(env.browser.context, env.served.url, '?scenario=mini&seed=undo0&difficulty=standard');
    await waitScreen(linked.page, 'Turn');
    await linked.page.keyboard.press('Escape');
    expect(await linked.page.evaluate(() => !!document.querySelector('[data-control="overlay-practice"]'))).toBe(false);
    await linked.page.close();
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    await page.focus('[data-control="scenario-mini"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Title');
    await page.waitForTimeout(100);
    await page.focus('[data-control="start"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="overlay-practice"]');
    await page.keyboard.press('Enter');
    await decide(page, 1);
    await waitPhase(page, ['decision']);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await waitPhase(page, ['consequences']);
    expect(await page.evaluate(() => !!document.querySelector('[data-control="undo"]'))).toBe(true);
    await shot(page, '22-practice-undo');
    const before = await decisions(page);
    await page.keyboard.press('u');
    await waitScreen(page, 'Turn');
    await waitPhase(page, ['decision']);
    const after = await gameState(page);
    expect(after.log.filter((r) => r.choice !== null).map((r) => r.choice)).toEqual(before.slice(0, -1));
    expect(contentHash(after)).toBe(contentHash(gameOf(MINI, after.seed, after.difficulty, before.slice(0, -1), { previews: false, practice: true }).game));
    expect(await live(page, /Undone/)).toContain('Choose again');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('ends with the verdict’s conditions met or missed, with values; sound is remembered and has words', async () => {
    const w = await openPage(env.browser.context, env.served.url, '?scenario=mini&seed=verdict1&difficulty=story');
    const { page } = w;
    await page.evaluate(() => ((window as unknown as { __sbSounds: string[] }).__sbSounds = []));
    await waitScreen(page, 'Turn');
    await page.keyboard.press('m');
    const first = await live(page, /Sound: (on|off)/);
    await page.reload();
    await waitScreen(page, 'Turn');
    expect(await page.evaluate(() => document.querySelector('[data-control="sound"]')?.textContent ?? '')).toContain(first.includes('on') ? 'on' : 'off');
    if (!first.includes('on')) await page.keyboard.press('m');
    await page.evaluate(() => ((window as unknown as { __sbSounds: string[] }).__sbSounds = []));
    for (let i = 0; i < 8; i++) {
      if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') break;
      await decide(page, 1);
    }
    await waitScreen(page, 'Ending');
    const sounds = await page.evaluate(() => (window as unknown as { __sbSounds: string[] }).__sbSounds);
    expect(sounds).toContain('choice');
    expect(sounds).toContain('ending');
    const text = await page.evaluate(() => document.getElementById('sb-content')?.textContent ?? '');
    const g = await gameState(page);
    if (g.ending?.kind === 'verdict') expect(text).toMatch(/(met|missed): .*\(now \d+\)/);
    await shot(page, '23-ending-conditions');
    // On the debrief, copying the code says how it went: success politely, failure as an alert.
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Debrief');
    await page.focus('[data-control="copy"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Copied/.test(document.getElementById('sb-live')?.textContent ?? '') || /Copy failed/.test(document.getElementById('sb-alert')?.textContent ?? ''));
    expect(await alert(page)).not.toContain('Copied');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('is silent by default when the system asks for reduced motion', async () => {
    const w = await openPage(env.browser.context, env.served.url, '?scenario=mini&seed=quiet1&difficulty=standard', async (p) => {
      await p.emulateMedia({ reducedMotion: 'reduce' });
      await p.addInitScript(() => localStorage.removeItem('suspicious-bind:v1:pref:sound'));
    });
    const { page } = w;
    await waitScreen(page, 'Turn');
    expect(await page.evaluate(() => document.querySelector('[data-control="sound"]')?.textContent ?? '')).toContain('off');
    expect(await activeControl(page)).not.toBe('sound');
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
