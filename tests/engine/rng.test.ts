import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { openRng, seedRng, seedRngByLibrary, type AleaState } from '../../src/engine/rng.js';

// The engine seeds and steps Alea itself (for speed); seedrandom's alea is the reference it must equal exactly.

describe("the engine's Alea", () => {
  it('seeds exactly as seedrandom does, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (seed) => {
        expect(seedRng(seed)).toEqual(seedRngByLibrary(seed));
      }),
      { numRuns: 500 },
    );
  });

  it('draws exactly the numbers seedrandom draws, and continues exactly from a saved state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 300 }), (seed, n) => {
        const reference = seedrandom.alea(seed, { state: true });
        const rng = openRng(seedRng(seed));
        const ours = Array.from({ length: n }, () => rng.next());
        expect(ours).toEqual(Array.from({ length: n }, () => reference()));
        expect(rng.state()).toEqual(reference.state());
        const resumed = openRng(JSON.parse(JSON.stringify(rng.state())) as AleaState);
        const library = seedrandom.alea('', { state: reference.state() });
        expect(Array.from({ length: 20 }, () => resumed.next())).toEqual(Array.from({ length: 20 }, () => library()));
      }),
      { numRuns: 200 },
    );
  });

  it("gives seedrandom's documented first value for a known seed", () => {
    expect(openRng(seedRng('hello.')).next()).toBe(seedrandom.alea('hello.')());
  });
});
