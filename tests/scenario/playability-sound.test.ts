import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, decide, holds, newGame, openChoices, type GameState } from '../../src/engine/index.js';
import { inItsMonths } from '../../src/engine/turn.js';
import { checkPlayability } from '../../src/scenario/playability.js';
import type { Condition, ScenarioData } from '../../src/scenario/types.js';
import { mini } from '../helpers.js';

// The search over-approximates the game, so every lock a real game runs into must be among those it reports.

const atom: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom<Condition>(
    { flag: 'hosted' },
    { notFlag: 'hosted' },
    { track: 'jcpoa', is: 'talks' },
    { track: 'jcpoa', in: ['restored', 'collapsed'] },
    { track: 'drones', is: 'secret' },
    { track: 'drones', in: ['none', 'exposed'] },
    { played: 'talks' },
    { played: 'summit' },
    { chose: 'talks.accept' },
    { chose: 'drones.send' },
  ),
  fc.record({ stat: fc.constantFrom('west', 'russia', 'economy', 'exposure', 'hardliners', 'elites'), atLeast: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ stat: fc.constantFrom('west', 'russia', 'economy', 'exposure', 'pragmatists'), atMost: fc.integer({ min: 0, max: 100 }) }),
  fc.integer({ min: 1, max: 6 }).map((from): Condition => ({ turn: { from } })),
  fc.integer({ min: 1, max: 6 }).map((to): Condition => ({ turn: { to } })),
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: atom },
  { weight: 1, arbitrary: atom.map((c): Condition => ({ not: c })) },
  { weight: 1, arbitrary: fc.array(atom, { minLength: 2, maxLength: 3 }).map((any): Condition => ({ any })) },
);

/** The mini scenario with some choices given a "requires". */
const variant = fc.array(fc.option(condition, { freq: 2 }), { minLength: 10, maxLength: 10 }).map((requires) => {
  const data: ScenarioData = structuredClone(mini);
  let k = 0;
  for (const card of data.cards)
    for (const choice of card.choices) {
      const r = requires[k++ % requires.length];
      if (r) choice.requires = r;
    }
  return data;
});

/**
 * Plays random games; returns the cards that came up eligible with no open choice. The engine itself never draws
 * such a card (it skips it), so the test asks the rules' own eligibility, without that last filter.
 */
function locksFound(data: ScenarioData, seed: number, games: number): Set<string> {
  const cs = compileScenario(data);
  const locks = new Set<string>();
  let r = seed >>> 0;
  const next = () => (r = (Math.imul(r, 1664525) + 1013904223) >>> 0);
  const wouldLock = (g: GameState) => {
    const last = g.log.length > 1 ? g.log[g.log.length - 2]?.card : undefined;
    for (const c of cs.cards) {
      const drawable = c.turns.from <= g.turn && g.turn <= c.turns.to && inItsMonths(cs, c.id, g.turn) && (c.repeatable ? c.id !== last : !g.played.includes(c.id)) && holds(c.when, g);
      if (drawable && !c.choices.some((ch) => holds(ch.requires, g))) locks.add(c.id);
    }
  };
  for (let i = 0; i < games; i++) {
    let g = newGame(cs, `s${seed}-${i}`, data.difficulties[next() % data.difficulties.length]!.id);
    wouldLock(g);
    while (!g.ending && g.card) {
      const open = openChoices(cs, g);
      g = decide(cs, g, open[next() % open.length]!);
      if (!g.ending) wouldLock(g);
    }
  }
  return locks;
}

describe('the playability search never misses a lock', () => {
  it('reports every card that random games draw with no open choice', () => {
    let lockedScenarios = 0;
    fc.assert(
      fc.property(variant, fc.integer(), (data, seed) => {
        const reported = new Set(checkPlayability(data).problems.map((p) => data.cards[p.path[1] as number]!.id));
        const found = locksFound(data, seed, 40);
        if (found.size) lockedScenarios++;
        for (const card of found) expect(reported, `card ${card}`).toContain(card);
      }),
      { numRuns: 150 },
    );
    expect(lockedScenarios).toBeGreaterThan(10); // the property was really exercised
  }, 60_000);
});
