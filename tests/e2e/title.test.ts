import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeClassCode } from '../../src/app';
import type { RecordSettings } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import type { ScenarioData } from '../../src/scenario/types';
import { auditLayout, clickObject, textOverButtons } from './support/layout-audit';
import { openPage, playOneTurn, shot, waitScreen } from './support/page';
import { useServedGame } from './support/test-build';

// The title screen: the introduction opens whole; notices read in their kind's style and words; practice (undo
// allowed) is chosen here, by keyboard or mouse, and a class code allows it only when its class does.

const load = (file: string): ScenarioData => {
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
};
const scenario = load(resolve(import.meta.dirname, '../../scenarios/2022-suspicious-bind.yaml'));
const MINI = load(resolve(import.meta.dirname, '../fixtures/mini.yaml'));
const classCode = (seed: string, practice: boolean, words: { lang?: 'fa'; level?: 'basic' } = {}) => encodeClassCode([scenario, MINI], { scenario: 'mini', seed, difficulty: MINI.difficulties[0]!.id, previews: false, practice, ...words })!;
const variant = (page: Page) => page.evaluate(() => (window as unknown as { __sb: { variant: { lang: string; level: string } } }).__sb.variant);

const env = useServedGame();

const region = (page: Page, id: 'sb-alert' | 'sb-status') => page.evaluate((i) => document.getElementById(i)?.textContent ?? '', id);
/** The names of the notice banners on the canvas (notice-success, notice-warning…). */
const banners = (page: Page) =>
  page.evaluate(() => {
    const game = (window as unknown as { __sb: { game: { scene: { getScenes(a: boolean): { sys: { displayList: { list: { name?: string }[] } } }[] } } } }).__sb.game;
    return game.scene.getScenes(true).flatMap((s) => s.sys.displayList.list.map((o) => o.name ?? '').filter((n) => n.startsWith('notice-')));
  });
const pressed = (page: Page, id: string) => page.evaluate((i) => document.querySelector(`[data-control="${i}"]`)?.getAttribute('aria-pressed') ?? null, id);
const settings = (page: Page) => page.evaluate(() => (window as unknown as { __sb: { session: { current: { record: { settings: RecordSettings } } } } }).__sb.session.current.record.settings);

async function typeClassCode(page: Page, code: string): Promise<void> {
  if (!(await page.$('#sb-class-code-input'))) {
    await page.focus('[data-control="class-code"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sb-class-code-input');
  }
  await page.fill('#sb-class-code-input', code);
  await page.focus('#sb-class-code-input');
  await page.keyboard.press('Enter');
}

/** On the title, by keyboard: the practice switch on, then Start, into the turn screen. */
async function startPracticeGame(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.focus('[data-control="practice"]');
  await page.keyboard.press('Enter');
  await page.focus('[data-control="start"]');
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Turn');
}

/** A title field's box and the value it draws (its text, bounds and letter spacing). */
const fieldView = (page: Page, name: string) =>
  page.evaluate((n) => {
    interface Rect { x: number; y: number; width: number; height: number }
    interface Obj { name?: string; text?: string; letterSpacing?: number; list?: Obj[]; getBounds?: () => Rect }
    const game = (window as unknown as { __sb: { game: { scene: { getScenes(a: boolean): { sys: { displayList: { list: Obj[] } } }[] } } } }).__sb.game;
    const all: Obj[] = [];
    const walk = (o: Obj) => { all.push(o); for (const c of o.list ?? []) walk(c); };
    for (const sc of game.scene.getScenes(true)) for (const o of sc.sys.displayList.list) walk(o);
    const field = all.find((o) => o.name === n)!;
    const value = field.list!.find((o) => o.name === 'field-value')!;
    const box = field.getBounds!();
    const r = value.getBounds!();
    return { text: value.text ?? '', spacing: value.letterSpacing ?? 0, inside: r.x >= box.x && r.x + r.width <= box.x + box.width };
  }, name);

/** Types into a title field's input as a person would see it (the canvas redraws on input). */
async function typeInto(page: Page, input: string, value: string): Promise<void> {
  await page.fill(input, value);
  await page.waitForTimeout(100);
}

describe('the title screen', () => {
  for (const lang of ['en', 'fa'] as const)
    it(`${lang}: keeps a long seed and class code inside their boxes, draws emoji whole, and gives a refusal room above DIFFICULTY`, async () => {
      const w = await openPage(env.browser.context, env.served.url, lang === 'fa' ? '?lang=fa' : '');
      const { page } = w;
      await waitScreen(page, 'Title');
      const problems = async () => [...(await auditLayout(page)), ...(await textOverButtons(page))].map((p) => `${p.kind} "${p.text}" / "${p.other ?? ''}" (${p.detail})`);
      // The longest valid seed, in the widest letter: its end shows, after an ellipsis, inside the box.
      await typeInto(page, '#sb-seed', 'W'.repeat(32));
      let f = await fieldView(page, 'field-seed');
      expect(f.inside).toBe(true);
      expect(f.text).toMatch(/^\u2026W+$/);
      expect(await problems()).toEqual([]);
      await shot(page, `20e-title-long-seed-${lang}`);
      await page.focus('[data-control="class-code"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#sb-class-code-input');
      await typeInto(page, '#sb-class-code-input', `2099-9z-${'w'.repeat(52)}`);
      f = await fieldView(page, 'field-class-code');
      expect(f.inside).toBe(true);
      expect(await problems()).toEqual([]);
      // Emoji are drawn whole: no letter spacing (which draws one UTF-16 unit at a time), no half of a pair shown.
      await typeInto(page, '#sb-class-code-input', 'ab\u{1F600}\u{1F389}cd');
      f = await fieldView(page, 'field-class-code');
      expect(f.text).toBe('ab\u{1F600}\u{1F389}cd');
      expect(f.spacing).toBe(0);
      // A wrong code's message (two lines, or three with a long code) stays clear of the DIFFICULTY heading.
      for (const code of ['2099-9z-aaaaaaaa', `2099-9z-${'w'.repeat(52)}`]) {
        await typeInto(page, '#sb-class-code-input', code);
        await page.focus('#sb-class-code-input');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (document.getElementById('sb-alert')?.textContent ?? '').length > 0);
        await page.waitForTimeout(100);
        expect(await problems(), code).toEqual([]);
      }
      await shot(page, `20f-title-class-code-refused-${lang}`);
      expect(w.errors).toEqual([]);
      await page.close();
    });

  it('opens a cut introduction whole with R and with its button, at 1024×600', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    await w.page.setViewportSize({ width: 1024, height: 600 });
    await waitScreen(w.page, 'Title');
    await w.page.waitForSelector('[data-control="read-intro"]');
    await w.page.keyboard.press('r');
    await w.page.waitForSelector('#sb-controls dialog[open]');
    const whole = await w.page.evaluate(() => document.querySelector('#sb-controls dialog[open]')?.textContent ?? '');
    // The accessible layer's dialog holds the keyboard focus, while the pointer still reaches the panel on the canvas.
    expect(await w.page.evaluate(() => {
      const c = document.querySelector('canvas')!.getBoundingClientRect();
      const hit = document.elementFromPoint(c.x + c.width / 2, c.y + c.height / 2);
      return [hit?.tagName, !!document.activeElement?.closest('#sb-controls dialog[open]')];
    })).toEqual(['CANVAS', true]);
    expect(whole.replace(/\s+/g, ' ')).toContain(scenario.intro.replace(/\s+/g, ' ').trim().slice(-60));
    await shot(w.page, '01b-title-intro-in-full-1024x600');
    await w.page.keyboard.press('Escape');
    await w.page.focus('[data-control="read-intro"]');
    await w.page.keyboard.press('Enter');
    await w.page.waitForSelector('#sb-controls dialog[open]');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('says a success as a success (role="status", its own style) and an error or a warning as an alert', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    await typeClassCode(page, '1999-0n-nope');
    await page.waitForFunction(() => (document.getElementById('sb-alert')?.textContent ?? '').startsWith('Error: '));
    expect(await region(page, 'sb-status')).toBe('');
    await typeClassCode(page, classCode('notice1', false));
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'notice1');
    await page.waitForTimeout(100);
    expect(await region(page, 'sb-status')).toMatch(/^Success: Class code accepted/);
    expect(await region(page, 'sb-alert')).not.toContain('Class code accepted');
    expect(await banners(page)).toEqual(['notice-success']);
    await shot(page, '20b-title-class-code-success');
    await page.close();

    const bad = await openPage(env.browser.context, env.served.url, '?foo=bar');
    await waitScreen(bad.page, 'Title');
    expect(await region(bad.page, 'sb-alert')).toContain('Warning: The link has a parameter "foo"');
    expect(await banners(bad.page)).toEqual(['notice-warning']);
    expect([...w.errors, ...bad.errors]).toEqual([]);
    await bad.page.close();
  });

  it('chooses practice (undo allowed) on the title by keyboard, and records it in the game', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    expect(await pressed(page, 'practice')).toBe('false');
    await page.focus('[data-control="practice"]');
    await page.keyboard.press('Enter');
    expect(await pressed(page, 'practice')).toBe('true');
    await page.waitForFunction(() => (document.getElementById('sb-live')?.textContent ?? '').includes('Practice on'));
    await shot(page, '20c-title-practice-on');
    await page.focus('[data-control="start"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    expect((await settings(page)).practice).toBe(true);
    // One decision, then Undo last decision is offered.
    await playOneTurn(page);
    await page.waitForSelector('[data-control="undo"]');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('chooses practice with the mouse, and leaves it off when not chosen', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    await clickObject(page, 'button-practice');
    await page.waitForFunction(() => document.querySelector('[data-control="practice"]')?.getAttribute('aria-pressed') === 'true');
    await clickObject(page, 'button-practice');
    await page.waitForFunction(() => document.querySelector('[data-control="practice"]')?.getAttribute('aria-pressed') === 'false');
    await clickObject(page, 'button-start');
    await waitScreen(page, 'Turn');
    expect((await settings(page)).practice).toBeUndefined();
    await page.goto(env.served.url);
    await waitScreen(page, 'Title');
    await clickObject(page, 'button-practice');
    await page.waitForFunction(() => document.querySelector('[data-control="practice"]')?.getAttribute('aria-pressed') === 'true');
    await clickObject(page, 'button-start');
    await waitScreen(page, 'Turn');
    expect((await settings(page)).practice).toBe(true);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('hides practice for a class code that does not allow it, and offers it (off) for one that does', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    const strict = classCode('strict1', false);
    await typeClassCode(page, strict);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'strict1');
    expect(await page.$('[data-control="practice"]')).toBeNull();
    await shot(page, '20d-title-class-without-practice');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="start"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    expect(await settings(page)).toMatchObject({ class: strict });
    expect((await settings(page)).practice).toBeUndefined();

    await page.goto(env.served.url);
    await waitScreen(page, 'Title');
    const open = classCode('open1', true);
    await typeClassCode(page, open);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'open1');
    expect(await pressed(page, 'practice')).toBe('false');
    await startPracticeGame(page);
    expect(await settings(page)).toMatchObject({ class: open, practice: true });
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('opens ?class=<code> in the class’s language and level, straight into the class game, with the class recorded', async () => {
    const code = classCode('farsi1', false, { lang: 'fa', level: 'basic' });
    const w = await openPage(env.browser.context, env.served.url, `?class=${code}`);
    const { page } = w;
    await waitScreen(page, 'Turn');
    expect(await variant(page)).toEqual({ lang: 'fa', level: 'basic' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(await settings(page)).toMatchObject({ class: code, lang: 'fa', level: 'basic' });
    expect((await settings(page)).practice).toBeUndefined();
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('opens ?class=<code> of a class that allows practice on the title, joined, with practice offered; one that does not, without', async () => {
    const open = classCode('linkopen1', true);
    const w = await openPage(env.browser.context, env.served.url, `?class=${open}`);
    const { page } = w;
    await waitScreen(page, 'Title');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'linkopen1');
    await page.waitForFunction(() => (document.getElementById('sb-status')?.textContent ?? '').includes('practice games first'));
    expect(await pressed(page, 'practice')).toBe('false');
    await startPracticeGame(page);
    expect(await settings(page)).toMatchObject({ class: open, practice: true });

    const strict = classCode('linkstrict1', false);
    await page.goto(`${env.served.url}?class=${strict}`);
    await waitScreen(page, 'Turn');
    expect(await settings(page)).toMatchObject({ class: strict });
    expect((await settings(page)).practice).toBeUndefined();
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-control="overlay-resume"]');
    expect(await page.$('[data-control="overlay-practice"]')).toBeNull();
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('takes a class code typed on an English title into the class’s Persian basic text, keeping the class', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    const { page } = w;
    await waitScreen(page, 'Title');
    const code = classCode('typedfa1', true, { lang: 'fa', level: 'basic' });
    await typeClassCode(page, code);
    await page.waitForURL(/lang=fa/);
    await waitScreen(page, 'Title');
    expect(await variant(page)).toEqual({ lang: 'fa', level: 'basic' });
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'typedfa1');
    expect(await pressed(page, 'lang-fa')).toBe('true');
    expect(await pressed(page, 'level-basic')).toBe('true');
    expect(await pressed(page, 'practice')).toBe('false');
    await page.keyboard.press('Escape');
    await page.focus('[data-control="start"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'Turn');
    expect(await settings(page)).toMatchObject({ class: code, lang: 'fa', level: 'basic' });
    expect((await settings(page)).practice).toBeUndefined();
    // The class's words were not made the student's own: a bare page opens in English again.
    await page.goto(env.served.url);
    await waitScreen(page, 'Title');
    expect(await variant(page)).toEqual({ lang: 'en', level: 'advanced' });
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
