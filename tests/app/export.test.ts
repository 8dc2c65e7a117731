import { describe, expect, it } from 'vitest';
import { classReport } from '../../src/analysis/index.js';
import { CSV_BOM, csvFile, csvLine, gameCsv, gradebookCsv } from '../../src/app/index.js';
import { compileScenario } from '../../src/engine/index.js';
import { verifyValue } from '../e2e/support/records.js';
import { findShipped, main, studentReplay } from './class-fixtures.js';

// Safe exports: a cell a spreadsheet would run as a formula (OWASP: a leading =, +, -, @, tab or CR) is neutralised
// with a leading ', numbers stay numbers, and every file starts with a UTF-8 byte order mark.

/** Reads one CSV line back into cells (quoted cells may hold commas, quotes and line breaks). */
function readCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else cell += c;
  }
  return [...cells, cell];
}

describe('CSV cells', () => {
  it('never start a cell with a formula character, and read back to the text with at most a leading quote', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', 'é', ' ', '1') }), { minLength: 1, maxLength: 6 }), (texts) => {
      const back = readCsvLine(csvLine(texts));
      return back.length === texts.length && back.every((cell, i) => !/^[=+\-@\t\r]/.test(cell) && (cell === texts[i] || cell === `'${texts[i]}`));
    }), { numRuns: 500 });
  });

  it('neutralises every formula-like text and leaves numbers alone', () => {
    expect(csvLine(['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'Ana', -5, 3.5])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'+1,'-1,'@SUM(A1),'\tx,"'\rx",Ana,-5,3.5`,
    );
    expect(csvFile([['a', 'é — b']])).toBe(`${CSV_BOM}a,é — b\r\n`);
  });

  it('writes the game CSV and the gradebook with a byte order mark, names as plain text', () => {
    const cs = compileScenario(main);
    const replay = studentReplay({ seed: 'csv1', student: '@Eve', strategy: 'west' });
    const v = verifyValue(replay, findShipped);
    if (!v.ok) throw new Error(v.message);
    expect(gameCsv(cs, v.game).startsWith(CSV_BOM + 'turn,month,')).toBe(true);
    const report = classReport([{ name: 'replay.json', nameFrom: 'label', replay }], main, findShipped);
    const rows = gradebookCsv(report).slice(1).trim().split('\r\n');
    expect(rows[1]!.startsWith("'@Eve,in this class,,yes,verified,")).toBe(true);
  });
});
