import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOfRecord } from './support/records';
import { nodeScenarios, SCREENSHOTS, studentGame, useTeacherPage } from './teacher-support';

// The printed class report is a document: a title, the class, the date, charts and cards, no page instructions,
// at most four A4 pages for a class of 35. Printed to PDF by Chromium and rendered to PNGs (pdftoppm) to look at.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind')!;
const NAMES = Array.from({ length: 35 }, (_, i) => `Student ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);
/** 35 students on one class seed, each playing their own game. */
const codes = NAMES.map((name) => codeOfRecord(studentGame(main, 'print35', 'standard', name), main));

const tp = useTeacherPage();

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Writes the PDF and one PNG per page under test-results/screenshots/<name>/. */
function renderPages(pdf: Buffer, name: string): void {
  const dir = join(SCREENSHOTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, `${name}.pdf`), join(dir, 'page')]);
  } catch {
    /* poppler-utils missing: the PDF is still there to open */
  }
}

describe('the printed class report', () => {
  it('has a title, the class and the date, no instructions, and fits four A4 pages for 35 students', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByLabel('Replay codes, one per line').fill(codes.map((c, i) => `${NAMES[i]}: ${c}`).join('\n'));
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => tp.page.getByTestId('count-submitted').textContent()).toBe('35');
    expect(await tp.page.getByTestId('count-verified').textContent()).toBe('35');
    await tp.page.emulateMedia({ media: 'print' });
    const visible = await tp.page.locator('main').innerText();
    expect(visible).toContain('Class report \u2014 Suspicious Bind');
    expect(visible).toMatch(/seed print35/);
    expect(visible).toMatch(/Printed \w+ \d+, 20\d\d\./);
    expect(visible).not.toContain('Paste anything');
    expect(visible).not.toContain('Add replays');
    expect(visible).not.toContain('Download');
    const pdf = await tp.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    renderPages(pdf, 'class-report-print');
    expect(pageCount(pdf)).toBeLessThanOrEqual(4);
  }, 60_000);

  it('prints one discussion sheet per student: name, ending, three key decisions beside Tehran, the debrief questions', async () => {
    await tp.page.emulateMedia({ media: 'screen' });
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByTestId('to-sheets').click();
    await expect.poll(() => tp.page.getByTestId('sheet').count()).toBe(36);
    const first = tp.page.getByTestId('sheet').first();
    expect(await first.locator('.name-line').textContent()).toBe(NAMES[0]);
    expect(await first.locator('.sheet-decisions tbody tr').count()).toBe(3);
    expect(await first.locator('.sheet-questions li').count()).toBe(10);
    expect(await first.locator('.sheet-questions li').first().textContent()).toMatch(/^The article says Putin's visit/);
    expect(await tp.page.getByTestId('sheet').last().locator('.name-line').textContent()).toBe('');
    await tp.page.emulateMedia({ media: 'print' });
    const pdf = await tp.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    renderPages(pdf, 'discussion-sheets');
    expect(pageCount(pdf)).toBe(36);
  }, 60_000);
});
