import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileScenario, contentHash, openChoices, type GameState } from '../../src/engine';
import { gameOf, verifyCode } from './support/records';
import { whatIf } from '../../src/analysis';
import { launch, type Browser } from './support/chromium';
import { gameState, openChoiceKeys, waitPhase, waitScreen } from './support/page';
import { buildAndServeTeacher, nodeScenarios, watchErrors, type Served } from './teacher-support';

// A teacher's whole lesson, as a new user would go through it: make a class link, two students play it in their own
// browser profiles with different choices, the teacher collects both codes into the class report, opens one in the
// viewer, asks "what if" at turn 4, prints the debrief, and runs a projector round.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind')!;
const cs = compileScenario(main);
const find = (id: string) => scenarios.find((s) => s.id === id);

let served: Served;
const browsers: Browser[] = [];

beforeAll(async () => {
  served = await buildAndServeTeacher();
  browsers.push(...(await Promise.all([launch(), launch(), launch()])));
}, 120_000);

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await served?.close();
});

/** A student plays the class link to its end with the keyboard alone (`pick` chooses among the open number keys). */
async function studentPlays(browser: Browser, link: string, pick: (keys: number[]) => number): Promise<{ code: string; game: GameState; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  await waitScreen(page, 'Turn');
  for (let i = 0; i < 40; i++) {
    if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') break;
    const key = String(pick(await openChoiceKeys(page)));
    // Choose, then confirm with the same key.
    await page.keyboard.press(key);
    await page.keyboard.press(key);
    await waitPhase(page, ['consequences']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
  await waitScreen(page, 'Ending');
  const game = await gameState(page);
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Debrief');
  const code = await page.evaluate(() => document.querySelector('#sb-content textarea')?.textContent ?? '');
  await page.close();
  return { code, game, errors };
}

async function teacherPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browsers[2]!.context.newPage();
  return { page, errors: watchErrors(page) };
}

describe('a class, from the link to the debrief', () => {
  it('runs a whole lesson with two students and a projector round', async () => {
    const { page, errors } = await teacherPage();
    await page.goto(`${served.url}teacher.html#setup`);
    await page.getByRole('radio', { name: new RegExp(`^${main.title}`) }).check();
    await page.getByLabel('Seed', { exact: true }).fill('lesson4');
    const link = await page.getByTestId('class-link').inputValue();
    expect(link).toContain('seed=lesson4');

    const [ana, ben] = await Promise.all([
      studentPlays(browsers[0]!, link, (keys) => keys[0]!),
      studentPlays(browsers[1]!, link, (keys) => keys[keys.length - 1]!),
    ]);
    expect([...ana.errors, ...ben.errors]).toEqual([]);
    const anaChoices = ana.game.log.filter((r) => r.choice).map((r) => r.choice);
    expect(anaChoices).not.toEqual(ben.game.log.filter((r) => r.choice).map((r) => r.choice));
    for (const s of [ana, ben]) {
      const v = verifyCode(s.code, find);
      expect(v.ok && contentHash(v.game)).toBe(contentHash(s.game));
    }

    await page.goto(`${served.url}teacher.html#report`);
    await page.getByLabel('Replay codes, one per line').fill(`Ana: ${ana.code}\nBen: ${ben.code}`);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => page.getByTestId('count-verified').textContent()).toBe('2');
    expect(await page.locator('.refused-table tbody tr').count()).toBe(0);

    await page.goto(`${served.url}teacher.html#viewer?code=${ana.code}`);
    await expect.poll(() => page.getByTestId('ending').textContent()).toBe(cs.endingById.get(ana.game.ending!.id)!.title);
    await page.getByRole('link', { name: 'What if…?' }).click();
    const index = ana.game.log.filter((r) => r.choice).findIndex((r) => r.turn === 4);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.getByTestId('whatif-decision').selectOption(String(index));
    const rec = ana.game.log.filter((r) => r.choice)[index]!;
    const open = openChoices(cs, gameOf(main, ana.game.seed, ana.game.difficulty, anaChoices.slice(0, index) as string[]).game);
    const alt = main.cards.find((c) => c.id === rec.card)!.choices.find((c) => c.id !== rec.choice && open.includes(c.id))!;
    await page.getByRole('radio', { name: new RegExp(`^${alt.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
    await page.getByRole('button', { name: 'Show the other future' }).click();
    const w = whatIf(main, ana.game, index, alt.id, 'keep')!;
    await expect.poll(() => page.locator('.future-b .ending-title').textContent()).toBe(cs.endingById.get(w.alternative.ending!.id)!.title);
    expect(await page.getByTestId('changed-turn').textContent()).toContain('turn 4,');

    await page.getByRole('link', { name: 'Debrief and export' }).click();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    await page.goto(`${served.url}teacher.html#projector?scenario=${main.id}&seed=lesson4&difficulty=standard&previews=0`);
    await page.getByRole('button', { name: 'Start the class game' }).click();
    const first = page.locator('.tally-input:not([disabled])').first();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /^(On to .*|See the ending →)$/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
