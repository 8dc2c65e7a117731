import { describe, expect, it } from 'vitest';
import { nodeScenarios, useTeacherPage } from './teacher-support';
import { shot, waitScreen } from './support/page';
import { codeFor, gameOf } from './support/records';
import { decisionsOf } from '../../src/engine';
import { playThroughMachine } from '../../src/analysis';

const main = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;

// The teacher page in Persian: right to left with the shipped font, its own remembered language, charts mirrored
// with Persian digits, and a class set up in Persian at the basic level whose link opens exactly that game.

const tp = useTeacherPage();

describe('the teacher page in Persian', () => {
  it('is right to left in Persian, and remembers the language chosen in class setup', { timeout: 60_000 }, async () => {
    const { page, served } = tp;
    await page.goto(`${served.url}teacher.html#setup`);
    await page.waitForSelector('.page-language');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.click('.page-language input[value="fa"]');
    await page.waitForURL(/lang=fa/);
    await page.waitForSelector('.page-language');
    const doc = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, h1: document.querySelector('main h1')?.textContent, font: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded') }));
    expect(doc).toEqual({ lang: 'fa', dir: 'rtl', h1: 'تنظیم کلاس', font: true });
    // The bare address opens in Persian too now; the page's choice is its own (the game's stays English).
    await page.goto(`${served.url}teacher.html#setup`);
    await page.waitForSelector('.page-language');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(await page.evaluate(() => localStorage.getItem('suspicious-bind:v1:pref:lang'))).toBeNull();
    await page.screenshot({ path: 'test-results/screenshots/fa-teacher-setup.png', fullPage: true });
  });

  it('gives a class link in Persian at the basic level that opens exactly that game', { timeout: 60_000 }, async () => {
    const { page } = tp;
    await page.click('input[name="class-lang"][value="fa"]');
    await page.click('input[name="class-level"][value="basic"]');
    const link = await page.inputValue('[data-testid="class-link"]');
    expect(link).toMatch(/[?&]lang=fa(&|$)/);
    expect(link).toMatch(/[?&]level=basic(&|$)/);
    expect(await page.textContent('[data-testid="class-line"]')).toContain('متن ساده');
    // Kept by the page: a reload shows the same class.
    await page.reload();
    await page.waitForSelector('[data-testid="class-link"]');
    expect(await page.inputValue('[data-testid="class-link"]')).toBe(link);
    const game = await page.context().newPage();
    await game.goto(link);
    await waitScreen(game, 'Turn', 20_000);
    const seen = await game.evaluate(() => ({
      dir: document.documentElement.dir,
      settings: (window as unknown as { __sb: { session: { current: { record: { settings: Record<string, unknown> } } } } }).__sb.session.current.record.settings,
    }));
    expect(seen.dir).toBe('rtl');
    expect(seen.settings).toMatchObject({ lang: 'fa', level: 'basic' });
    await shot(game, 'fa-class-link-turn');
    await game.close();
  });

  it('opens a replay made in Persian, in English too, and mirrors its chart in Persian', { timeout: 60_000 }, async () => {
    const { page, served } = tp;
    // A game played in Persian at the basic level: the record names its words, and any page shows it in its own.
    const settings = { previews: false, lang: 'fa', level: 'basic' };
    const choices = decisionsOf(playThroughMachine(main, 'viewer-fa', 'standard', 'balanced')).map((d) => d.choice);
    const code = codeFor(gameOf(main, 'viewer-fa', 'standard', choices, settings).game, main, settings);
    await page.goto(`${served.url}teacher.html?lang=fa#viewer/debrief?code=${encodeURIComponent(code)}`);
    await page.waitForSelector('svg.line-chart');
    // The page's own numbers in Persian digits; the seed as typed.
    expect(await page.locator('.summary').textContent()).toMatch(/۱۳/);
    expect(await page.locator('.summary').textContent()).toContain('viewer-fa');
    await page.screenshot({ path: 'test-results/screenshots/fa-teacher-viewer.png', fullPage: true });
    const axis = await page.evaluate(() => {
      const svg = document.querySelector('svg.line-chart')!;
      const box = svg.getBoundingClientRect();
      const scale = [...svg.querySelectorAll('text.axis')].filter((t) => /^[۰-۹]+$/.test(t.textContent ?? ''));
      return { digits: scale.map((t) => t.textContent), right: scale.every((t) => t.getBoundingClientRect().left > box.left + box.width / 2) };
    });
    expect(axis.digits).toEqual(expect.arrayContaining(['۰', '۲۵', '۵۰', '۷۵', '۱۰۰']));
    expect(axis.right).toBe(true);
    await page.goto(`${served.url}teacher.html?lang=en#viewer/debrief?code=${encodeURIComponent(code)}`);
    await page.waitForSelector('svg.line-chart');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('main h1').textContent()).toBe('Replay viewer');
    expect(tp.errors).toEqual([]);
  });
});
