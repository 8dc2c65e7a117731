import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOfRecord } from './support/records';
import { nodeScenarios, openTeacherPage, studentGame, type Served, type TeacherPage } from './teacher-support';

// "What if" starts at the turn the viewer shows, and the comparison (decision, choice, continuation) survives a reload.

const main = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const replay = studentGame(main, 'whatif4', 'standard', 'Ana');
const code = codeOfRecord(replay, main);

let t: TeacherPage;
let served: Served;
let page: Page;

beforeAll(async () => {
  t = await openTeacherPage();
  ({ served, page } = t);
}, 60_000);
afterAll(() => t?.close());

describe('what if', () => {
  it('starts at the viewed turn and comes back after a reload', async () => {
    await page.goto(`${served.url}teacher.html#viewer?code=${code}`);
    await expect.poll(() => page.locator('.turn-heading').textContent()).toContain('Turn 1 of');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.turn-heading').textContent()).toContain('Turn 4 of');
    await page.getByRole('link', { name: 'What if…?' }).click();
    const select = page.getByTestId('whatif-decision');
    await expect.poll(() => select.inputValue()).toBe('3');
    const last = page.locator('input[name="whatif-choice"]:not([disabled])').last();
    const picked = await last.getAttribute('value');
    await last.check();
    await page.getByRole('radio', { name: /^A cautious player/ }).check();
    await page.getByRole('button', { name: 'Show the other future' }).click();
    await expect.poll(() => page.locator('.future-b .ending-title').count()).toBe(1);
    const ending = await page.locator('.future-b .ending-title').textContent();
    expect(page.url()).toContain('run=1');

    await page.reload();
    await expect.poll(() => page.locator('.future-b .ending-title').textContent()).toBe(ending);
    expect(await page.getByTestId('whatif-decision').inputValue()).toBe('3');
    expect(await page.locator('input[name="whatif-choice"]:checked').getAttribute('value')).toBe(picked);
    expect(await page.locator('input[name="whatif-how"]:checked').getAttribute('value')).toBe('balanced');
  });
});
