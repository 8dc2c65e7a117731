import { describe, expect, it } from 'vitest';
import { decodeClassCode, parseClassRef } from '../../src/app/class-code';
import { classProblemEn, classProblemFa } from '../../src/app/class-problems';
import { loadShippedScenarios } from '../../src/cli/scenarios';

const scenarios = loadShippedScenarios();
const refusals = [
  decodeClassCode(scenarios, 'hello'),
  decodeClassCode(scenarios, 'zzzz-1p-abc'),
  decodeClassCode(scenarios, '2022-9p-abc'),
  decodeClassCode(scenarios, '  '),
  parseClassRef(scenarios, ''),
  parseClassRef(scenarios, '?scenario=nope&seed=a'),
  parseClassRef(scenarios, '?scenario=2022-suspicious-bind&seed=a!b'),
  parseClassRef(scenarios, '?scenario=2022-suspicious-bind&seed=ab&difficulty=extreme'),
  parseClassRef(scenarios, '?scenario=2022-suspicious-bind&seed=ab&lang=xx'),
  parseClassRef(scenarios, '?scenario=2022-suspicious-bind&seed=ab&level=expert'),
];

describe('refused class codes and links', () => {
  it('say why as data, in English words for the CLI and in Persian words for a Persian page', () => {
    const kinds = refusals.map((r) => (r.ok ? 'accepted' : r.problem.kind));
    expect(kinds).toEqual(['notACode', 'noScenarioKey', 'noDifficultyNumber', 'emptyBox', 'nothingGiven', 'noScenario', 'badSeed', 'noDifficulty', 'badLang', 'badLevel']);
    for (const r of refusals) {
      if (r.ok) continue;
      expect(r.message).toBe(classProblemEn(r.problem));
      const fa = classProblemFa(r.problem);
      expect(fa).toMatch(/[\u0600-\u06FF]/);
      // Only the code, key, seed or id the player typed stays in Latin letters, isolated left to right.
      const latinOutsideIsolates = fa.replace(/\u2066[^\u2069]*\u2069/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      expect(latinOutsideIsolates.filter((w) => !/^(Suspicious|Bind|Maximum|pressure|The|deal|and|Syria)$/i.test(w))).toEqual([]);
    }
  });
});
