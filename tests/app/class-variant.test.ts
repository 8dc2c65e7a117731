import { describe, expect, it } from 'vitest';
import { classLine, classLinkQuery, decodeClassCode, encodeClassCode, parseClassRef, parseRecord, verifyAny, type ClassSettings } from '../../src/app/index.js';
import { settingDifferences, settingsOf } from '../../src/analysis/class-groups.js';
import { compileScenario, newRecord } from '../../src/engine/index.js';
import { mini } from '../helpers.js';

// A class's language and reading level travel in its code and its link, and every record says which it was shown in.

const base: ClassSettings = { scenario: 'mini', seed: 'k7qxm2pa', difficulty: 'hard', previews: true };
const persianBasic: ClassSettings = { ...base, lang: 'fa', level: 'basic' };

describe('a class in a language and reading level', () => {
  it('keeps them in its code (f for Persian, b for basic), and codes of English advanced classes stay as they were', () => {
    expect(encodeClassCode([mini], persianBasic)).toBe('mini-2pfb-k7qxm2pa');
    expect(encodeClassCode([mini], { ...base, practice: true, lang: 'fa' })).toBe('mini-2ptf-k7qxm2pa');
    expect(encodeClassCode([mini], { ...base, level: 'basic' })).toBe('mini-2pb-k7qxm2pa');
    expect(encodeClassCode([mini], { ...base, lang: 'en', level: 'advanced' })).toBe('mini-2p-k7qxm2pa');
    for (const s of [persianBasic, { ...base, practice: true, lang: 'fa' as const }, { ...base, level: 'basic' as const }, base])
      expect(decodeClassCode([mini], encodeClassCode([mini], s)!.toUpperCase())).toEqual({ ok: true, settings: s });
    expect(decodeClassCode([mini], 'mini-2pbf-k7qxm2pa').ok).toBe(false);
  });

  it('keeps them in its link: a class link with lang=fa&level=basic opens exactly that', () => {
    const query = classLinkQuery(persianBasic);
    expect(query).toBe('scenario=mini&seed=k7qxm2pa&difficulty=hard&previews=1&lang=fa&level=basic');
    expect(classLinkQuery(base)).toBe('scenario=mini&seed=k7qxm2pa&difficulty=hard&previews=1');
    expect(parseClassRef([mini], `https://example.org/game/?${query}`)).toEqual({ ok: true, settings: persianBasic });
    expect(parseClassRef([mini], `https://example.org/game/?class=mini-2pfb-k7qxm2pa`)).toEqual({ ok: true, settings: persianBasic });
    expect(parseClassRef([mini], '?scenario=mini&seed=k7&lang=en')).toMatchObject({ ok: true, settings: { lang: 'en' } });
  });

  it('refuses a link with a language or level this game does not have, in words', () => {
    expect(parseClassRef([mini], '?scenario=mini&seed=k7&lang=de')).toMatchObject({ ok: false, message: 'This link asks for the language "de", which this game does not have (en, fa).' });
    expect(parseClassRef([mini], '?scenario=mini&seed=k7&level=easy')).toMatchObject({ ok: false, message: 'This link asks for the reading level "easy", which this game does not have (advanced, basic).' });
  });

  it('says them in the class line, and a game played in another language still belongs to the class', () => {
    expect(classLine([mini], persianBasic)).toBe('Mini test scenario (v1) · seed k7qxm2pa · Hard · previews on · no practice games · in Persian · basic text');
    const record = newRecord(compileScenario(mini), base.seed, base.difficulty, { previews: true, lang: 'en', level: 'advanced' });
    expect(settingDifferences(settingsOf(record, mini), settingsOf({ ...record, settings: { previews: true, lang: 'fa', level: 'basic' } }, mini))).toEqual([]);
  });
});

describe('a record shown in a language and level', () => {
  const record = newRecord(compileScenario(mini), 'seed', 'standard', { previews: false, lang: 'fa', level: 'basic' });

  it('is read with them', () => {
    expect(parseRecord(JSON.parse(JSON.stringify(record)))).toMatchObject({ ok: true, record: { settings: { lang: 'fa', level: 'basic' } } });
  });

  it('naming a language or level this game does not have is refused in words', () => {
    expect(parseRecord({ ...record, settings: { previews: false, lang: 'de' } })).toEqual({ ok: false, kind: 'malformed', message: 'This game record cannot be read here: it was shown in a language this game does not have ("de"; this game has en, fa).' });
    expect(parseRecord({ ...record, settings: { previews: false, level: 7 } })).toEqual({ ok: false, kind: 'malformed', message: 'This game record cannot be read here: it names a reading level this game does not have (a value that is not a text; there are advanced, basic).' });
    expect(verifyAny({ ...record, settings: { previews: false, lang: 'xx' } }, () => mini)).toMatchObject({ ok: false, message: expect.stringMatching(/language this game does not have \("xx"/) });
  });
});
