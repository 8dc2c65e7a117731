import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileScenario, majorityChoice, playOut, playRules, type Decision, type GameState } from '../../src/engine/index.js';
import type { ScenarioData } from '../../src/scenario/types.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

// Rules-only play (no machine) must give exactly play()'s game, refusal and decisions, for any record.

const scenarios: ScenarioData[] = [mini, ...loadShippedScenarios()];
const seedArb = fc.string({ minLength: 1, maxLength: 12 });
/** Per decision: which open choice, whether by a class vote (and its counts), and sometimes a tampered one. */
const stepArb = fc.record({ pick: fc.nat(), vote: fc.boolean(), hands: fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }), tamper: fc.nat({ max: 40 }) });

/** A record built by playing: decisions chosen from the open ones (a vote's majority when voting), some then spoiled. */
function recordFrom(s: ScenarioData, seed: string, difficulty: string, steps: { pick: number; vote: boolean; hands: number[]; tamper: number }[]) {
  const cs = compileScenario(s);
  let i = 0;
  const next = (g: GameState, open: readonly string[]): Decision | null => {
    const step = steps[i++ % steps.length]!;
    if (step.vote) {
      const votes = Object.fromEntries(open.map((c, j) => [c, step.hands[j % step.hands.length]!]));
      const choice = majorityChoice(cs, g, votes);
      if (choice) return { choice, votes };
    }
    return { choice: open[step.pick % open.length]! };
  };
  const decisions = playOut(s, { seed, difficulty, settings: { previews: false }, decisions: [] }, { next }).decisions;
  // A few spoiled decisions: a choice not on the card, a vote that does not decide it, or extra decisions after the end.
  const spoiled = decisions.map((d, j) => {
    const t = steps[j % steps.length]!.tamper;
    if (t === 0) return { choice: 'no-such-choice' };
    if (t === 1 && d.votes) return { ...d, votes: Object.fromEntries(Object.keys(d.votes).map((k) => [k, 0])) };
    return d;
  });
  if (steps[0]!.tamper === 2) spoiled.push({ choice: decisions[0]?.choice ?? 'x' });
  return { seed, difficulty, settings: { previews: false }, decisions: spoiled };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('rules-only play of %s', (_id, s) => {
  const difficultyArb = fc.constantFrom(...s.difficulties.map((d) => d.id));

  it('gives exactly the game, refusal and decisions that play() gives, with and without holdLast and `next`', () => {
    const why = new Set<string>();
    fc.assert(
      fc.property(seedArb, difficultyArb, fc.array(stepArb, { minLength: 20, maxLength: 20 }), fc.nat({ max: 30 }), fc.boolean(), (seed, difficulty, steps, cut, holdLast) => {
        const record = recordFrom(s, seed, difficulty, steps);
        const prefix = { ...record, decisions: record.decisions.slice(0, cut) };
        for (const options of [{}, { holdLast }, { next: (_g: GameState, open: readonly string[]) => ({ choice: open[0]! }) }]) {
          const machine = playOut(s, prefix, options);
          const rules = playRules(s, prefix, options);
          expect(canonicalJson(rules.game)).toBe(canonicalJson(machine.game));
          expect(rules.refusedAt).toEqual(machine.refusedAt);
          why.add(rules.refusedAt?.why ?? 'played');
          expect(rules.decisions).toEqual(machine.decisions);
        }
      }),
      { numRuns: 40 },
    );
    // The records exercised both plain games and refusals.
    expect(why.has('played') && why.has('closed')).toBe(true);
  });

  it('shows each decision the game exactly as play() leaves it before that decision', () => {
    fc.assert(
      fc.property(seedArb, fc.array(stepArb.map((x) => ({ ...x, tamper: 3 })), { minLength: 20, maxLength: 20 }), (seed, steps) => {
        const record = recordFrom(s, seed, s.difficulties[0]!.id, steps);
        const seen: { g: GameState; i: number }[] = [];
        playRules(s, record, { before: (g, i) => seen.push({ g, i }) });
        expect(seen.map((x) => x.i)).toEqual(record.decisions.map((_, i) => i));
        for (const { g, i } of seen) expect(canonicalJson(g)).toBe(canonicalJson(playOut(s, { ...record, decisions: record.decisions.slice(0, i) }).game));
      }),
      { numRuns: 15 },
    );
  });
});
