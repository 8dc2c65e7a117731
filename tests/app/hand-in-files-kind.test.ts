import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { binaryKind, handInSummary, readHandInFile, tallyHandIns } from '../../src/app/index.js';
import { en } from '../../src/teacher/i18n/en';
import { fa } from '../../src/teacher/i18n/fa';

// What a teacher hands the report besides replays: a photo of the screen, a PDF, a folder with other files in it.
// Each is named for what it is, with the right limit, in the page's two languages and the CLI's English.

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 10 : 65 + (i % 26)))]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PDF = strToU8('%PDF-1.7\n1 0 obj\n');
const BINARY = new Uint8Array([65, 66, 0, 67, 10, 10]);

describe('files that are not text', () => {
  it('are told apart by their first bytes, and text is not', () => {
    expect([PNG, JPEG, PDF, BINARY, zipSync({ 'a.txt': strToU8('x') })].map(binaryKind)).toEqual(['png', 'jpeg', 'pdf', 'binary', 'zip']);
    expect(binaryKind(strToU8('{"scenario":{}}'))).toBeNull();
    expect(binaryKind(strToU8('Ana: SB2.abc\nBen: SB2.def\n'))).toBeNull();
  });

  it('are refused as an image or another non-text file, not as text with no code in its lines', () => {
    const photo = readHandInFile('photo.png', PNG).items[0]!;
    expect(photo.refusal?.message).toMatch(/^This is an image \(PNG\), not a replay file/);
    expect(photo.refusal?.message).not.toContain('lines read');
    expect(readHandInFile('scan.pdf', PDF).items[0]!.refusal?.message).toMatch(/^This is a PDF document, not a replay file/);
    expect(readHandInFile('data.bin', BINARY).items[0]!.refusal?.message).toMatch(/^This is not a text file, so not a replay file/);
    const inZip = readHandInFile('class.zip', zipSync({ 'Ana.json': PNG })).items[0]!;
    expect(inZip.source).toBe('class.zip \u203A Ana.json');
    expect(inZip.refusal?.message).toMatch(/^This is an image \(PNG\)/);
  });

});

describe('files left out of a hand-in', () => {
  const one = { items: [], skipped: 0 };
  it('are "other files" when they were in a folder, and "in a zip" only when they were in one', () => {
    const folder = tallyHandIns([{ ...one, otherFiles: 1 }]);
    const zip = tallyHandIns([{ ...one, otherEntries: 2 }]);
    const both = tallyHandIns([{ ...one, otherFiles: 1 }, { ...one, otherEntries: 2 }]);
    const withOne = (t: ReturnType<typeof tallyHandIns>) => ({ ...t, items: 1, named: 1 });
    expect(handInSummary(withOne(folder), 'From 2 files')).toBe('From 2 files: 1 replay read (with a name); 1 other file left out.');
    expect(handInSummary(withOne(zip), 'From 1 file')).toBe('From 1 file: 1 replay read (with a name); 2 other files in a zip left out.');
    expect(handInSummary(withOne(both), 'From 3 files')).toBe('From 3 files: 1 replay read (with a name); 1 other file and 2 other files in a zip left out.');
    expect(fa.handInSummary(withOne(folder), 'از ۲ فایل')).toContain('۱ فایل دیگر کنار');
    expect(fa.handInSummary(withOne(folder), 'از ۲ فایل')).not.toContain('زیپ');
    expect(fa.handInSummary(withOne(zip), 'از ۱ فایل')).toContain('۲ فایل دیگر در فایل زیپ');
  });
});

describe('the Persian report', () => {
  it('gives the month column its own heading, apart from the ending\u2019s', () => {
    expect(fa.classReport.colMonth).toBe('ماه پایان');
    expect(fa.classReport.colMonth).not.toBe(fa.report.colEnding);
    expect(en.classReport.colMonth).not.toBe(en.report.colEnding);
  });

  it('says of other-scenario games that they cannot be compared, and how to open them, in both languages', () => {
    expect(en.classReport.otherScenarioHelp(2, 'Suspicious Bind')).toBe(
      '2 of these are games of another scenario, not Suspicious Bind: other cards, months and endings, so they cannot be compared with this class\u2019s games. Open them one by one from the list of every student below.',
    );
    expect(fa.classReport.otherScenarioHelp(2, 'پیوند مشکوک')).toContain('مقایسه نمی‌شوند');
    expect(fa.classReport.otherScenarioHelp(1, 'پیوند مشکوک')).toContain('مقایسه نمی‌شود');
    expect(fa.classReport.otherScenarioHelp(2, 'پیوند مشکوک')).toContain('۲');
  });
});
