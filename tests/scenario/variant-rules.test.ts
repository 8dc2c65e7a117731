import { describe, expect, it } from 'vitest';
import { compileScenario, playOut, recordOf, rulesHash, type RecordSettings } from '../../src/engine/index.js';
import { encodeRecordCode, verifyAny } from '../../src/app/index.js';
import { LANGS, LEVELS, type TextVariant } from '../../src/app/text-variant.js';
import { loadShippedScenarios, overlaysOf, shippedScenarioFiles } from '../../src/cli/scenarios.js';
import { textsOf } from '../../src/scenario/overlay-files.js';
import { textEntries } from '../../src/scenario/text-ids.js';
import { applyVariant } from '../../src/scenario/variant.js';
import { isSourceId } from '../../src/scenario/overlay-names.js';
import type { ScenarioData } from '../../src/scenario/types.js';
import { chooseFor, strategyState } from '../../src/analysis/strategies.js';
import { mini } from '../helpers.js';

// A text variant changes words only: the rules hash, every draw and every record are the same in all of them.

const VARIANTS: TextVariant[] = LANGS.flatMap((lang) => LEVELS.map((level) => ({ lang, level })));

/** Overlays that change every text but the sources' (as the translations will). */
function everyTextChanged(s: ScenarioData) {
  const ids = textEntries(s).filter((e) => !isSourceId(e.id));
  return {
    fa: Object.fromEntries(ids.map((e) => [e.id, `متن ${e.id}`])),
    'en-basic': Object.fromEntries(ids.map((e) => [e.id, `Plain ${e.id}.`])),
    'fa-basic': Object.fromEntries(ids.filter((_, i) => i % 2).map((e) => [e.id, `ساده ${e.id}`])),
  };
}

function playedIn(s: ScenarioData, seed: string, settings: RecordSettings) {
  const cs = compileScenario(s);
  let st = strategyState(seed);
  const next = (g: Parameters<typeof chooseFor>[2]) => {
    const pick = chooseFor('random', cs, g, st);
    st = pick.state;
    return { choice: pick.choice };
  };
  return recordOf(playOut(s, { seed, difficulty: 'standard', settings, decisions: [] }, { next }).game, settings);
}

describe.each([mini, ...loadShippedScenarios()].map((s) => [s.id, s] as const))('%s in every text variant', (_id, s) => {
  const overlays = everyTextChanged(s);
  const inVariant = VARIANTS.map((v) => [v, applyVariant(s, overlays, v)] as const);

  it('keeps the rules hash, and changes the words', () => {
    for (const [v, sv] of inVariant) {
      expect(rulesHash(sv), `${v.lang} ${v.level}`).toBe(rulesHash(s));
      expect(compileScenario(sv).rules).toBe(compileScenario(s).rules);
      if (v.lang === 'fa') expect(sv.cards[0]!.title).toMatch(/^(متن|ساده) /);
      expect(sv.sources).toEqual(s.sources);
    }
  });

  it('a record made in Persian basic verifies in English advanced, and the other way round', () => {
    const fa = inVariant.find(([v]) => v.lang === 'fa' && v.level === 'basic')![1];
    for (const seed of ['v1', 'v2', 'v3']) {
      const madeInFa = playedIn(fa, seed, { previews: false, lang: 'fa', level: 'basic' });
      const madeInEn = playedIn(s, seed, { previews: false, lang: 'en', level: 'advanced' });
      const a = verifyAny(madeInFa, () => s);
      const b = verifyAny(madeInEn, () => fa);
      expect(a.ok && b.ok).toBe(true);
      // The same seed and strategy draw the same game in both.
      expect(madeInFa.decisions).toEqual(madeInEn.decisions);
      if (!a.ok || !b.ok) continue;
      expect(a.game.log).toEqual(b.game.log);
      // As a replay code too.
      expect(verifyAny(encodeRecordCode(madeInFa, a.game, fa), () => s).ok).toBe(true);
    }
  });
});

describe('the shipped overlays', () => {
  it.each(shippedScenarioFiles())('of %s keep the rules hash in every variant', (file) => {
    const s = loadShippedScenarios().find((x) => file.endsWith(`/${x.id}.yaml`))!;
    const texts = Object.fromEntries([...overlaysOf(file, s).overlays].map(([name, o]) => [name, textsOf(o)]));
    for (const v of VARIANTS) expect(rulesHash(applyVariant(s, texts, v)), `${v.lang} ${v.level}`).toBe(rulesHash(s));
  });
});
