import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOfRecord } from './support/records';
import { nodeScenarios, SCREENSHOTS, studentGame, useTeacherPage } from './teacher-support';

// Projector mode from the back row: at 1920×1080 no text under 28 px and the meters always on screen, full screen
// shows only the projector, typed counts survive a reload, and the debrief keeps the projector's theme. Also the
// class report's own projector view. Looked at in screenshots at 1920×1080 and 1280×720.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind')!;

const tp = useTeacherPage();
const shot = (name: string) => tp.page.screenshot({ path: join(SCREENSHOTS, `teacher-${name}.png`) });

/** Visible texts in the stage smaller than `min` px, as "size: text". */
function smallTexts(min: number): Promise<string[]> {
  return tp.page.$$eval('.stage *', (els, min) => els.flatMap((el) => {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
    if (!own || el.closest('.offscreen, svg') || !(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) return [];
    const size = parseFloat(getComputedStyle(el).fontSize);
    return size < min ? [`${size.toFixed(1)}px: ${own.slice(0, 40)}`] : [];
  }), min);
}

const stripOnScreen = () => tp.page.getByTestId('meter-strip').evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
});

async function atBottom(): Promise<void> {
  await tp.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

describe('projector mode at 1920×1080', () => {
  it('has no text under 28 px, keeps the meters on screen and typed counts across a reload', async () => {
    await tp.page.setViewportSize({ width: 1920, height: 1080 });
    await tp.page.goto(`${tp.served.url}teacher.html#projector?scenario=${main.id}&seed=backrow&difficulty=standard&previews=1`);
    await tp.page.getByRole('button', { name: 'Start the class game' }).click();
    await expect.poll(() => tp.page.locator('.tally-input:not([disabled])').count()).toBeGreaterThan(1);
    expect(await smallTexts(28)).toEqual([]);
    expect(await stripOnScreen()).toBe(true);
    await atBottom();
    expect(await stripOnScreen()).toBe(true);
    await shot('projector-1920-bottom');
    await tp.page.evaluate(() => window.scrollTo(0, 0));
    await shot('projector-1920');

    const inputs = tp.page.locator('.tally-input:not([disabled])');
    await inputs.nth(0).fill('4');
    await inputs.nth(1).fill('2');
    await tp.page.reload();
    await tp.page.getByRole('button', { name: 'Carry on with it' }).click();
    await expect.poll(() => tp.page.locator('.tally-input:not([disabled])').nth(0).inputValue()).toBe('4');
    expect(await tp.page.locator('.tally-input:not([disabled])').nth(1).inputValue()).toBe('2');

    await tp.page.keyboard.press('Enter');
    await expect.poll(() => tp.page.locator('.stage-decided').count()).toBe(1);
    expect(await smallTexts(28)).toEqual([]);
    await atBottom();
    expect(await stripOnScreen()).toBe(true);
    await shot('projector-1920-result');

    await tp.page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => tp.page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('stage');
    await tp.page.evaluate(() => document.exitFullscreen());

    for (let turn = 0; turn < 40; turn++) {
      await tp.page.getByRole('button', { name: /^(On to .*|See the ending →)$/ }).click();
      if (await tp.page.getByTestId('projector-code').count()) break;
      await tp.page.locator('.tally-input:not([disabled])').first().fill('3');
      await tp.page.keyboard.press('Enter');
    }
    expect(await smallTexts(28)).toEqual([]);
    await shot('projector-1920-end');
    await tp.page.getByRole('button', { name: 'Open the debrief' }).click();
    await expect.poll(() => tp.page.locator('.section-viewer.stage').count()).toBe(1);
    expect(tp.page.url()).toContain('theme=projector');
    await shot('projector-1920-debrief');
    expect(tp.errors).toEqual([]);
  }, 120_000);

  it('at 1280×720 keeps the meters on screen too', async () => {
    await tp.page.setViewportSize({ width: 1280, height: 720 });
    await tp.page.goto(`${tp.served.url}teacher.html#projector?scenario=${main.id}&seed=small720&difficulty=standard&previews=1`);
    await tp.page.getByRole('button', { name: 'Start the class game' }).click();
    await expect.poll(() => tp.page.locator('.tally-input:not([disabled])').count()).toBeGreaterThan(1);
    expect(await stripOnScreen()).toBe(true);
    await atBottom();
    expect(await stripOnScreen()).toBe(true);
    await shot('projector-1280');
  });
});

describe('the class report on the projector', () => {
  it('shows one question at a time in large type, paged by the keyboard', async () => {
    await tp.page.setViewportSize({ width: 1920, height: 1080 });
    const codes = ['Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Farid'].map((n) => `${n}: ${codeOfRecord(studentGame(main, 'room7', 'standard', n), main)}`);
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByLabel('Replay codes, one per line').fill(codes.join('\n'));
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await tp.page.getByTestId('to-report-projector').click();
    await expect.poll(() => tp.page.locator('.pj-question').textContent()).toBe('How did our games end?');
    expect(await smallTexts(28)).toEqual([]);
    await shot('report-projector-endings');
    await tp.page.keyboard.press('ArrowRight');
    expect(await tp.page.locator('.pj-question').textContent()).toBe('Where did we split most?');
    expect(await smallTexts(28)).toEqual([]);
    await shot('report-projector-split');
    await tp.page.keyboard.press('End');
    expect(await tp.page.locator('.pj-question').textContent()).toMatch(/^Where did we differ most from Tehran/);
    await tp.page.keyboard.press('Home');
    expect(await tp.page.locator('.pj-counter').textContent()).toBe('Question 1 of 7');
    expect(tp.errors).toEqual([]);
  });
});
