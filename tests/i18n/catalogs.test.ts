import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as gameEn } from '../../src/game/i18n/en';
import { fa as gameFa } from '../../src/game/i18n/fa';
import { en as teacherEn } from '../../src/teacher/i18n/en';
import { fa as teacherFa } from '../../src/teacher/i18n/fa';
import { keysOf, textsOf } from './catalog-walk';

// The Persian catalogs cover every key of the English ones, and say everything in Persian: the only Latin letters
// left are key names, file types, the code formats and a few names the player types or sees in another program.

/** Not interface words: the catalog's settings. */
const SETTINGS = /^(lang|dir|fonts\.)/;
/** Latin words a Persian text may hold: keys to press, file types, code and link formats, other programs' names. */
const ALLOWED = new Set([
  'Esc', 'Enter', 'Tab', 'Space', 'Page', 'Down', 'Home', 'End', 'Alt+', 'Ctrl+C', 'A', 'F', 'R', 'G', 'U', 'M', 'W',
  'csv', 'json', 'zip', 'PDF', 'Save', 'as', 'SB', 'Name', 'previews', 'practice', 'scenarios/', 'p-k', 'qxm', 'pa',
  'Google', 'Classroom', 'Drive', 'CSV', 'JSON',
]);

const pairs = [
  ['game', gameEn, gameFa],
  ['teacher', teacherEn, teacherFa],
] as const;

describe.each(pairs)('the %s catalog in Persian', (_name, en, fa) => {
  it('has exactly the English keys', () => {
    expect(keysOf(fa)).toEqual(keysOf(en));
  });

  it('is set for right-to-left Persian', () => {
    expect(fa.lang).toBe('fa');
    expect(fa.dir).toBe('rtl');
  });

  it('leaves no English word untranslated', () => {
    const english = new Map(textsOf(en).map((x) => [x.path, x.text]));
    const left = textsOf(fa)
      .filter((x) => !SETTINGS.test(x.path))
      .flatMap((x) => {
        const latin = (x.text.match(/[A-Za-z][A-Za-z+./-]*/g) ?? []).map((w) => w.replace(/\.$/, '')).filter((w) => !ALLOWED.has(w));
        return latin.length ? [`${x.path}: ${latin.join(', ')} in ${JSON.stringify(x.text)}`] : [];
      });
    expect(left).toEqual([]);
    // A text identical to the English is only allowed when it has no words at all (signs, or the arguments alone).
    const same = textsOf(fa).filter((x) => !SETTINGS.test(x.path) && english.get(x.path) === x.text && /\p{L}{2,}/u.test(x.text) && !ALLOWED.has(x.text));
    expect(same.map((x) => x.path)).toEqual([]);
  });

});

describe('Persian digits', () => {
  const files = ['src/game/i18n/fa.ts', 'src/game/i18n/fa-play.ts', 'src/game/i18n/saves-fa.ts', 'src/teacher/i18n/fa.ts', 'src/teacher/i18n/report-fa.ts'];
  it.each(files)('%s puts no number into a text as it is', (file) => {
    const source = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    const bare: string[] = [];
    // Each formatter `(a: number, b: string) => …` on its line: a number parameter must go through fd/count/sign/pct.
    for (const line of source.split('\n')) {
      for (const m of line.matchAll(/\(([^()]*)\)(?:: string)? =>(.*)/g)) {
        const numbers = [...m[1]!.matchAll(/(\w+): number\b/g)].map((x) => x[1]!);
        for (const n of numbers) if (new RegExp(`\\$\\{${n}\\}`).test(m[2]!)) bare.push(`${n} in ${line.trim()}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('formats sample numbers in Persian digits', () => {
    expect(gameFa.turn.turnOf(3, 13)).toBe('نوبت ۳ از ۱۳');
    expect(gameFa.meter.value(42)).toBe('۴۲');
    expect(gameFa.signed(-5)).toBe('\u2066\u2212۵\u2069');
    expect(gameFa.signed(5)).toBe('\u2066+۵\u2069');
    expect(gameFa.title.savedSeed('x', 'k7-qx_', 'y')).toContain('\u2066k7-qx_\u2069');
    expect(gameFa.boot.percent(0.45)).toBe('۴۵٪');
    expect(teacherFa.common.turnOf(2, 13)).toBe('نوبت ۲ از ۱۳');
  });
});
