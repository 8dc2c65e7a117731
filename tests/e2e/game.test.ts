import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine';
import { branchDecisions } from '../../src/analysis';
import { gameOf, verifyCode, verifyValue } from './support/records';
import { encodeClassCode } from '../../src/app';
import { loadScenarioText } from '../../src/scenario/load';
import type { ScenarioData } from '../../src/scenario/types';
import type { Page } from 'playwright-core';
import { activeControl, gameState, openChoiceKeys, openPage, phase, shot, tabTo, waitPhase, waitScreen, type Watched } from './support/page';
import { useServedGame } from './support/test-build';

// The production build in a real (headless) Chromium, played with the keyboard alone.

const ROOT = resolve(import.meta.dirname, '../..');

function load(file: string): ScenarioData {
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

/** The scenario the long test plays: the 2022 one when it is installed, else any real one, else the fixture. */
function mainScenario(): ScenarioData {
  const dir = resolve(ROOT, 'scenarios');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  const pick = files.find((f) => f.startsWith('2022')) ?? files[0];
  return load(pick ? resolve(dir, pick) : resolve(ROOT, 'tests/fixtures/mini.yaml'));
}

const MINI = load(resolve(ROOT, 'tests/fixtures/mini.yaml'));
const scenarios = () => [mainScenario(), MINI];
const find = (id: string) => scenarios().find((s) => s.id === id);

const env = useServedGame();
const pages: Watched[] = [];

async function open(path = '', before?: (page: Page) => Promise<void>): Promise<Watched> {
  const w = await openPage(env.browser.context, env.served.url, path, before);
  pages.push(w);
  return w;
}

/** Plays decisions with number keys until the game ends or `max` decisions are made; returns the choices. */
async function playByKeys(w: Watched, max: number, shots = false): Promise<string[]> {
  const { page } = w;
  const made: string[] = [];
  for (let i = 0; i < max; i++) {
    const ph = await waitPhase(page, ['decision', 'ended']);
    if (ph === 'ended') break;
    const keys = await openChoiceKeys(page);
    const key = keys[(i * 7 + 3) % keys.length]!;
    if (shots && (i === 0 || i === 3)) await shot(page, i === 0 ? '03-turn-decision' : '05-turn-later-with-briefing');
    // A number key chooses, Enter confirms.
    await page.keyboard.press(String(key));
    if (shots && i === 0) await shot(page, '03b-turn-confirm');
    expect(await phase(page)).toBe('decision');
    await page.keyboard.press('Enter');
    await waitPhase(page, ['consequences']);
    const g = await gameState(page);
    made.push(g.log.filter((r) => r.choice !== null).at(-1)!.choice!);
    if (shots && i === 0) {
      await page.waitForTimeout(1000);
      await shot(page, '04-turn-consequences');
    }
    expect(await activeControl(page)).toBe('continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
  return made;
}


describe('the browser game', () => {
  it('plays a whole seeded game with the keyboard alone, and ends exactly where the engine does in Node', async () => {
    const scenario = mainScenario();
    const seed = 'class7b';
    // The title's one asset is inside the bundle (it works from file:// so), so the boot screen passes in a frame.
    const w = await open('');
    const { page } = w;
    await waitScreen(page, 'Title');
    await shot(page, '01-title');
    await tabTo(page, 'how');
    await page.keyboard.press('Enter');
    await shot(page, '02-how-to-play');
    await page.keyboard.press('Escape');
    expect(await activeControl(page)).toBe('how');
    if (scenario.id !== 'mini') {
      await tabTo(page, `scenario-${scenario.id}`);
      await page.keyboard.press('Enter');
      await waitScreen(page, 'Title');
      await page.waitForTimeout(100);
    }
    await tabTo(page, 'seed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(seed);
    await tabTo(page, 'difficulty-standard');
    await page.keyboard.press('Enter');
    await tabTo(page, 'start');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    const first = await gameState(page);
    expect(first.seed).toBe(seed);
    expect(first.scenario.id).toBe(scenario.id);
    const firstTitle = scenario.cards.find((c) => c.id === first.card)!.title;
    // The live region is filled 30 ms after the screen, so that screen readers hear the change.
    await page.waitForFunction((t) => (document.getElementById('sb-live')?.textContent ?? '').includes(t), firstTitle);

    const choices = await playByKeys(w, 60, true);
    await waitScreen(page, 'Ending');
    await shot(page, '06-ending');
    const browserGame = await gameState(page);
    const node = gameOf(scenario, seed, 'standard', choices);
    expect(node.refusedAt).toBeUndefined();
    expect(contentHash(browserGame)).toBe(contentHash(node.game));
    expect(browserGame.ending?.id).toBe(node.game.ending?.id);

    await page.keyboard.press('Enter');
    await waitScreen(page, 'Debrief');
    await shot(page, '07-debrief');
    // Each source of the first decision's history names its publisher and date, as the scenario gives them.
    const firstCard = scenario.cards.find((c) => c.id === browserGame.log.find((r) => r.choice !== null)!.card)!;
    const cited = scenario.sources.filter((x) => firstCard.history.sources.includes(x.id) && x.publisher && x.date);
    expect(cited.length).toBeGreaterThan(0);
    const debriefText = await page.evaluate(() => document.getElementById('sb-content')?.textContent ?? '');
    for (const x of cited) expect(debriefText).toContain(`${x.title} (${x.publisher}, ${x.date}`);
    const code = await page.evaluate(() => document.querySelector('#sb-content textarea')?.textContent ?? '');
    const verified = verifyCode(code, find);
    expect(verified.ok).toBe(true);
    // The replay as a file to hand in: it verifies in Node and is the same game as the code.
    // Saving asks for the student's name, which goes into the file and its name: a class's files stay apart.
    await page.focus('[data-control="save-file"]');
    await page.keyboard.press('Enter');
    expect(await activeControl(page)).toBe('overlay-student');
    await page.keyboard.type('  Ana   Ruiz ');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`Ana_Ruiz-${scenario.id}-${seed}.json`);
    const fileReplay = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(fileReplay.settings.student).toBe('Ana Ruiz');
    const fromFile = verifyValue(fileReplay, find);
    expect(fromFile.ok && verified.ok && contentHash(fromFile.game) === contentHash(verified.game)).toBe(true);
    expect(await activeControl(page)).toBe('save-file');
    // Saved again with the name left empty: no name in the file, the game's own file name, and Escape closes the panel.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const [unnamed] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(unnamed.suggestedFilename()).toBe(`${scenario.id}-${seed}.json`);
    expect(JSON.parse(readFileSync((await unnamed.path())!, 'utf8')).settings.student).toBeUndefined();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await activeControl(page)).toBe('save-file');
    // And the same game in the teachers' replay viewer, in a new tab.
    const [viewer] = await Promise.all([page.context().waitForEvent('page'), page.focus('[data-control="open-viewer"]').then(() => page.keyboard.press('Enter'))]);
    await viewer.waitForLoadState();
    expect(decodeURIComponent(viewer.url())).toContain(`teacher.html#viewer?code=${code}`);
    await viewer.waitForFunction((want) => want.every((x) => document.body.innerText.includes(x)), ['Replay viewer', scenario.title, seed]);
    await viewer.close();
    await page.focus('[data-control="next"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await shot(page, '08-debrief-third-decision');

    // What if the third decision had gone the other way? Compare, then play that future from there.
    await page.keyboard.press('w');
    expect(await activeControl(page)).toBe('overlay-alt-0');
    // The other options keep the numbers they had on the turn screen.
    const thirdCard = scenario.cards.find((c) => c.id === browserGame.log.filter((r) => r.choice !== null)[2]!.card)!;
    const thirdChoice = browserGame.log.filter((r) => r.choice !== null)[2]!.choice;
    const want = thirdCard.choices.map((c, i) => (c.id === thirdChoice ? '' : `${i + 1}. ${c.label}`)).filter(Boolean);
    expect(await page.evaluate(() => [...document.querySelectorAll('#sb-controls dialog[open] button[data-control^="overlay-alt-"]')].map((b) => b.textContent))).toEqual(want);
    // ... and the same number keys choose them.
    await page.keyboard.press(want[0]!.split('.')[0]!);
    await shot(page, '18-debrief-what-if');
    expect(await activeControl(page)).toBe('overlay-play');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    const third = browserGame.log.filter((r) => r.choice !== null)[2]!;
    const other = scenario.cards.find((c) => c.id === third.card)!.choices.find((c) => c.id !== third.choice)!.id;
    const branch = gameOf(scenario, seed, 'standard', branchDecisions(browserGame, 2, other)!.map((d) => d.choice));
    expect(contentHash((await gameState(page)).log.slice(0, 3))).toBe(contentHash(branch.game.log.slice(0, 3)));
    await shot(page, '19-what-if-branch-played');
    expect(w.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it.each([
    ['?scenario=nope&seed=abc', 'not installed'],
    ['?scenario=mini&seed=%3Cscript%3E', 'seed in the link is not valid'],
    ['?scenario=mini&difficulty=impossible', 'does not have'],
    ['?foo=bar', 'parameter "foo"'],
    ['?seed=abc', 'no scenario'],
    ['?scenario=mini&scenario=mini', 'more than once'],
    ['?scenario=mini&previews=maybe', 'previews'],
  ])('answers the bad link %s with a message on the title screen', async (query, words) => {
    const w = await open(query);
    const { page } = w;
    await waitScreen(page, 'Title');
    expect(await page.evaluate(() => document.getElementById('sb-alert')?.textContent ?? '')).toContain(words);
    if (query === '?scenario=nope&seed=abc') await shot(page, '12-title-bad-link');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('starts a class link directly, and fits any window at 16:9', async () => {
    const w = await open('?scenario=mini&seed=wide&difficulty=story&previews=1');
    const { page } = w;
    await page.setViewportSize({ width: 1000, height: 900 });
    await waitScreen(page, 'Turn');
    const box = await page.evaluate(() => {
      const c = document.querySelector('canvas')!.getBoundingClientRect();
      return { w: c.width, h: c.height, x: c.x, y: c.y };
    });
    expect(Math.abs(box.w / box.h - 16 / 9)).toBeLessThan(0.01);
    expect(box.w).toBeLessThanOrEqual(1000);
    expect(box.y).toBeGreaterThan(0);
    await shot(page, '13-turn-narrow-window');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect((await gameState(page)).difficulty).toBe('story');
    expect(await page.evaluate(() => [...document.querySelectorAll('.sb-desc')].some((d) => (d.textContent ?? '').includes('Likely effects')))).toBe(true);
    await page.close();
  });

  it('joins a class by its short code, from a link and typed on the title screen', async () => {
    const code = encodeClassCode(scenarios(), { scenario: 'mini', seed: 'classcode7', difficulty: 'hard', previews: true })!;
    const linked = await open(`?class=${code}`);
    await waitScreen(linked.page, 'Turn');
    expect(await gameState(linked.page)).toMatchObject({ seed: 'classcode7', difficulty: 'hard', scenario: { id: 'mini' } });
    await linked.page.close();

    const w = await open('');
    const { page } = w;
    await waitScreen(page, 'Title');
    await page.focus('[data-control="class-code"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sb-class-code-input');
    await page.focus('#sb-class-code-input');
    await page.keyboard.type('1999-0n-nope');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Class code accepted');
    await page.fill('#sb-class-code-input', code.toUpperCase());
    await page.focus('#sb-class-code-input');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'classcode7');
    await shot(page, '20-title-class-code-joined');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="start"]');
    await page.keyboard.press('Enter');
    // The class link above already started this game in this browser: the title asks before starting it again.
    await page.waitForSelector('[data-control="overlay-clash-over"]');
    await page.focus('[data-control="overlay-clash-over"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    expect(await gameState(page)).toMatchObject({ seed: 'classcode7', difficulty: 'hard', scenario: { id: 'mini' } });
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('fits four advisors, four choices and long texts on the turn screen, with previews', async () => {
    const w = await open('?scenario=stress&seed=long&difficulty=story');
    const { page } = w;
    await waitScreen(page, 'Turn');
    await shot(page, '14-turn-longest-texts');
    await page.keyboard.press('3');
    await page.keyboard.press('3');
    await waitPhase(page, ['consequences']);
    await shot(page, '15-consequences-longest-texts');
    await page.keyboard.press('Enter');
    await waitPhase(page, ['decision']);
    await page.keyboard.press('Tab');
    await shot(page, '16-turn-keyboard-focus');
    expect(await activeControl(page)).toMatch(/^choice-/);
    // The whole card opens in one panel with R, and Escape closes it.
    expect(await page.evaluate(() => !!document.querySelector('[data-control="read-full"]'))).toBe(true);
    await page.keyboard.press('r');
    expect(await page.evaluate(() => document.querySelector('#sb-controls dialog[open]')?.textContent ?? '')).toContain('This is the longest situation text');
    await shot(page, '17-read-in-full');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => !!document.querySelector('#sb-controls dialog[open]'))).toBe(false);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('makes no request outside its own origin', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.flatMap((p) => p.foreign)).toEqual([]);
  });
});

