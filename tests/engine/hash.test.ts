import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileScenario, contentHash, hashString, playOut, recordOf, rulesHash, useBuiltRulesHash } from '../../src/engine/index.js';
import { loadFixture, mini } from '../helpers.js';

describe('contentHash', () => {
  it('equals the hash of the canonical JSON, for any value', () => {
    const value = fc.anything({ withNullPrototype: false, withObjectString: true, withSparseArray: true }).filter((v) => {
      try {
        canonicalJson(v);
        return true;
      } catch {
        return false; // what JSON cannot write (a bigint) is not a game's
      }
    });
    fc.assert(fc.property(value, (v) => contentHash(v) === hashString(canonicalJson(v))), { numRuns: 500 });
  });

  it('escapes any text as JSON does (quotes, backslashes, control characters, lone surrogates)', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text))), (v) => contentHash(v) === hashString(canonicalJson(v))), { numRuns: 500 });
    expect(contentHash('a"b\\c\n\ud800')).toBe(hashString(JSON.stringify('a"b\\c\n\ud800')));
  });

  it('does not depend on key order, and sees every value', () => {
    expect(contentHash({ a: 1, b: [2, { c: 'x' }] })).toBe(contentHash({ b: [2, { c: 'x' }], a: 1 }));
    expect(contentHash({ a: 1, b: undefined })).toBe(contentHash({ a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash(mini)).toBe(hashString(canonicalJson(mini)));
  });
});

describe('the rules hash the build computed', () => {
  it('is taken as a game starts when told, and computed for any scenario not told', () => {
    const told = loadFixture();
    useBuiltRulesHash(told, 'from-the-build');
    expect(compileScenario(told).rules).toBe('from-the-build');
    const fresh = loadFixture();
    expect(compileScenario(fresh).rules).toBe(rulesHash(fresh));
    // A record made against the told hash carries it, so that a wrong one could not hide: it would not verify elsewhere.
    const settings = { previews: false };
    const game = playOut(told, { seed: 's', difficulty: 'standard', settings, decisions: [] }, { next: (_g, open) => ({ choice: open[0]! }) }).game;
    expect(recordOf(game, settings).scenario.rules).toBe('from-the-build');
  });
});
