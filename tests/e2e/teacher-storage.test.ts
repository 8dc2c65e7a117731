import { describe, expect, it } from 'vitest';
import { playThroughMachine } from '../../src/analysis';
import { codeFor } from './support/records';
import { nodeScenarios, useTeacherPage } from './teacher-support';

// A teacher's hand-ins are never dropped silently: when the browser cannot keep them, the page says so at once.

const main = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const code = codeFor(playThroughMachine(main, 'storage1', 'standard', 'balanced'), main);

const tp = useTeacherPage();

describe('the class report with a full storage', () => {
  it('says that added replays will not survive a reload', async () => {
    const { page, served } = tp;
    await page.goto(`${served.url}teacher.html#report`);
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    await page.getByLabel('Replay codes, one per line').fill(`Ana: ${code}`);
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => page.locator('.add-status').textContent()).toContain('not kept after a reload');
    await page.evaluate(() => localStorage.clear());
  });
});
