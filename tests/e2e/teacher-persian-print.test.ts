import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fa } from '../../src/teacher/i18n/fa';
import { codeOfRecord } from './support/records';
import { nodeScenarios, SCREENSHOTS, studentGame, useTeacherPage } from './teacher-support';

// The projector and both printouts (the class report and the discussion sheets) in Persian: right to left, the
// scenario's own Persian words and questions, and no English interface word. The PDFs' first pages are kept to look at.

const main = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const NAMES = ['سارا', 'علی', 'Student C'];
const codes = NAMES.map((name) => codeOfRecord(studentGame(main, 'chap12', 'standard', name), main));
/** Latin words a Persian page may show: the seed and a student's name typed in Latin letters, and key names. */
const latinWords = (text: string) => (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !['Student', 'chap', 'Vazirmatn', 'Enter'].includes(w));

const tp = useTeacherPage();

async function keepPdf(name: string): Promise<Buffer> {
  const pdf = await tp.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const dir = join(SCREENSHOTS, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  return pdf;
}

describe('the teacher page in Persian, projected and printed', () => {
  it('projects a class game right to left in Persian', async () => {
    await tp.page.setViewportSize({ width: 1280, height: 720 });
    await tp.page.goto(`${tp.served.url}teacher.html?lang=fa#projector?scenario=${main.id}&seed=chap12&difficulty=standard&previews=1`);
    await expect.poll(() => tp.page.locator('main').innerText()).toMatch(/[\u0600-\u06FF]{3,}/);
    expect(await tp.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    // The scenario chooser also lists the test build's English-only fixture scenarios: the rest must be Persian.
    const text = await tp.page.locator('main').evaluate((m) => {
      const copy = m.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('select').forEach((x) => x.remove());
      document.body.append(copy);
      const words = copy.innerText;
      copy.remove();
      return words;
    });
    expect(text).toContain('تنگنای بدگمانی');
    expect(latinWords(text)).toEqual([]);
    await tp.page.screenshot({ path: join(SCREENSHOTS, 'fa-projector-setup-1280x720.png') });
    await tp.page.getByRole('button', { name: fa.projector.start }).click();
    await expect.poll(() => tp.page.locator('.tally-input:not([disabled])').count()).toBeGreaterThan(1);
    const turn = await tp.page.locator('main').innerText();
    expect(turn).toContain('جنگ اوکراین');
    expect(latinWords(turn)).toEqual([]);
    // The counts are in Persian digits, and read whichever digits are typed.
    const first = tp.page.locator('.tally-input:not([disabled])').first();
    expect(await first.inputValue()).toBe('۰');
    await first.press('ArrowUp');
    await first.press('+');
    expect(await first.inputValue()).toBe('۲');
    await first.fill('12');
    await first.blur();
    expect(await first.inputValue()).toBe('۱۲');
    await expect.poll(() => tp.page.locator('.tally-total').innerText()).toContain('۱۲');
    await tp.page.screenshot({ path: join(SCREENSHOTS, 'fa-projector-turn-1280x720.png') });
  }, 60_000);

  it('prints the class report and one discussion sheet per student in Persian', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html?lang=fa#report`);
    await tp.page.getByLabel(fa.report.pasteLabel).fill(codes.map((c, i) => `${NAMES[i]}: ${c}`).join('\n'));
    await tp.page.getByRole('button', { name: fa.report.addCodes }).click();
    await expect.poll(() => tp.page.getByTestId('count-verified').textContent()).toBe('۳');
    await tp.page.emulateMedia({ media: 'print' });
    const report = await tp.page.locator('main').innerText();
    expect(report).toContain('تنگنای بدگمانی');
    expect(latinWords(report)).toEqual([]);
    await keepPdf('fa-class-report-print');

    await tp.page.emulateMedia({ media: 'screen' });
    await tp.page.getByTestId('to-sheets').click();
    await expect.poll(() => tp.page.getByTestId('sheet').count()).toBe(NAMES.length + 1);
    const first = tp.page.getByTestId('sheet').first();
    expect(await first.locator('.name-line').textContent()).toBe(NAMES[0]);
    // The debrief questions come from the Persian teacher notes.
    expect(await first.locator('.sheet-questions li').first().textContent()).toMatch(/^[\u0600-\u06FF«]/);
    await tp.page.emulateMedia({ media: 'print' });
    expect(latinWords(await tp.page.locator('main').innerText())).toEqual([]);
    await keepPdf('fa-discussion-sheets');
  }, 90_000);
});
