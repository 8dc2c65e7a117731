import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import { activeControl, gameState, openChoiceKeys, openPage, shot, tabTo, waitPhase, waitScreen, type Watched } from './support/page';
import { useServedGame } from './support/test-build';

// Saved games in the real browser: one slot per game, nothing replaced without the player's yes, nothing lost
// when storage is full, and every save replayed on load.

const ROOT = resolve(import.meta.dirname, '../..');
const MINI = (() => {
  const r = loadScenarioText(readFileSync(resolve(ROOT, 'tests/fixtures/mini.yaml'), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini does not load');
  return r.scenario;
})();
const PREFIX = 'suspicious-bind:v2:game:';

const env = useServedGame();


/** Opens the game with this origin's storage emptied first, so that each test starts with no saves. */
async function open(path = ''): Promise<Watched> {
  const w = await openPage(env.browser.context, env.served.url, '');
  await w.page.evaluate(() => localStorage.clear());
  await w.page.goto(env.served.url + path);
  return w;
}

/** The saves in this browser: slot, state and number of decisions. */
const saves = (w: Watched) =>
  w.page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => {
    const s = JSON.parse(localStorage.getItem(k)!) as { slot: string; state: string; record: { seed: string; decisions: unknown[] } };
    return { slot: s.slot, state: s.state, seed: s.record.seed, decisions: s.record.decisions.length };
  }), PREFIX);

/** Plays `n` decisions (or to the end) with the number keys and Enter. */
async function playKeys(w: Watched, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    if ((await waitPhase(w.page, ['decision', 'ended'])) === 'ended') return;
    const keys = await openChoiceKeys(w.page);
    // Choose, then confirm (the same key again).
    await w.page.keyboard.press(String(keys[i % keys.length]));
    await w.page.keyboard.press(String(keys[i % keys.length]));
    await waitPhase(w.page, ['consequences']);
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
}

/** Esc → "Save and go to the title screen". */
async function toTitle(w: Watched): Promise<void> {
  await w.page.keyboard.press('Escape');
  await w.page.waitForSelector('[data-control="overlay-title"]');
  await w.page.focus('[data-control="overlay-title"]');
  await w.page.keyboard.press('Enter');
  await waitScreen(w.page, 'Title');
}

/** Back to the title, then "Start the game" with this seed typed in. */
async function startAgainFromTitle(w: Watched, seed: string): Promise<void> {
  await toTitle(w);
  await tabTo(w.page, 'seed');
  await w.page.keyboard.press('Control+A');
  await w.page.keyboard.type(seed);
  await tabTo(w.page, 'start');
  await w.page.keyboard.press('Enter');
}

async function clearStorage(w: Watched): Promise<void> {
  await w.page.evaluate(() => localStorage.clear());
}

describe('saved games', () => {
  it('saves every step in its own slot and continues exactly after a reload, from the link and from the title', async () => {
    const w = await open('?scenario=mini&seed=resume1&difficulty=standard');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 2);
    await w.page.keyboard.press('1');
    await w.page.keyboard.press('1');
    await waitPhase(w.page, ['consequences']);
    const before = await gameState(w.page);
    expect(await saves(w)).toEqual([{ slot: expect.stringMatching(/^[a-z0-9-]+$/), state: 'playing', seed: 'resume1', decisions: 3 }]);
    await w.page.reload();
    await waitScreen(w.page, 'Turn');
    expect(await waitPhase(w.page, ['consequences'])).toBe('consequences');
    expect(contentHash(await gameState(w.page))).toBe(contentHash(before));
    await w.page.goto(env.served.url);
    await waitScreen(w.page, 'Title');
    expect(await activeControl(w.page)).toBe('start');
    // Saved on the third decision's consequences: Continue and the saved games both say so (not the next month's).
    const third = before.log.filter((r) => r.choice !== null)[2]!.turn;
    expect(third).toBe(3);
    const controlText = (id: string) => w.page.evaluate((c) => document.querySelector(`[data-control="${c}"]`)?.textContent ?? '', id);
    expect(await controlText('continue-0')).toMatch(new RegExp(`resumes at the consequences of [^(]+\\(turn ${third} of \\d+\\)`));
    await tabTo(w.page, 'saved-games');
    await w.page.keyboard.press('Enter');
    await w.page.waitForSelector('[data-control="save-open-0"]');
    expect(await controlText('save-open-0')).toMatch(new RegExp(`resumes at the consequences of [^(]+\\(turn ${third} of \\d+\\)`));
    await w.page.keyboard.press('Escape');
    await w.page.waitForFunction(() => !document.querySelector('[data-control="save-open-0"]'));
    await tabTo(w.page, 'continue-0');
    await shot(w.page, '09-title-with-saved-game');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Turn');
    expect(contentHash(await gameState(w.page))).toBe(contentHash(before));
    expect(w.errors).toEqual([]);
    await clearStorage(w);
    await w.page.close();
  }, 60_000);

  it('asks before starting a seed that has an unfinished game: Continue keeps it, Start over keeps it as left', async () => {
    const w = await open('?scenario=mini&seed=trap1&difficulty=standard&previews=0');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 2);
    const two = await gameState(w.page);
    await startAgainFromTitle(w, 'trap1');
    expect(await activeControl(w.page)).toBe('overlay-clash-continue');
    await shot(w.page, '09b-title-continue-or-start-over');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Turn');
    expect(contentHash(await gameState(w.page))).toBe(contentHash(two));
    await startAgainFromTitle(w, 'trap1');
    await w.page.focus('[data-control="overlay-clash-over"]');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Turn');
    expect((await gameState(w.page)).log.filter((r) => r.choice).length).toBe(0);
    const all = await saves(w);
    expect(all.map((s) => `${s.state}:${s.decisions}`).sort()).toEqual(['abandoned:2', 'playing:0']);
    expect(w.errors).toEqual([]);
    await clearStorage(w);
    await w.page.close();
  }, 60_000);

  it('keeps a finished game when the same seed is played again, and when a what-if future is played', async () => {
    const w = await open('?scenario=mini&seed=again1&difficulty=standard');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 20);
    await waitScreen(w.page, 'Ending');
    const finished = await gameState(w.page);
    await w.page.focus('[data-control="again"]');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 1);
    let all = await saves(w);
    expect(all.map((s) => s.state).sort()).toEqual(['finished', 'playing']);
    expect(all.find((s) => s.state === 'finished')!.decisions).toBe(finished.log.filter((r) => r.choice).length);
    // Back to the finished game through the saved-games list, then its debrief's what if.
    await w.page.goto(env.served.url);
    await waitScreen(w.page, 'Title');
    await tabTo(w.page, 'saved-games');
    await w.page.keyboard.press('Enter');
    await shot(w.page, '09c-saved-games');
    const rows = await w.page.evaluate(() => [...document.querySelectorAll('[data-control^="save-open-"]')].map((b) => b.textContent ?? ''));
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.startsWith('Review') && r.includes('ended:'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Continue') && r.includes('resumes at'))).toBe(true);
    const review = await w.page.evaluate(() => [...document.querySelectorAll('[data-control^="save-open-"]')].findIndex((b) => (b.textContent ?? '').startsWith('Review')));
    await w.page.focus(`[data-control="save-open-${review}"]`);
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Ending');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Debrief');
    await w.page.keyboard.press('w');
    await w.page.keyboard.press('Enter');
    await w.page.focus('[data-control="overlay-play"]');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Turn');
    all = await saves(w);
    expect(all.map((s) => s.state).sort()).toEqual(['finished', 'playing', 'playing']);
    expect(w.errors).toEqual([]);
    await clearStorage(w);
    await w.page.close();
  }, 90_000);

  it('deletes a saved game only after asking', async () => {
    const w = await open('?scenario=mini&seed=del1&difficulty=standard');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 1);
    await w.page.goto(env.served.url);
    await waitScreen(w.page, 'Title');
    await tabTo(w.page, 'saved-games');
    await w.page.keyboard.press('Enter');
    await w.page.focus('[data-control="save-delete-0"]');
    await w.page.keyboard.press('Enter');
    expect(await activeControl(w.page)).toBe('overlay-delete-no');
    await w.page.keyboard.press('Enter');
    expect(await saves(w)).toHaveLength(1);
    await w.page.focus('[data-control="save-delete-0"]');
    await w.page.keyboard.press('Enter');
    await w.page.focus('[data-control="overlay-delete-yes"]');
    await w.page.keyboard.press('Enter');
    await waitScreen(w.page, 'Title');
    expect(await saves(w)).toHaveLength(0);
    // A success: said through role="status", not as an alert.
    await w.page.waitForFunction(() => (document.getElementById('sb-status')?.textContent ?? '').includes('Success: The saved game was deleted'));
    await w.page.close();
  }, 60_000);

  it('sets aside a corrupt, tampered or outdated save with a message, touching no other key, and converts a first-format save', async () => {
    const w = await open('?scenario=mini&seed=keep1&difficulty=standard');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 1);
    const good = (await saves(w))[0]!;
    await w.page.evaluate(({ p, slot }) => {
      const ok = JSON.parse(localStorage.getItem(p + slot)!);
      localStorage.setItem(`${p}broken1`, '{"slot":"broken1","record":{');
      localStorage.setItem(`${p}tamper1`, JSON.stringify({ ...ok, slot: 'tamper1', record: { ...ok.record, decisions: [{ choice: 'launch-everything' }] } }));
      localStorage.setItem(`${p}old0001`, JSON.stringify({ ...ok, slot: 'old0001', record: { ...ok.record, scenario: { ...ok.record.scenario, version: 99 } } }));
      localStorage.setItem(`${p}turn0001`, JSON.stringify({ ...ok, slot: 'turn0001', turn: -5 }));
      localStorage.setItem('another-app:data', 'untouched');
    }, { p: PREFIX, slot: good.slot });
    await w.page.goto(env.served.url);
    await waitScreen(w.page, 'Title');
    const alert = await w.page.evaluate(() => document.getElementById('sb-alert')?.textContent ?? '');
    expect(alert).toContain('could not be read');
    expect(alert).toContain('another version');
    await shot(w.page, '11-title-unreadable-save');
    const keys = await w.page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain(PREFIX + good.slot);
    expect(keys).toContain('another-app:data');
    for (const bad of ['broken1', 'tamper1', 'old0001', 'turn0001']) {
      expect(keys).not.toContain(PREFIX + bad);
      expect(keys).toContain(`suspicious-bind:v2:unreadable:${bad}`);
    }
    expect(w.errors).toEqual([]);
    await clearStorage(w);
    await w.page.close();
  }, 60_000);

  it('with storage full: keeps every game, warns on screen, says so in the menu and offers the games as a file', async () => {
    const w = await open('?scenario=mini&seed=full1&difficulty=standard');
    await waitScreen(w.page, 'Turn');
    await playKeys(w, 1);
    const kept = await saves(w);
    // Fill the origin's storage to the quota with another key.
    await w.page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    expect(await w.page.evaluate(() => { try { localStorage.setItem('probe', 'x'.repeat(64)); return 'written'; } catch { return 'full'; } })).toBe('full');
    await waitPhase(w.page, ['decision']);
    const first = String((await openChoiceKeys(w.page))[0]);
    await w.page.keyboard.press(first);
    await w.page.keyboard.press(first);
    await w.page.waitForFunction(() => (document.getElementById('sb-alert')?.textContent ?? '').includes('storage is full'));
    await shot(w.page, '12-storage-full-warning');
    expect(await saves(w)).toEqual(kept);
    // The warning is on the turn screen's strip and in the alert region; the menu says it too.
    expect(await w.page.evaluate(() => document.body.innerText)).toContain('storage is full');
    await w.page.keyboard.press('Escape');
    const menu = await w.page.evaluate(() => document.querySelector('#sb-controls dialog[open]')?.textContent ?? '');
    expect(menu).toContain('could not be saved');
    // Leaving does not promise a save it cannot make.
    const leave = await w.page.evaluate(() => document.querySelector('#sb-controls [data-control="overlay-title"]')?.textContent ?? '');
    expect(leave).toContain('without this game');
    expect(leave).not.toContain('Save and');
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.focus('[data-control="overlay-download-saves"]').then(() => w.page.keyboard.press('Enter'))]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { record: { decisions: unknown[] } }[];
    expect(file.map((s) => s.record.decisions.length)).toContain(2);
    expect(MINI.id).toBe('mini');
    await clearStorage(w);
    await w.page.close();
  }, 60_000);
});
