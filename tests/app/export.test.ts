import { describe, expect, it } from 'vitest';
import { classReport } from '../../src/analysis/index.js';
import { CSV_BOM, csvFile, csvLine, gameCsv, gradebookCsv } from '../../src/app/index.js';
import { compileScenario, verifyReplay } from '../../src/engine/index.js';
import { findShipped, main, studentReplay } from './class-fixtures.js';

// Safe exports: a cell a spreadsheet would run as a formula (OWASP: a leading =, +, -, @, tab or CR) is neutralised
// with a leading ', numbers stay numbers, and every file starts with a UTF-8 byte order mark.

describe('CSV cells', () => {
  it('neutralises every formula-like text and leaves numbers alone', () => {
    expect(csvLine(['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'Ana', -5, 3.5])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'+1,'-1,'@SUM(A1),'\tx,"'\rx",Ana,-5,3.5`,
    );
    expect(csvFile([['a', 'é — b']])).toBe(`${CSV_BOM}a,é — b\r\n`);
  });

  it('writes the game CSV and the gradebook with a byte order mark, names as plain text', () => {
    const cs = compileScenario(main);
    const replay = studentReplay({ seed: 'csv1', student: '@Eve', strategy: 'west' });
    const v = verifyReplay(replay, findShipped);
    if (!v.ok) throw new Error(v.message);
    expect(gameCsv(cs, v.game).startsWith(CSV_BOM + 'turn,month,')).toBe(true);
    const report = classReport([{ name: 'replay.json', nameFrom: 'label', replay }], main, findShipped);
    const rows = gradebookCsv(cs, report).slice(1).trim().split('\r\n');
    expect(rows[1]!.startsWith("'@Eve,in this class,,yes,verified,")).toBe(true);
  });
});
