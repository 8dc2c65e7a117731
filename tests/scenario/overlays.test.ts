import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOverlayText } from '../../src/scenario/overlay-read.js';
import { checkOverlay } from '../../src/scenario/overlay-check.js';
import { readOverlayFolder, strayOverlays, textsOf } from '../../src/scenario/overlay-files.js';
import { applyVariant } from '../../src/scenario/variant.js';
import { unbalancedMark } from '../../src/scenario/text-marks.js';
import { fixturePath, mini } from '../helpers.js';

// Overlays read and checked: every problem at once, each with its line, its text id and how much it matters.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder with mini.yaml and the given overlay files (name → text). */
function folder(overlays: Record<string, string>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-overlays-'));
  dirs.push(dir);
  cpSync(fixturePath('mini.yaml'), join(dir, 'mini.yaml'));
  mkdirSync(join(dir, 'overlays'));
  for (const [name, text] of Object.entries(overlays)) writeFileSync(join(dir, 'overlays', name), text);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const check = (name: string, text: string, base?: string) => {
  const r = readOverlayText(text, `x.${name}.yaml`);
  if (!r.ok) return r.issues;
  const b = base === undefined ? undefined : readOverlayText(base, 'fa');
  return [...r.issues, ...checkOverlay({ file: `x.${name}.yaml`, name, scenario: mini, texts: r.texts, ids: r.ids, ...(b?.ok ? { base: b.texts } : {}) })].sort((x, y) => x.line - y.line);
};
const brief = (issues: { line: number; path: string; kind: string; message: string }[]) => issues.map((i) => `${i.line} ${i.path} ${i.kind}: ${i.message}`);

describe('an overlay', () => {
  it('with every kind of problem reports each at its line, under its id, all at once', () => {
    const issues = check('fa', readFileSync(fixturePath('bad-overlays/mini.fa.yaml'), 'utf8'));
    const notMissing = brief(issues.filter((i) => !i.message.startsWith('is missing')));
    expect(notMissing).toEqual([
      '3 summary incomplete: is the same as the English: not translated yet (“Five cards that exercise the rules.”)',
      '4 intro broken: is empty: write the text (the English is “A test.”)',
      '5 meters.west.name broken: has no Persian letters: is it translated? (“West side”)',
      '6 meters.west.description broken: its brackets or quotes do not match: an opening « is never closed by » (in the English they do)',
      expect.stringMatching(/^7 cards\.nope\.title broken: no text of the scenario "mini" has this id/),
      '8 sources.S1.title broken: sources keep their own language: leave every sources.* id out of an overlay',
      '9 cards.talks.title broken: should be a text, but is a mapping: an overlay is flat, one line "id: text" for each text',
      '11 camps.hardliners.name broken: should be a text, but is the number 5 (put it in quotes)',
      '12 camps.pragmatists.name broken: its brackets or quotes do not match: the ( is closed by ] instead of ) (in the English they do)',
      '13 advisors.hawk.name warning: uses ي (Arabic yeh) where Persian writes ی',
      '13 advisors.hawk.name warning: uses ك (Arabic kaf) where Persian writes ک',
    ]);
    const missing = issues.filter((i) => i.message.startsWith('is missing'));
    // Every text but the ten given (the sources' and the unknown one aside) is missing, each placed after the id before it.
    expect(missing).toHaveLength(107 - 10);
    expect(missing.every((i) => i.kind === 'incomplete')).toBe(true);
    expect(missing.find((i) => i.path === 'meters.russia.description')).toMatchObject({ line: 14, message: 'is missing: no text for it here (the English is “Tension with Russia.”)' });
  });

  it('that is not YAML, or not a flat map, says so at its line', () => {
    expect(brief(check('fa', 'title: "unclosed\n'))).toEqual([expect.stringMatching(/^2 \(yaml\) broken: YAML syntax: Missing closing/)]);
    expect(brief(check('fa', '- a\n- b\n'))).toEqual(['1 (top level) broken: an overlay must be a mapping of text ids to texts (cards.c01-talks.title: …)']);
    expect(brief(check('fa', 'title: الف\ntitle: ب\n'))).toEqual([expect.stringMatching(/^2 \(yaml\) broken: YAML syntax: the key "title" appears twice/)]);
  });

  it('in English basic may keep a short text as it is, is warned about a long one, and must not be Persian', () => {
    const long = { ...mini, intro: 'This is an introduction of exactly thirteen words to read before the game.' };
    const r = readOverlayText(`title: Mini test scenario\nintro: This is an introduction of exactly thirteen words to read before the game.\nsummary: پنج کارت\n`, 'x');
    if (!r.ok) throw new Error('unreadable');
    const issues = checkOverlay({ file: 'x', name: 'en-basic', scenario: long, texts: r.texts }).filter((i) => !i.message.startsWith('is missing'));
    expect(brief(issues)).toEqual([
      '2 intro warning: is word for word the advanced text (13 words): a basic text is shorter and plainer',
      '3 summary broken: has Persian letters, but this is the English basic overlay',
    ]);
  });

  it('in Persian basic may leave ids out (they show the Persian text), and is warned when it repeats a long Persian text', () => {
    const fa = 'intro: این مقدمه دقیقاً دوازده واژه دارد تا پیش از بازی خوانده شود امروز\n';
    expect(check('fa-basic', fa, fa).map((i) => `${i.kind}: ${i.message}`)).toEqual(['warning: is word for word the Persian advanced text (13 words): a basic text is shorter and plainer']);
    expect(check('fa-basic', 'title: سناریو\n', fa)).toEqual([]);
  });

  it('with a name that is none of fa, en-basic, fa-basic is refused', () => {
    expect(brief(check('de', 'title: Mini\n'))).toEqual(['1 (file) broken: "de" is not an overlay name: an overlay is <scenario-id>.<name>.yaml with the name one of fa, en-basic, fa-basic (Persian, English basic, Persian basic)']);
  });
});

describe('brackets and quotes', () => {
  it.each([
    ['(a) [b] «c» “d” "e"', null],
    ['«a (b) c»', null],
    ['(a', 'an opening ( is never closed by )'],
    ['a)', 'a closing ) has no opening ( before it'],
    ['«a)', 'the « is closed by ) instead of »'],
    ['"a', 'a " quote mark is never closed (there is an odd number of them)'],
  ])('%s', (text, problem) => expect(unbalancedMark(text)).toBe(problem));

  it('are not held against a translation whose source does not balance them either', () => {
    const s = { ...mini, intro: 'Steps: 1) talk 2) wait' };
    const r = readOverlayText('intro: "گام‌ها: ۱) گفت‌وگو ۲) صبر"\n', 'x');
    if (!r.ok) throw new Error('unreadable');
    expect(checkOverlay({ file: 'x', name: 'fa', scenario: s, texts: r.texts }).filter((i) => !i.message.startsWith('is missing'))).toEqual([]);
  });
});

describe('a folder of overlays', () => {
  it('reads the shipped-like fixtures without a problem, and Persian basic falls back to Persian', () => {
    const read = readOverlayFolder(fixturePath(''), [mini]);
    expect(read.issues).toEqual([]);
    const o = read.overlays.get('mini')!;
    expect([...o.keys()].sort()).toEqual(['en-basic', 'fa', 'fa-basic']);
    const texts = { fa: textsOf(o.get('fa')), 'fa-basic': textsOf(o.get('fa-basic')) };
    const faBasic = applyVariant(mini, texts, { lang: 'fa', level: 'basic' });
    expect(faBasic.title).toBe('سناریوی کوچک');
    expect(faBasic.intro).toBe('یک آزمون.');
    expect(faBasic.sources[0]!.title).toBe('A source');
    expect(applyVariant(mini, texts, { lang: 'en', level: 'advanced' })).toBe(mini);
  });

  it('reports files with a wrong name, overlays of no scenario, and skips the overlays of a scenario that has problems of its own', () => {
    const dir = folder({ 'mini.de.yaml': 'title: x\n', 'mnii.fa.yaml': 'title: x\n', 'broken.fa.yaml': 'title: x\n', 'mini.yaml': 'title: x\n' }, { 'broken.yaml': 'id: [\n' });
    const read = readOverlayFolder(dir, [mini], { label: (f) => f });
    expect(read.issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      expect.stringMatching(/^mini\.de\.yaml: "de" is not an overlay name/),
      expect.stringMatching(/^mini\.yaml: "mini\.yaml" is not an overlay name/),
      'mnii.fa.yaml: no scenario "mnii" is beside this overlay (there are: mini)',
    ]);
    expect(strayOverlays(dir, (f) => f).map((i) => i.file)).toEqual(['mnii.fa.yaml']);
  });
});
