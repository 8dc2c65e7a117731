import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/engine/index.js';
import { classAnalysis, classWeight, playThroughMachine } from '../../src/analysis/index.js';
import { mini } from '../helpers.js';

describe('decision analysis of a class', () => {
  // A class plays one seed; each student's own draws differ (the bots' player seeds).
  const games = ['ann', 'bob', 'cy', 'dee', 'eve'].map((p) => playThroughMachine(mini, 'class-seed', 'standard', 'random', p));
  const records = games.map((g) => recordOf(g, { previews: false }));
  const unfinished = { ...records[0]!, decisions: records[0]!.decisions.slice(0, 1), result: undefined };
  const c = classAnalysis(mini, [...records, unfinished], { policy: 'random', futures: 7 })!;

  it("puts the class's choices on each card beside each option's pooled odds", () => {
    expect(c.games).toBe(5);
    expect(c.skipped).toEqual([{ index: 5, message: expect.stringMatching(/not finished/) }]);
    for (const card of c.cards) {
      const decided = games.flatMap((g) => g.log.filter((r) => r.card === card.card && r.choice));
      expect(card.seen).toBe(decided.length);
      for (const o of card.options) {
        expect(o.chosen).toBe(decided.filter((r) => r.choice === o.choice).length);
        expect(o.futures).toBe(o.open * 7);
        if (o.futures) expect(Object.values(o.endings).reduce((s, x) => s + x.mean, 0)).toBeCloseTo(1, 9);
      }
    }
    expect(new Set(c.cards.map((x) => x.card))).toEqual(new Set(games.flatMap((g) => g.log.filter((r) => r.choice).map((r) => r.card!))));
  });

  it('names the card that mattered most for this class, the same way every time', () => {
    const weight = (x: (typeof c.cards)[number]) => Math.max(x.swingBalanced, x.swingReached);
    expect(c.mostDecisive).toBe(c.cards[0]!.card);
    expect(c.cards.every((x) => weight(x) <= weight(c.cards[0]!))).toBe(true);
    expect(classAnalysis(mini, [...records, unfinished], { policy: 'random', futures: 7 })).toEqual(c);
  });

  it('reports progress over every game and stops when asked', () => {
    const seen: number[] = [];
    let total = 0;
    classAnalysis(mini, records, { policy: 'random', futures: 7, onProgress: (d, t) => (seen.push(d), (total = t)) });
    expect(seen.at(-1)).toBe(total);
    expect(classAnalysis(mini, records, { policy: 'random', futures: 7, shouldStop: () => true })).toBeNull();
  });
});

describe('how much a card mattered for a class', () => {
  it('weighs a card by its larger swing and the share of the class that met it', () => {
    const metByOne = { swingBalanced: 0.9, swingReached: 0.2, seen: 1 };
    const metByAll = { swingBalanced: 0.1, swingReached: 0.4, seen: 30 };
    expect(classWeight(metByOne, 30)).toBeCloseTo(0.03);
    expect(classWeight(metByAll, 30)).toBeCloseTo(0.4);
    // A repeatable card met twice in one game counts that game once.
    expect(classWeight({ swingBalanced: 0.5, swingReached: 0, seen: 2 }, 1)).toBe(0.5);
  });
});
