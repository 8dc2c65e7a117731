import { describe, expect, it } from 'vitest';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { brokenAssumptions } from '../../src/analysis/assumptions.js';
import { STRATEGIES, chooseFor, runSeed, strategyState } from '../../src/analysis/index.js';
import { compileScenario } from '../../src/engine/index.js';
import { decide, newGame } from '../../src/engine/turn.js';
import type { GameState } from '../../src/engine/types.js';

const RUNS = Number(process.env.ASSUMPTION_RUNS ?? 600);
const scenarios = loadShippedScenarios();

describe('card texts agree with the state they are shown in', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: every assumption of every shown card holds', (_id, s) => {
    const cs = compileScenario(s);
    const broken = new Set<string>();
    let shown = 0;
    for (const strategy of STRATEGIES)
      for (let i = 0; i < RUNS; i++) {
        const seed = runSeed(`assumes-${strategy}`, i);
        let g: GameState = newGame(cs, seed, 'standard');
        let st = strategyState(seed);
        while (!g.ending) {
          for (const b of brokenAssumptions(cs, g)) broken.add(b.replace(/ \(turn \d+\)$/, ''));
          shown += 1;
          const pick = chooseFor(strategy, cs, g, st);
          st = pick.state;
          g = decide(cs, g, pick.choice);
        }
      }
    expect([...broken]).toEqual([]);
    expect(shown).toBeGreaterThan(RUNS);
  }, 120_000);

  it('the 2022 scenario writes down the presuppositions players found wrong', () => {
    const s = scenarios.find((x) => x.id === '2022-suspicious-bind')!;
    const card = (id: string) => s.cards.find((c) => c.id === id)!;
    expect(card('kyiv-talks').assumes).toContainEqual({ track: 'drones', not: ['none', 'halted', 'public'] });
    expect(card('leader-words').assumes).toContainEqual({ played: 'putin-summit' });
  });

  it('finds a broken assumption when the state contradicts it', () => {
    const s = scenarios.find((x) => x.id === '2022-suspicious-bind')!;
    const cs = compileScenario(s);
    const g = newGame(cs, 'broken', 'standard');
    const forced: GameState = { ...g, card: 'kyiv-talks', tracks: { ...g.tracks, drones: 'none' } };
    expect(brokenAssumptions(cs, forced)).toEqual(['kyiv-talks: drones is not none|halted|public (turn 1)']);
  });
});
