import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileScenario, decide, forecastNextMonth, newGame, openChoices, type GameState } from '../../src/engine/index.js';
import type { ScenarioData } from '../../src/scenario/types.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

// Next month's forecast (src/engine/forecast.ts) against what the next opening really does.

const scenarios: ScenarioData[] = [mini, ...loadShippedScenarios()];
const seedArb = fc.string({ minLength: 1, maxLength: 10 });
const picksArb = fc.array(fc.nat(), { minLength: 20, maxLength: 20 });

/** The scenario with every choice's effects removed: a decision then changes nothing, as the forecast assumes. */
function withoutEffects(s: ScenarioData): ScenarioData {
  return { ...s, cards: s.cards.map((c) => ({ ...c, choices: c.choices.map((ch) => ({ ...ch, effects: [] })) })) };
}

/** Plays a game with pure rule functions, calling `at` before each decision with the state and the state after it. */
function walk(s: ScenarioData, seed: string, picks: number[], at: (before: GameState, after: GameState) => void): void {
  const cs = compileScenario(s);
  let g = newGame(cs, seed, s.difficulties[0]!.id);
  for (let i = 0; !g.ending && i < 40; i++) {
    const open = openChoices(cs, g);
    const next = decide(cs, g, open[picks[i % picks.length]! % open.length]!);
    at(g, next);
    g = next;
  }
}

describe('next month’s forecast', () => {
  it('is exactly the drift of the next opening when the decision changes nothing, and never changes the game', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), seedArb, picksArb, (s, seed, picks) => {
        const plain = withoutEffects(s);
        const cs = compileScenario(plain);
        walk(plain, seed, picks, (before, after) => {
          const copy = canonicalJson(before);
          const f = forecastNextMonth(cs, before);
          expect(canonicalJson(before)).toBe(copy);
          if (f.turn === null) return void expect(after.ending?.kind).toBe('verdict');
          const opened = after.log.find((r) => r.turn === f.turn)!;
          expect(opened.briefing.filter((c) => c.cause.kind === 'drift')).toEqual(f.drift);
          if (f.ending) expect(after.ending).not.toBeNull();
          // Without delayed effects (none are scheduled here), nothing is at risk beyond what drift does.
          expect(f.atRisk).toEqual([]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('lists the delayed effects that fall due, which then arrive, each with a chance between 0 and 1', () => {
    let due = 0;
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), seedArb, picksArb, (s, seed, picks) => {
        const cs = compileScenario(s);
        walk(s, seed, picks, (before, after) => {
          const f = forecastNextMonth(cs, before);
          if (f.turn === null || after.ending?.turn === before.turn) return;
          const arrived = after.log.find((r) => r.turn === f.turn)?.briefingNews.filter((n) => n.kind === 'arrived').map((n) => n.effect) ?? [];
          for (const d of f.due) {
            due++;
            expect(arrived).toContain(d.effect);
            expect(d.chance).toBeGreaterThanOrEqual(0);
            expect(d.chance).toBeLessThanOrEqual(1);
          }
        });
      }),
      { numRuns: 80 },
    );
    expect(due).toBeGreaterThan(0);
  });

  it('warns when a delayed effect due could bring a tension to its crisis, as a chance', () => {
    const cs = compileScenario(mini);
    const entry = [...cs.effectById.entries()].find(([, e]) => e.effect.after !== undefined && e.effect.chance !== undefined)!;
    const g = newGame(cs, 'risk', 'standard');
    const at = { ...g, stats: { ...g.stats, west: 90 }, pending: [{ due: g.turn + 1, effect: entry[0], card: entry[1].card, choice: entry[1].choice }] };
    const f = forecastNextMonth(cs, at);
    expect(f.due.map((d) => d.effect)).toEqual([entry[0]]);
    expect(f.due[0]!.chance).toBe(entry[1].effect.chance);
    expect(f.atRisk).toContain('west');
    expect(forecastNextMonth(cs, { ...at, stats: { ...at.stats, west: 40 } }).atRisk).toEqual([]);
  });

  it('says nothing is due on the last turn: the verdict follows the decision', () => {
    const cs = compileScenario(mini);
    const g = { ...newGame(cs, 'last', 'standard'), turn: cs.lastTurn };
    expect(forecastNextMonth(cs, g)).toEqual({ turn: null, drift: [], due: [], ending: null, atRisk: [] });
  });
});
