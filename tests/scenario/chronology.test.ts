import { describe, expect, it } from 'vitest';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { chronologyReport, insideShare, turnInside } from '../../src/analysis/chronology.js';
import { STRATEGIES } from '../../src/analysis/strategies.js';
import { compileScenario } from '../../src/engine/index.js';
import { decide, drawPool, eligibleCards, newGame, openChoices } from '../../src/engine/turn.js';
import { readFileSync } from 'node:fs';

const RUNS = Number(process.env.CHRONOLOGY_RUNS ?? 2000);
const scenarios = loadShippedScenarios();

describe('dated cards appear in their months', () => {
  it('every card of every shipped scenario says when it happened (a range, or "none")', () => {
    for (const s of scenarios) {
      const text = readFileSync(new URL(`../../scenarios/${s.id}.yaml`, import.meta.url), 'utf8');
      const missing = s.cards.filter((c) => !new RegExp(`- id: ${c.id}\\n(?:    .*\\n)*?    happened: `).test(text)).map((c) => c.id);
      expect(missing, s.id).toEqual([]);
    }
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    it(`at least 95% of each dated card's appearances fall in its months, for every strategy (${RUNS} games each)`, () => {
      const report = chronologyReport(s, RUNS);
      const low = report.cards.flatMap((c) =>
        STRATEGIES.filter((st) => insideShare(c.byStrategy[st]) < 0.95).map((st) => `${c.card} ${st}: ${(insideShare(c.byStrategy[st]) * 100).toFixed(1)}%`),
      );
      expect(low).toEqual([]);
      expect(report.cards.length).toBeGreaterThan(5);
    }, 300_000);
  });
});

describe('the measure and the draw', () => {
  it('is not the engine grading itself: with the dates ignored by the draw, cards fall outside their months', () => {
    const s22 = scenarios.find((x) => x.id === '2022-suspicious-bind')!;
    const undated = { ...s22, cards: s22.cards.map((c) => ({ ...c, happened: 'none' as const })) };
    const report = chronologyReport(undated, 200, 'undated', 'standard', ['random'], s22);
    const low = report.cards.filter((c) => insideShare(c.byStrategy.random) < 0.95).map((c) => c.card);
    expect(low.length).toBeGreaterThan(3);
  });

  const s = scenarios.find((x) => x.id === '2018-maximum-pressure')!;
  const cs = compileScenario(s);

  it('counts a turn that spans months as inside when any of its months overlaps', () => {
    // Turn 6 opens in March 2019 and runs to April (turn 7 opens in May).
    expect(turnInside(cs, 6, { from: '2019-04-22', to: '2019-04-22' })).toBe(true);
    expect(turnInside(cs, 7, { from: '2019-04-22', to: '2019-04-22' })).toBe(false);
    expect(turnInside(cs, 7, { from: '2019-04-22', to: '2019-04-22', slack: 1 })).toBe(true);
  });

  it('draws a due dated card before the undated ones that are also eligible', () => {
    const s22 = scenarios.find((x) => x.id === '2022-suspicious-bind')!;
    const c22 = compileScenario(s22);
    let g = newGame(c22, 'draw-test', 'standard');
    while (g.turn < 4) g = decide(c22, g, openChoices(c22, g)[0]!);
    const eligible = eligibleCards(c22, g).map((c) => c.id);
    expect(eligible.some((id) => !c22.datedTurns.has(id))).toBe(true);
    expect(drawPool(c22, eligibleCards(c22, g)).map((c) => c.id)).toEqual(['gas-study']);
    expect(g.card).toBe('gas-study');
  });

  it('never draws a card whose every choice is closed', () => {
    const data = structuredClone(s);
    for (const ch of data.cards[0]!.choices) ch.requires = { flag: data.flags[0]!.id };
    const closed = compileScenario(data);
    const g = newGame(closed, 'closed', 'standard');
    expect(g.card).not.toBe(data.cards[0]!.id);
    expect(eligibleCards(closed, g).map((c) => c.id)).not.toContain(data.cards[0]!.id);
  });
});
