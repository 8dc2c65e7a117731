import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type GameRecord } from '../../src/engine';
import { codeOfRecord, recordFor } from './support/records';
import { playThroughMachine, type StrategyName } from '../../src/analysis';
import { downloadText, nodeScenarios, SCREENSHOTS, useTeacherPage } from './teacher-support';

// The "done when", as a new teacher would do it: set up a class; Ana hands in by e-mail (her code wrapped
// at 76 characters, a full stop after it), Ben as a .zip dropped on the page's footer, Cy played the wrong seed and
// Dev hands in Ana's code as his. The report counts two, shows Cy's game apart with the reason and flags Dev's.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind')!;

const tp = useTeacherPage();
const shot = (name: string) => tp.page.screenshot({ path: join(SCREENSHOTS, `teacher-${name}.png`), fullPage: true });

function played(student: string, seed: string, strategy: StrategyName, classCode: string): GameRecord {
  return recordFor(playThroughMachine(main, seed, 'standard', strategy), { previews: false, student, class: classCode });
}

/** Drops files on an element the way a browser does (a DataTransfer with File objects). */
async function dropOn(selector: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  await tp.page.evaluate(({ selector, files }) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const el = document.querySelector(selector)!;
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { selector, files: files.map((f) => ({ name: f.name, bytes: [...f.bytes] })) });
}

describe('a class hands in', () => {
  it('counts the two class games, shows the wrong seed apart with why, and flags the copy', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#setup`);
    await tp.page.getByRole('radio', { name: new RegExp(`^${main.title}`) }).check();
    await tp.page.getByLabel('Seed', { exact: true }).fill('lesson4');
    const code = (await tp.page.getByTestId('class-code').textContent())!;
    expect(code).toBe('2022-1n-lesson4');
    expect(await tp.page.getByTestId('class-line').textContent()).toContain('seed lesson4');

    const ana = played('Ana', 'lesson4', 'balanced', code);
    const ben = played('Ben', 'lesson4', 'west', code);
    const cy = played('Cy', 'lesson5', 'balanced', '2022-1n-lesson5');
    const anaCode = codeOfRecord(ana, main);
    const wrapped = `Ana: ${anaCode}.`.match(/.{1,76}/g)!.join('\n');
    const mail = `From: Ana Silva <ana@school.org>\nSubject: my game\n\n> Hello Miss, here it is:\n${wrapped}\n\nThanks!`;

    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    expect(await tp.page.locator('.report-out').textContent()).toContain('No replays yet');
    await tp.page.getByLabel('Replay codes, one per line').fill('Dear Miss,\nI could not finish the game.\nSorry');
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => tp.page.getByTestId('add-status').textContent()).toBe('From the paste: no replay code or replay file found in 3 lines; nothing added.');
    expect(await tp.page.locator('.report-out').textContent()).toContain('No replays yet');
    await tp.page.getByLabel('Replay codes, one per line').fill(mail);
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => tp.page.getByTestId('add-status').textContent()).toBe(
      'From the paste: 1 replay read (with a name); 4 lines without a code left out. Of these: 1 in this class.',
    );
    expect(await tp.page.getByTestId('class-line').textContent()).toContain('seed lesson4');

    const zip = zipSync({ 'Ben Okafor/Ben-2022-suspicious-bind-lesson4.json': strToU8(JSON.stringify(ben)), 'Ben Okafor/notes.pdf': strToU8('%PDF-1.4') });
    await dropOn('.site-footer', [{ name: 'Ben Okafor - handed in.zip', bytes: zip }]);
    await expect.poll(() => tp.page.getByTestId('add-status').textContent()).toBe('From 1 file: 1 replay read (with a name); 1 other file in a zip left out. Of these: 1 in this class.');
    expect(tp.page.url()).toContain('teacher.html#report');

    await tp.page.locator('.file-input').setInputFiles([{ name: 'Cy-2022-suspicious-bind-lesson5.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cy)) }]);
    await expect.poll(() => tp.page.getByTestId('add-status').textContent()).toContain('Of these: 1 from another class.');
    await tp.page.getByLabel('Replay codes, one per line').fill(`Dev: ${anaCode}`);
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => tp.page.getByTestId('add-status').textContent()).toContain('Of these: 1 possible copy.');

    expect(await tp.page.getByTestId('count-submitted').textContent()).toBe('4');
    expect(await tp.page.getByTestId('count-verified').textContent()).toBe('2');
    expect(await tp.page.getByTestId('other-class-table').locator('tbody tr').allTextContents()).toEqual(['Cyseed lesson5, not lesson4']);
    expect(await tp.page.getByTestId('copies-table').locator('tbody tr').allTextContents()).toEqual(['Dev (the game says Ana)Ana']);
    expect(await tp.page.locator('.ending-names').textContent()).toMatch(/Ana \(\w+ 20\d\d\)/);
    await shot('report-integrity');
    for (const [width, height] of [[1024, 600], [1920, 1080]] as const) {
      await tp.page.setViewportSize({ width, height });
      await tp.page.locator('.class-bar').scrollIntoViewIfNeeded();
      await tp.page.screenshot({ path: join(SCREENSHOTS, `teacher-report-integrity-${width}.png`) });
    }
    await tp.page.setViewportSize({ width: 1280, height: 720 });

    await tp.page.getByTestId('include-copies').click();
    await expect.poll(() => tp.page.getByTestId('count-verified').textContent()).toBe('3');
    await tp.page.reload();
    await expect.poll(() => tp.page.getByTestId('count-verified').textContent()).toBe('3');
    await tp.page.getByTestId('include-copies').click();
    await expect.poll(() => tp.page.getByTestId('count-verified').textContent()).toBe('2');

    const csv = await downloadText(tp.page, () => tp.page.getByTestId('export-students').click());
    expect(csv.name).toBe('class-report-2022-suspicious-bind-lesson4-students.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = csv.text.slice(1).trim().split('\r\n').map((l) => /^(?:(?:"[^"]*"|[^,]*),){3}(?:"[^"]*"|[^,]*)/.exec(l)![0]);
    expect(rows).toEqual([
      'student,class_check,check_detail,counted',
      'Ana,in this class,,yes',
      'Ben,in this class,,yes',
      'Cy,another class,"seed lesson5, not lesson4",no',
      'Dev,possible copy,same game as Ana,no',
    ]);

    await tp.page.locator('.students tbody tr', { hasText: 'Ben' }).getByTestId('open-student').click();
    await expect.poll(() => tp.page.getByTestId('student').textContent()).toBe('Ben');
    await tp.page.getByRole('link', { name: 'Debrief and export' }).click();
    expect(await tp.page.getByTestId('handout-student').textContent()).toBe('Student: Ben');
    const file = await downloadText(tp.page, () => tp.page.getByTestId('download-json').click());
    expect(file.name).toBe('Ben-2022-suspicious-bind-lesson4.json');
    expect(tp.errors).toEqual([]);
  }, 120_000);

  it('opens a student’s game from a dropped zip in the viewer, naming the student', async () => {
    const eve = played('Eve', 'lesson4', 'russia', '2022-1n-lesson4');
    const zip = zipSync({ 'Eve Adams/Eve-2022-suspicious-bind-lesson4.json': strToU8(JSON.stringify(eve)) });
    await tp.page.goto(`${tp.served.url}teacher.html#viewer`);
    await dropOn('.site-header', [{ name: 'Eve Adams.zip', bytes: zip }]);
    await expect.poll(() => tp.page.getByTestId('student').count()).toBe(1);
    expect(await tp.page.getByTestId('student').textContent()).toBe('Eve');
    expect(tp.page.url()).toContain('teacher.html#viewer');
    expect(tp.errors).toEqual([]);
  });

  it('asks before removing every replay, and the undo survives a reload', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    const removeAll = tp.page.getByRole('button', { name: 'Remove all replays' });
    await removeAll.click();
    // A modal dialog: Escape answers "no", keeps every replay and gives focus back to the button.
    expect(await tp.page.locator('dialog.confirm:modal').count()).toBe(1);
    await tp.page.keyboard.press('Escape');
    expect(await tp.page.locator('dialog.confirm:modal').count()).toBe(0);
    expect(await removeAll.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await tp.page.getByTestId('count-submitted').textContent()).toBe('4');
    await removeAll.click();
    await tp.page.getByTestId('confirm-clear').click();
    await expect.poll(() => tp.page.locator('.report-out').textContent()).toContain('No replays yet');
    await tp.page.reload();
    await tp.page.getByTestId('undo-clear').click();
    await expect.poll(() => tp.page.getByTestId('count-submitted').textContent()).toBe('4');
    expect(await tp.page.getByTestId('count-verified').textContent()).toBe('2');
    expect(tp.errors).toEqual([]);
  });

  it('keeps the class seed the setup first showed, across a reload, until a new class is started', async () => {
    const fresh = await tp.browser.context.newPage();
    await fresh.goto(`${tp.served.url}teacher.html#setup`);
    await fresh.evaluate(() => window.localStorage.clear());
    await fresh.reload();
    const offered = await fresh.getByLabel('Seed', { exact: true }).inputValue();
    const link = await fresh.getByTestId('class-link').inputValue();
    await fresh.reload();
    expect(await fresh.getByLabel('Seed', { exact: true }).inputValue()).toBe(offered);
    expect(await fresh.getByTestId('class-link').inputValue()).toBe(link);
    // Games from another class than the one set up here: the report says so plainly and takes theirs in one click.
    const theirs = ['Gus', 'Hana'].map((n) => `${n}: ${codeOfRecord(played(n, 'other9', n === 'Gus' ? 'west' : 'russia', '2022-1n-other9'), main)}`);
    await fresh.goto(`${tp.served.url}teacher.html#report`);
    await fresh.getByLabel('Replay codes, one per line').fill(theirs.join('\n'));
    await fresh.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => fresh.getByTestId('count-verified').textContent()).toBe('0');
    expect(await fresh.locator('.class-bar .notice').textContent()).toContain('None of these games was played in this class. Most of them share these settings: Suspicious Bind (v2) · seed other9');
    await fresh.getByTestId('use-inferred').click();
    await expect.poll(() => fresh.getByTestId('count-verified').textContent()).toBe('2');
    expect(await fresh.getByTestId('class-line').textContent()).toContain('seed other9');
    await fresh.goto(`${tp.served.url}teacher.html#setup`);
    await fresh.getByTestId('new-class').click();
    const seed = await fresh.getByLabel('Seed', { exact: true }).inputValue();
    expect(seed).not.toBe(offered);
    await fresh.reload();
    expect(await fresh.getByLabel('Seed', { exact: true }).inputValue()).toBe(seed);
    await fresh.close();
  });
});
