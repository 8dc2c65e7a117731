import { describe, expect, it } from 'vitest';
import { codeOfRecord } from './support/records';
import { nodeScenarios, studentGame, useTeacherPage } from './teacher-support';

// "What if" starts at the turn the viewer shows, and the comparison (decision, choice, continuation) survives a reload.

const main = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const replay = studentGame(main, 'whatif4', 'standard', 'Ana');
const code = codeOfRecord(replay, main);

const tp = useTeacherPage();

describe('what if', () => {
  it('starts at the viewed turn and comes back after a reload', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#viewer?code=${code}`);
    await expect.poll(() => tp.page.locator('.turn-heading').textContent()).toContain('Turn 1 of');
    for (let i = 0; i < 3; i++) await tp.page.keyboard.press('ArrowRight');
    await expect.poll(() => tp.page.locator('.turn-heading').textContent()).toContain('Turn 4 of');
    await tp.page.getByRole('link', { name: 'What if…?' }).click();
    const select = tp.page.getByTestId('whatif-decision');
    await expect.poll(() => select.inputValue()).toBe('3');
    const last = tp.page.locator('input[name="whatif-choice"]:not([disabled])').last();
    const picked = await last.getAttribute('value');
    await last.check();
    await tp.page.getByRole('radio', { name: /^A cautious player/ }).check();
    await tp.page.getByRole('button', { name: 'Show the other future' }).click();
    await expect.poll(() => tp.page.locator('.future-b .ending-title').count()).toBe(1);
    const ending = await tp.page.locator('.future-b .ending-title').textContent();
    expect(tp.page.url()).toContain('run=1');

    await tp.page.reload();
    await expect.poll(() => tp.page.locator('.future-b .ending-title').textContent()).toBe(ending);
    expect(await tp.page.getByTestId('whatif-decision').inputValue()).toBe('3');
    expect(await tp.page.locator('input[name="whatif-choice"]:checked').getAttribute('value')).toBe(picked);
    expect(await tp.page.locator('input[name="whatif-how"]:checked').getAttribute('value')).toBe('balanced');
  });
});
