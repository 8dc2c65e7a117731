import { describe, expect, it } from 'vitest';
import { classLinkQuery, decodeClassCode, encodeClassCode, parseClassRef, type ClassSettings } from '../../src/app/index.js';
import { chooseVariant } from '../../src/game/i18n/variant';
import { parseLink } from '../../src/game/url-params';
import { mini } from '../helpers.js';

// A class travels as a code, as a class link and as ?class=<code>: each carries everything the others do (practice
// games, language, reading level), and the game reads all of it.

const base: ClassSettings = { scenario: 'mini', seed: 'k7qxm2pa', difficulty: 'hard', previews: true };
const classes: ClassSettings[] = [
  base,
  { ...base, practice: true },
  { ...base, previews: false, lang: 'fa', level: 'basic' },
  { ...base, practice: true, lang: 'fa', level: 'basic' },
  { ...base, practice: true, level: 'basic' },
];

describe('a class as a code and as a link', () => {
  it('round-trips every class through its code and its link, practice games included', () => {
    for (const s of classes) {
      const code = encodeClassCode([mini], s)!;
      expect(decodeClassCode([mini], code)).toEqual({ ok: true, settings: s });
      expect(parseClassRef([mini], `https://example.org/index.html?${classLinkQuery(s)}`)).toEqual({ ok: true, settings: s });
      expect(parseClassRef([mini], `https://example.org/index.html?class=${code}`)).toEqual({ ok: true, settings: s });
    }
  });

  it('says practice=1 in the link only when the class allows practice games', () => {
    expect(classLinkQuery({ ...base, practice: true, lang: 'fa' })).toBe('scenario=mini&seed=k7qxm2pa&difficulty=hard&previews=1&practice=1&lang=fa');
    expect(classLinkQuery({ ...base, practice: false })).toBe('scenario=mini&seed=k7qxm2pa&difficulty=hard&previews=1');
  });

  it('says that an empty box is empty, not that "" is not a class code', () => {
    expect(decodeClassCode([mini], '  ')).toMatchObject({ ok: false, problem: { kind: 'emptyBox' }, message: 'The box is empty: type the class code your teacher gave you (like 2022-1p-k7qxm2pa).' });
  });
});

describe('the game reading a class link', () => {
  it('takes a class code’s practice, language, level and the code itself; a practice class opens the title joined', () => {
    expect(parseLink('?class=mini-2pfb-k7qxm2pa', [mini])).toEqual({ ...base, lang: 'fa', level: 'basic', class: 'mini-2pfb-k7qxm2pa', start: true, problems: [] });
    expect(parseLink('?class=MINI-2ptf-k7qxm2pa', [mini])).toEqual({ ...base, practice: true, lang: 'fa', class: 'mini-2ptf-k7qxm2pa', start: false, join: true, problems: [] });
    const refused = parseLink('?class=hello', [mini]);
    expect(refused).toMatchObject({ start: false, problems: [expect.stringContaining('"hello" is not a class code'), 'Choose a scenario below to start.'] });
    expect(refused.join).toBeUndefined();
  });

  it('reads a class link’s practice=1|0 and records its class code, and refuses another value in words', () => {
    const link = parseLink(`?${classLinkQuery({ ...base, practice: true, lang: 'fa' })}`, [mini]);
    expect(link).toMatchObject({ ...base, practice: true, class: 'mini-2ptf-k7qxm2pa', start: false, join: true, problems: [] });
    expect(parseLink(`?${classLinkQuery(base)}&practice=0`, [mini])).toMatchObject({ class: 'mini-2p-k7qxm2pa', start: true, problems: [] });
    const bad = parseLink(`?${classLinkQuery(base)}&practice=maybe`, [mini]);
    expect(bad.start).toBe(false);
    expect(bad.join).toBeUndefined();
    expect(bad.problems[0]).toBe('The link\u2019s "practice" must be 1 (practice games allowed) or 0 (not allowed).');
  });

  it('opens in the class code’s language and level over the stored choice; a code that names none leaves the student’s', () => {
    const fa = parseLink('?class=mini-2pfb-k7qxm2pa', [mini]);
    expect(chooseVariant('?class=mini-2pfb-k7qxm2pa', { lang: 'en', level: 'advanced' }, fa)).toEqual({ lang: 'fa', level: 'basic' });
    expect(chooseVariant('?class=mini-2pfb-k7qxm2pa&lang=en', { lang: null, level: null }, fa)).toEqual({ lang: 'fa', level: 'basic' });
    const plain = parseLink('?class=mini-2p-k7qxm2pa', [mini]);
    expect(chooseVariant('?class=mini-2p-k7qxm2pa', { lang: 'fa', level: 'basic' }, plain)).toEqual({ lang: 'fa', level: 'basic' });
  });
});
