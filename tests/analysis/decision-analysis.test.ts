import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, playOut, recordOf, type GameRecord } from '../../src/engine/index.js';
import {
  AnalysisError, analyseDecision, analyseGame, analysisOf, mergeGameTallies, playThroughMachine, statesAtDecisions, tallyGame,
  describeOption, describeSwing, modelCaveat, type GameAnalysis, type OptionOdds,
} from '../../src/analysis/index.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

const shipped = loadShippedScenarios();
const bind = shipped.find((s) => s.id === '2022-suspicious-bind')!;
const recordOfBot = (s = mini, seed = 'a1', strategy: 'random' | 'balanced' = 'random'): GameRecord => recordOf(playThroughMachine(s, seed, 'standard', strategy), { previews: false });
const POLICIES = ['random', 'balanced', 'as-played'] as const;

/** Each open option's futures by ending, as counts: the exact numbers of one analysis. */
const counts = (a: GameAnalysis) =>
  a.decisions.map((d) =>
    [
      `${d.index} t${d.turn} ${d.card}`,
      ...d.options.map((o) => `${o.played ? '*' : ' '}${o.choice}: ${o.open ? Object.entries(o.endings).filter(([, x]) => x.mean > 0).map(([id, x]) => `${id} ${Math.round(x.mean * o.futures)}`).join(', ') : 'closed'}`),
    ].join('\n  '),
  );

describe('decision analysis of one seeded game (Suspicious Bind, balanced bot, seed "fixed-1")', () => {
  const record = recordOfBot(bind, 'fixed-1', 'balanced');
  const a = analyseGame(bind, record, { policy: 'random', futures: 50 })!;

  it('gives these exact counts under the random policy with 50 futures', () => {
    expect(a.reachedEnding).toBe(record.result!.ending);
    expect(counts(a)).toMatchInlineSnapshot(`
      [
        "0 t1 war-line
        *blame-us: snapback 12, moscow-walks 1, majlis-strikes 5, establishment-splits 3, economic-collapse 2, balanced-policy 2, junior-partner 17, lonely-actor 8
         endorse: snapback 7, majlis-strikes 2, establishment-splits 36, junior-partner 1, tilted-west 2, lonely-actor 2
         condemn: snapback 8, moscow-walks 2, majlis-strikes 8, establishment-splits 2, economic-collapse 2, junior-partner 7, tilted-west 1, lonely-actor 20",
        "1 t2 lavrov-guarantees
         quiet: snapback 14, majlis-strikes 3, establishment-splits 4, economic-collapse 1, balanced-policy 5, junior-partner 8, tilted-west 1, lonely-actor 14
        *blame: snapback 6, moscow-walks 1, majlis-strikes 4, balanced-policy 6, junior-partner 12, tilted-west 4, lonely-actor 17
         back: snapback 20, majlis-strikes 3, establishment-splits 2, economic-collapse 2, balanced-policy 1, junior-partner 10, tilted-west 2, lonely-actor 10
         narrow: closed",
        "2 t3 three-capitals
        *complementary: snapback 6, majlis-strikes 4, economic-collapse 3, balanced-policy 6, junior-partner 13, tilted-west 6, lonely-actor 12
         vienna-first: snapback 3, moscow-walks 1, majlis-strikes 8, economic-collapse 3, balanced-policy 5, junior-partner 5, tilted-west 5, lonely-actor 20
         east: snapback 8, majlis-strikes 5, establishment-splits 2, economic-collapse 3, balanced-policy 1, junior-partner 18, tilted-west 2, lonely-actor 11",
        "3 t4 gas-study
        *study: snapback 2, moscow-walks 1, majlis-strikes 6, balanced-policy 9, junior-partner 9, tilted-west 4, lonely-actor 19
         coordinate: snapback 9, majlis-strikes 6, balanced-policy 6, junior-partner 12, tilted-west 2, lonely-actor 15
         court: moscow-walks 1, majlis-strikes 8, economic-collapse 1, balanced-policy 8, junior-partner 9, tilted-west 7, lonely-actor 16",
        "4 t5 iaea-cameras
         remove: snapback 7, majlis-strikes 1, economic-collapse 6, balanced-policy 1, junior-partner 18, tilted-west 5, lonely-actor 12
         keep: majlis-strikes 8, economic-collapse 4, balanced-policy 7, junior-partner 6, tilted-west 3, lonely-actor 22
        *trade: snapback 1, majlis-strikes 1, economic-collapse 4, balanced-policy 9, junior-partner 11, tilted-west 7, lonely-actor 17",
        "5 t6 putin-summit
        *full: snapback 6, economic-collapse 2, balanced-policy 16, junior-partner 13, lonely-actor 13
         summit-only: snapback 1, majlis-strikes 2, economic-collapse 4, balanced-policy 8, junior-partner 17, tilted-west 6, lonely-actor 12
         postpone: majlis-strikes 6, economic-collapse 3, balanced-policy 8, junior-partner 13, tilted-west 7, lonely-actor 13",
        "6 t7 final-text
        *accept: majlis-strikes 2, balanced-policy 21, junior-partner 9, tilted-west 8, lonely-actor 10
         conditional: snapback 10, balanced-policy 9, junior-partner 23, tilted-west 2, lonely-actor 6
         reject: snapback 23, economic-collapse 6, balanced-policy 1, junior-partner 17, lonely-actor 3
         hold-out: closed",
        "7 t8 leader-words
        *frame-clarify: balanced-policy 26, junior-partner 9, tilted-west 5, lonely-actor 10
         neutral: majlis-strikes 5, balanced-policy 16, junior-partner 5, tilted-west 11, lonely-actor 13
         endorse: snapback 1, balanced-policy 14, junior-partner 14, tilted-west 3, lonely-actor 18",
        "8 t9 amini-protests
         crackdown: balanced-policy 34, junior-partner 12, tilted-west 4
        *concessions: majlis-strikes 1, balanced-policy 16, junior-partner 3, tilted-west 7, lonely-actor 23
         cover: snapback 1, balanced-policy 33, junior-partner 13, tilted-west 3",
        "9 t10 gazprom-mou
        *full: balanced-policy 42, tilted-west 2, lonely-actor 6
         narrow: balanced-policy 22, tilted-west 5, lonely-actor 23
         defer: tilted-west 26, lonely-actor 24",
        "10 t11 national-currencies
         settle: balanced-policy 47, lonely-actor 3
        *study: balanced-policy 47, lonely-actor 3
         keep: balanced-policy 44, lonely-actor 6",
        "11 t12 winter-shortages
        *swaps: balanced-policy 50
         ration: balanced-policy 50
         package: balanced-policy 38, lonely-actor 12
         emergency: balanced-policy 50",
        "12 t13 hardline-press
         unchanged: balanced-policy 50
        *let-stand: balanced-policy 50
         moderates: balanced-policy 50",
      ]
    `);
  });

  it('flags the decisions that moved the odds most and names the options that would have avoided the ending', () => {
    expect({ mostDecisive: a.mostDecisive, flagged: a.flagged, avoiding: a.avoiding }).toMatchInlineSnapshot(`
      {
        "avoiding": [
          {
            "choice": "defer",
            "index": 9,
            "share": 0,
          },
          {
            "choice": "reject",
            "index": 6,
            "share": 0.02,
          },
        ],
        "flagged": [
          9,
          6,
          8,
        ],
        "mostDecisive": [
          9,
          6,
          8,
          7,
          11,
          4,
          5,
          1,
          2,
          3,
          10,
          0,
          12,
        ],
      }
    `);
  });

  it('gives these intervals (Wilson for shares, normal for means) and says so in words', () => {
    const d = a.decisions[9]!;
    const r4 = (x: { mean: number; lo: number; hi: number }) => [x.mean, x.lo, x.hi].map((v) => Math.round(v * 1e4) / 1e4).join(' ');
    expect(d.options.map((o) => `${o.choice}: balanced ${r4(o.balanced)}; west ${r4(o.tensions.west)}`)).toMatchInlineSnapshot(`
      [
        "full: balanced 0.84 0.7149 0.9166; west 44.22 41.1527 47.2873",
        "narrow: balanced 0.44 0.3116 0.5769; west 40.22 37.1527 43.2873",
        "defer: balanced 0 0 0.0713; west 33.32 30.5164 36.1236",
      ]
    `);
    expect([modelCaveat(a), describeSwing(bind, a, 9, 'balanced'), describeSwing(bind, a, 12, 'reached'), ...d.options.map((o) => describeOption(bind, d, o))]).toMatchInlineSnapshot(`
      [
        "These are the game's odds under the random policy (later choices made at random), from 50 futures per choice with 95% intervals: not history's.",
        "Against “Leave it on paper; keep the fields for Western majors”, this choice raised the chance of a balanced verdict from 0% to 84% (±10).",
        "This choice made no clear difference to the chance of “A balanced foreign policy” (100%, ±4).",
        "“Pursue the whole memorandum” (the choice made): a balanced verdict in 84% of 50 futures (71%–92%); A balanced foreign policy 84%, The lonely strategic actor 12%, Tilted west 4%.",
        "“Turn only a few fields into contracts”: a balanced verdict in 44% of 50 futures (31%–58%); The lonely strategic actor 46%, A balanced foreign policy 44%, Tilted west 10%.",
        "“Leave it on paper; keep the fields for Western majors”: a balanced verdict in 0% of 50 futures (0%–7%); Tilted west 52%, The lonely strategic actor 48%.",
      ]
    `);
  });

  it('is the same analysis when its futures are split between two workers and added up', () => {
    const first = tallyGame(bind, record, { policy: 'random', futures: 50, from: 0, to: 21 })!;
    const second = tallyGame(bind, record, { policy: 'random', futures: 50, from: 21, to: 50 })!;
    expect(canonicalJson(analysisOf(bind, mergeGameTallies(first, second)))).toBe(canonicalJson(a));
  });

  it('analyses one decision alone exactly as within the whole game', () => {
    expect(analyseDecision(bind, record, 4, { policy: 'random', futures: 50 })).toEqual(a.decisions[4]);
  });
});

describe('decision analysis, properties', () => {
  const seedArb = fc.string({ minLength: 1, maxLength: 10 });
  const policyArb = fc.constantFrom(...POLICIES);

  it('branches from exactly the game play() shows at each decision', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const record = recordOfBot(mini, seed);
        const { states } = statesAtDecisions(mini, record);
        expect(states.length).toBe(record.decisions.length);
        states.forEach((g, i) => expect(canonicalJson(g)).toBe(canonicalJson(playOut(mini, { ...record, decisions: record.decisions.slice(0, i) }).game)));
      }),
      { numRuns: 20 },
    );
  });

  it('gives shares that sum to 1, intervals that hold their means, swings across the open options, the same numbers twice', () => {
    fc.assert(
      fc.property(seedArb, policyArb, fc.integer({ min: 1, max: 12 }), (seed, policy, futures) => {
        const record = recordOfBot(mini, seed);
        const a = analyseGame(mini, record, { policy, futures })!;
        expect(canonicalJson(analyseGame(mini, record, { policy, futures }))).toBe(canonicalJson(a));
        expect(a.decisions.map((d) => d.index)).toEqual(record.decisions.map((_, i) => i));
        expect([...a.mostDecisive].sort((x, y) => x - y)).toEqual(a.decisions.map((d) => d.index));
        for (const d of a.decisions) {
          const open = d.options.filter((o) => o.open);
          expect(d.options.filter((o) => o.played).map((o) => o.choice)).toEqual([record.decisions[d.index]!.choice]);
          for (const o of open) {
            expect(o.futures).toBe(futures);
            const total = Object.values(o.endings).reduce((sum, x) => sum + x.mean, 0);
            expect(total).toBeCloseTo(1, 9);
            for (const x of [...Object.values(o.endings), o.reached, o.balanced, ...Object.values(o.tensions)]) {
              expect(x.lo).toBeLessThanOrEqual(x.mean);
              expect(x.mean).toBeLessThanOrEqual(x.hi);
            }
            for (const x of [...Object.values(o.endings), o.reached, o.balanced]) expect(x.lo >= 0 && x.hi <= 1).toBe(true);
          }
          const spread = (f: (o: OptionOdds) => number) => (open.length < 2 ? 0 : Math.max(...open.map(f)) - Math.min(...open.map(f)));
          expect(d.swingReached).toBeCloseTo(spread((o) => o.reached.mean), 12);
          expect(d.swingBalanced).toBeCloseTo(spread((o) => o.balanced.mean), 12);
          for (const o of d.options.filter((x) => !x.open)) expect(o.futures).toBe(0);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('under as-played, the choice made replays the game as it happened in future 0 (its ending and its final tensions)', () => {
    for (const s of [mini, ...shipped])
      fc.assert(
        fc.property(seedArb, (seed) => {
          const record = recordOfBot(s, seed);
          const game = playOut(s, record).game;
          const a = analyseGame(s, record, { policy: 'as-played', futures: 1 })!;
          for (const d of a.decisions) {
            const made = d.options.find((o) => o.played)!;
            expect(made.reached.mean).toBe(1);
            expect(made.tensions.west.mean).toBe(game.stats.west);
            expect(made.tensions.elites.mean).toBe(game.stats.elites);
          }
        }),
        { numRuns: 5 },
      );
  });

  it('gives every option of a decision the same draws in future k (common random numbers)', () => {
    // An option's futures do not depend on which other options are played beside it: here, analysing all of
    // them or the same decision of a record where the student chose another option gives that option the same counts.
    const record = recordOfBot(mini, 'crn');
    const a = analyseDecision(mini, record, 1, { policy: 'random', futures: 30 });
    const other = a.options.find((o) => o.open && !o.played)!;
    const swapped = { ...record, decisions: [...record.decisions.slice(0, 1), { choice: other.choice }] };
    const finished = recordOf(playOut(mini, swapped, { next: (_g, open) => ({ choice: open[0]! }) }).game, { previews: false });
    const b = analyseDecision(mini, finished, 1, { policy: 'random', futures: 30 });
    expect(b.options.find((o) => o.choice === other.choice)!.endings).toEqual(other.endings);
  });
});

describe('decision analysis, refusals and control', () => {
  const record = recordOfBot(mini, 'ctl');

  it('refuses an unfinished game, a refused record, a bad policy and a bad number of futures, in words', () => {
    const unfinished = { ...record, decisions: record.decisions.slice(0, 1) };
    expect(() => analyseGame(mini, unfinished, { policy: 'random', futures: 5 })).toThrow(/not finished/);
    expect(() => analyseGame(mini, { ...record, decisions: [{ choice: 'nope' }] }, { policy: 'random', futures: 5 })).toThrow(AnalysisError);
    expect(() => analyseGame(mini, record, { policy: 'greedy' as 'random', futures: 5 })).toThrow(/no continuation policy "greedy"/);
    for (const futures of [0, 1.5, 1e9]) expect(() => analyseGame(mini, record, { policy: 'random', futures })).toThrow(/whole number/);
    expect(() => analyseDecision(mini, record, 99, { policy: 'random', futures: 5 })).toThrow(/no decision 100/);
  });

  it('reports progress up to the total and stops when asked', () => {
    const seen: [number, number][] = [];
    analyseGame(mini, record, { policy: 'random', futures: 60, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(record.decisions.length);
    expect(seen.every(([done, total], i) => done <= total && (i === 0 || done >= seen[i - 1]![0]))).toBe(true);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    let asked = 0;
    expect(analyseGame(mini, record, { policy: 'random', futures: 60, shouldStop: () => ++asked > 2 })).toBeNull();
    expect(asked).toBe(3);
  });
});
