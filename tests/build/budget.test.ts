import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET_KB, budgetLines, firstTurnFiles } from '../../src/build/budget';

// The game page's budget: for every language and level, the scripts index.html loads, that language's words file
// and the variant's largest scenario file, gzipped; the worst of them against the budget.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const KB = 1024;
const H = '0123456789';

/** A built site: random bytes barely compress, so a file of n random bytes weighs about n gzipped. */
function site(files: Record<string, Buffer | string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'sb-budget-'));
  dirs.push(dist);
  for (const d of ['assets', 'scenarios', 'i18n']) mkdirSync(join(dist, d));
  writeFileSync(join(dist, 'index.html'), '<html><head><script defer src="./assets/main-x.js"></script></head></html>');
  writeFileSync(join(dist, 'assets/teacher-x.js'), randomBytes(400 * KB));
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dist, file), bytes);
  return dist;
}

const standard = (main: number) =>
  site({
    'assets/main-x.js': randomBytes(main * KB),
    [`i18n/fa-${H}.js`]: randomBytes(8 * KB),
    [`scenarios/2015-deal-and-syria-${H}.js`]: randomBytes(20 * KB),
    [`scenarios/2015-deal-and-syria.en-basic-${H}.js`]: randomBytes(15 * KB),
    [`scenarios/2015-deal-and-syria.fa-${H}.js`]: randomBytes(30 * KB),
    [`scenarios/2022-suspicious-bind-${H}.js`]: randomBytes(25 * KB),
    [`scenarios/2022-suspicious-bind.en-basic-${H}.js`]: randomBytes(10 * KB),
    [`scenarios/2022-suspicious-bind.fa-${H}.js`]: 'x'.repeat(60 * KB),
  });

const names = (files: { file: string }[]) => files.map((f) => f.file);

describe('the first-turn budget', () => {
  it('counts, for each language and level, the page\'s scripts, the language\'s words and its largest scenario file', () => {
    const b = firstTurnFiles(standard(150));
    expect(names(b.page)).toEqual(['assets/main-x.js']);
    expect(b.turns.map((t) => `${t.variant.lang} ${t.variant.level}`)).toEqual(['en advanced', 'en basic', 'fa advanced', 'fa basic']);
    const [enAdvanced, enBasic, faAdvanced, faBasic] = b.turns;
    expect(names(enAdvanced!.files)).toEqual([`scenarios/2022-suspicious-bind-${H}.js`]);
    expect(names(enBasic!.files)).toEqual([`scenarios/2015-deal-and-syria.en-basic-${H}.js`]);
    // The 2022 Persian file is larger raw but compresses to almost nothing: the largest is the largest gzipped.
    expect(names(faAdvanced!.files)).toEqual([`i18n/fa-${H}.js`, `scenarios/2015-deal-and-syria.fa-${H}.js`]);
    // No Persian basic overlay: Persian basic shows (and loads) the Persian files.
    expect(names(faBasic!.files)).toEqual(names(faAdvanced!.files));
    const gz = (files: { gzip: number }[]) => files.reduce((s, f) => s + f.gzip, 0);
    for (const t of b.turns) expect(t.gzip).toBe(gz(b.page) + gz(t.files));
    expect(faAdvanced!.gzip - enAdvanced!.gzip).toBeGreaterThan(12 * KB);
    expect(b.worst.variant).toEqual({ lang: 'fa', level: 'advanced' });
    expect(b.ok).toBe(true);
  });

  it('uses a variant\'s own file when it has one, and the scenario\'s own text when it has no overlay at all', () => {
    const b = firstTurnFiles(
      site({
        'assets/main-x.js': 'var a = 1;',
        [`scenarios/a-${H}.js`]: randomBytes(5 * KB),
        [`scenarios/a.fa-${H}.js`]: randomBytes(6 * KB),
        [`scenarios/a.fa-basic-${H}.js`]: randomBytes(7 * KB),
        [`scenarios/b-${H}.js`]: randomBytes(9 * KB),
      }),
    );
    expect(b.turns.map((t) => names(t.files))).toEqual([[`scenarios/b-${H}.js`], [`scenarios/b-${H}.js`], [`scenarios/b-${H}.js`], [`scenarios/b-${H}.js`]]);
    const onlyA = firstTurnFiles(site({ 'assets/main-x.js': 'var a = 1;', [`scenarios/a-${H}.js`]: 'a', [`scenarios/a.fa-${H}.js`]: 'b', [`scenarios/a.fa-basic-${H}.js`]: 'c' }));
    expect(onlyA.turns.map((t) => names(t.files).at(-1))).toEqual([`scenarios/a-${H}.js`, `scenarios/a-${H}.js`, `scenarios/a.fa-${H}.js`, `scenarios/a.fa-basic-${H}.js`]);
  });

  it('fails when one variant is above the budget even though the others fit, and says which', () => {
    // English: 215 + 25 = 240 KB; Persian: 215 + 8 + 30 = 253 KB.
    const b = firstTurnFiles(standard(215));
    expect(b.turns.filter((t) => t.ok).map((t) => t.variant.lang)).toEqual(['en', 'en']);
    expect(b.ok).toBe(false);
    const lines = budgetLines(b);
    expect(lines[0]).toMatch(new RegExp(`^Game page, first playable turn: 25\\d\\.\\d KB of JavaScript gzipped at most \\(fa advanced; budget ${BUDGET_KB} KB\\)$`));
    for (const v of ['en advanced', 'en basic', 'fa advanced', 'fa basic']) expect(lines.some((l) => l.trimStart().startsWith(v))).toBe(true);
    expect(lines.filter((l) => l.includes('over the budget'))).toHaveLength(2);
  });

  it('passes when every variant fits', () => {
    const b = firstTurnFiles(standard(150));
    expect(b.turns.every((t) => t.ok && t.gzip <= BUDGET_KB * KB)).toBe(true);
    expect(budgetLines(b).some((l) => l.includes('over the budget'))).toBe(false);
  });
});
