import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, studentReplay } from '../app/class-fixtures.js';

// class-report over what a real class hands in: replay files, an e-mail pasted into a text file, a Classroom zip,
// a wrong seed, a Story-difficulty game, a copy, broken files and a folder named like a replay file.

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
const CLASS = '2022-1n-lesson4';

const ana = studentReplay({ student: 'Ana', seed: 'lesson4', strategy: 'balanced', classCode: CLASS });
const ben = studentReplay({ student: 'Ben', seed: 'lesson4', strategy: 'west', classCode: CLASS });
const chloe = studentReplay({ student: 'Chloé', seed: 'lesson4', strategy: 'russia', classCode: CLASS });
const formula = studentReplay({ student: '=HYPERLINK("http://x.test","marks")', seed: 'lesson4', strategy: 'hardline' });
const cy = studentReplay({ student: 'Cy', seed: 'lesson5', strategy: 'balanced' });
const eve = studentReplay({ student: 'Eve', seed: 'lesson4', difficulty: 'story', previews: true, strategy: 'balanced' });
const wrap = (text: string) => text.match(/.{1,76}/g)!.join('\n');

const dir = mkdtempSync(join(tmpdir(), 'sb-class-'));
beforeAll(() => {
  writeFileSync(join(dir, 'Ana-2022-suspicious-bind-lesson4.json'), JSON.stringify(ana));
  writeFileSync(join(dir, 'mail.txt'), `From: Ben <ben@school.org>\n\nHello, my code is below.\n\n${wrap(`Ben: ${codeOf(ben)}.`)}\n\nBen`);
  writeFileSync(join(dir, 'classroom.zip'), zipSync({ 'Chloé Martin/Chloé-2022-suspicious-bind-lesson4.json': strToU8(JSON.stringify(chloe)), 'empty/': new Uint8Array(0) }));
  writeFileSync(join(dir, 'replay.json'), JSON.stringify(formula));
  writeFileSync(join(dir, 'Cy.json'), JSON.stringify(cy));
  writeFileSync(join(dir, 'Eve.json'), JSON.stringify(eve));
  writeFileSync(join(dir, 'copy.txt'), `Dev: ${codeOf(ana)}\n`);
  writeFileSync(join(dir, 'notes.txt'), 'my answer is 42\nand 43\n');
  writeFileSync(join(dir, 'zz-edited.json'), JSON.stringify({ ...ana, decisions: [...ana.decisions].reverse() }));
  mkdirSync(join(dir, 'sub.json'));
  writeFileSync(join(dir, 'sub.json', 'Ana-again.txt'), `Ana: ${codeOf(ana)}`);
});

describe('class-report --class', () => {
  it('counts only the class, shows other classes with the setting that differs, flags the copy and lists the refused', () => {
    const r = cli(['class-report', dir, '--class', CLASS, '--json']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const rows = report.students.map((s: { name: string; group: string; detail: string }) => [s.name, s.group, s.detail]);
    expect(rows).toEqual([
      ['Ana', 'class', ''],
      ['Chloé', 'class', ''],
      ['Dev', 'copy', 'Ana'],
      ['Cy', 'other-class', 'seed lesson5, not lesson4'],
      ['Eve', 'other-class', 'difficulty story, not standard; previews on, not off'],
      ['Ben', 'class', ''],
      ['notes.txt', 'refused', 'No replay code in it (codes start with "SB2."); 2 lines read.'],
      ['=HYPERLINK("http://x.test","marks")', 'class', ''],
      ['Ana', 'duplicate', 'Ana'],
      ['zz-edited', 'refused', expect.stringContaining('This replay was altered')],
    ]);
    expect(report.counted).toBe(4);
    expect(report.endings.reduce((a: number, e: { count: number }) => a + e.count, 0)).toBe(4);
    expect(r.stderr).toBe('From 10 files: 9 replays read (8 with a name), 1 item not readable as a replay; 3 lines without a code left out.\n');
  });

  it('gives the same report, in the same order, when the files are verified on worker threads', () => {
    const one = cli(['class-report', dir, '--class', CLASS, '--json', '--jobs', '1']);
    const three = cli(['class-report', dir, '--class', CLASS, '--json', '--jobs', '3']);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(JSON.parse(three.stdout).students.map((s: { index: number }) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  }, 90_000); // two runs of the CLI, one starting three worker threads

  it('prints the class line, the groups and the endings with names and months', () => {
    const r = cli(['class-report', dir, '--class', `http://127.0.0.1/index.html?scenario=2022-suspicious-bind&seed=lesson4&difficulty=standard&previews=0`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Class: ');
    expect(r.stdout).toContain('seed lesson4');
    expect(r.stdout).toContain('10 handed in: 4 in this class, 2 from other classes, 1 handed in twice (counted once), 1 possible copy, 2 refused.');
    expect(r.stdout).toMatch(/Ana \(20\d\d-\d\d\)/);
    expect(r.stdout).toContain('Cy: seed lesson5, not lesson4');
  });

  it('writes the gradebook with a byte order mark and no cell a spreadsheet would run as a formula', () => {
    const csv = cli(['class-report', dir, '--class', CLASS, '--csv']).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('student,class_check,check_detail,counted,verdict,ending,ending_month,turns,decisions,seed,difficulty,handed_in_as,name_in_game,scenario');
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http/);
    for (const l of lines) expect(l).not.toMatch(/(^|,)[=+@-]/);
  });

  it('refuses a class it cannot read with one line and exit 2', () => {
    const r = cli(['class-report', dir, '--class', 'lesson4']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('suspicious-bind: --class: "lesson4" is not a class code; a class code looks like 2022-1p-k7qxm2pa.\n');
  });
});
