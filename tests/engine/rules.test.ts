import { describe, expect, it } from 'vitest';
import { compileScenario, decide, newGame, openChoices, outlook, eligibleCards, isChoiceOpen, RuleError, scriptedRng, type GameState } from '../../src/engine/index.js';
import { dangerZones, driftReason, inDanger } from '../../src/app/index.js';
import { mini, miniCs } from '../helpers.js';

/** Plays named choices, picking for each card the given choice id, or the first open one. */
function playTo(seed: string, want: Record<string, string>, untilTurn: number, difficulty = 'standard'): GameState {
  let g = newGame(miniCs, seed, difficulty);
  while (!g.ending && g.turn < untilTurn) g = decide(miniCs, g, want[g.card!] ?? openChoices(miniCs, g)[0]!);
  return g;
}

/** Finds a seed whose first card is the given one. */
function seedOpeningWith(card: string, difficulty = 'standard'): string {
  for (let i = 0; i < 500; i++) if (newGame(miniCs, `s${i}`, difficulty).card === card) return `s${i}`;
  throw new Error(`no seed opens with ${card}`);
}

describe('a new game', () => {
  it('takes the scenario starting values, overridden by the difficulty', () => {
    const g = newGame(miniCs, 'a', 'standard');
    expect(g.stats).toMatchObject({ west: 60, russia: 30, hardliners: 40, pragmatists: 40, elites: 40, economy: 30, exposure: 10 });
    expect(newGame(miniCs, 'a', 'story').stats.west).toBe(50);
    expect(g.tracks).toEqual({ jcpoa: 'talks', drones: 'none' });
    expect(g.turn).toBe(1);
    expect(g.log).toHaveLength(1);
    expect(g.log[0]!.month).toBe('2022-02');
  });

  it('draws an eligible card with the seed, the same for the same seed', () => {
    const a = newGame(miniCs, 'same', 'standard');
    expect(newGame(miniCs, 'same', 'standard').card).toBe(a.card);
    expect(['talks', 'drones', 'filler']).toContain(a.card);
    const cards = new Set(Array.from({ length: 60 }, (_, i) => newGame(miniCs, `x${i}`, 'standard').card));
    expect(cards).toEqual(new Set(['talks', 'drones', 'filler']));
  });

  it('refuses an unknown difficulty with the ones it has', () => {
    expect(() => newGame(miniCs, 'a', 'nightmare')).toThrow('unknown difficulty "nightmare" (this scenario has: story, standard, hard)');
  });
});

describe('a decision', () => {
  it('applies the choice, records each change with its cause, and moves the track', () => {
    const g0 = newGame(miniCs, seedOpeningWith('talks'), 'standard');
    const g1 = decide(miniCs, g0, 'accept');
    const rec = g1.log[0]!;
    expect(rec.card).toBe('talks');
    expect(rec.choice).toBe('accept');
    expect(rec.changes).toEqual([
      { stat: 'west', delta: -20, after: 40, cause: { kind: 'choice', card: 'talks', choice: 'accept' } },
      { stat: 'hardliners', delta: 15, after: 55, cause: { kind: 'choice', card: 'talks', choice: 'accept' } },
      { stat: 'economy', delta: 20, after: 50, cause: { kind: 'choice', card: 'talks', choice: 'accept' } },
    ]);
    expect(rec.trackChanges).toEqual([{ track: 'jcpoa', from: 'talks', to: 'restored', cause: { kind: 'choice', card: 'talks', choice: 'accept' } }]);
    expect(g1.stats.elites).toBe(55);
    expect(g1.turn).toBe(2);
    expect(g0.stats.west).toBe(60); // the old state is untouched
  });

  it('applies drift at the next month only while its condition holds', () => {
    const seed = seedOpeningWith('talks');
    const rejected = decide(miniCs, newGame(miniCs, seed, 'standard'), 'reject');
    expect(rejected.log[1]!.briefing.map((c) => [c.stat, c.delta])).toEqual([['economy', -2]]);
    const accepted = decide(miniCs, newGame(miniCs, seed, 'standard'), 'accept');
    expect(accepted.log[1]!.briefing.map((c) => c.cause.effect)).toEqual(['drift.1']);
  });

  it('scales tension rises by the difficulty, but not falls', () => {
    const seed = seedOpeningWith('talks', 'hard');
    const rec = decide(miniCs, newGame(miniCs, seed, 'hard'), 'accept').log[0]!;
    expect(rec.changes.find((c) => c.stat === 'hardliners')!.delta).toBe(19); // 15 × 1.25
    expect(rec.changes.find((c) => c.stat === 'west')!.delta).toBe(-20);
  });

  it('keeps stats within 0 and 100', () => {
    const g = newGame(miniCs, seedOpeningWith('drones'), 'standard');
    const low = { ...g, stats: { ...g.stats, russia: 5 } };
    expect(decide(miniCs, low, 'send').stats.russia).toBe(0);
    expect(decide(miniCs, low, 'send').log[0]!.changes[0]).toMatchObject({ stat: 'russia', delta: -5, after: 0 });
  });

  it('refuses a choice that is not open', () => {
    const g = newGame(miniCs, seedOpeningWith('talks'), 'standard');
    expect(isChoiceOpen(miniCs, g, 'host')).toBe(false);
    expect(() => decide(miniCs, g, 'host')).toThrow(RuleError);
  });

  it('gates choices by their conditions', () => {
    const g = newGame(miniCs, 'a', 'standard');
    const fallout = { ...g, card: 'exposed-fallout', tracks: { ...g.tracks, drones: 'exposed' } };
    expect(openChoices(miniCs, fallout)).toEqual(['deny']);
    expect(openChoices(miniCs, { ...fallout, flags: { hosted: true as const } })).toEqual(['deny', 'admit']);
  });

  it('gates cards by tracks and plays each card once unless repeatable', () => {
    const g = newGame(miniCs, 'a', 'standard');
    const at3 = { ...g, turn: 3 };
    expect(eligibleCards(miniCs, at3).map((c) => c.id)).not.toContain('exposed-fallout');
    const exposed = { ...at3, tracks: { ...g.tracks, drones: 'exposed' }, played: ['talks'] };
    expect(eligibleCards(miniCs, exposed).map((c) => c.id)).toEqual(['drones', 'summit', 'exposed-fallout', 'filler']);
  });
});

describe('delayed and uncertain effects', () => {
  it('schedules a delayed effect, announces it, and resolves it with the seed when due', () => {
    let seen = 0;
    for (let i = 0; i < 40; i++) {
      const seed = `d${i}`;
      let g = newGame(miniCs, seed, 'standard');
      if (g.card !== 'drones') continue;
      g = decide(miniCs, g, 'send');
      expect(g.log[0]!.news).toEqual([{ kind: 'scheduled', effect: 'drones-exposed', card: 'drones', choice: 'send', due: 3 }]);
      expect(g.pending).toEqual([{ due: 3, effect: 'drones-exposed', card: 'drones', choice: 'send' }]);
      g = decide(miniCs, g, openChoices(miniCs, g)[0]!);
      const arrival = g.log[2]!.briefingNews[0]!;
      expect(arrival).toMatchObject({ kind: 'arrived', effect: 'drones-exposed' });
      expect(g.pending).toEqual([]);
      if (arrival.branch === 'then') {
        expect(g.tracks.drones).toBe('exposed');
        expect(g.log[2]!.briefing.find((c) => c.stat === 'west' && c.cause.kind === 'delayed')).toMatchObject({ delta: 20, cause: { kind: 'delayed', effect: 'drones-exposed', branch: 'then' } });
      } else expect(g.tracks.drones).toBe('secret');
      seen++;
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('resolves a chance with the next draw: below the chance it happens, above it the other branch does', () => {
    // A scripted generator (as boardgame.io's mock random) instead of hunting for seeds.
    const at = (draws: number[], difficulty = 'standard'): GameState => ({ ...newGame(miniCs, 'chance', difficulty), card: 'summit', rng: scriptedRng(draws) });
    const outcome = (g: GameState) => {
      const rec = decide(miniCs, g, 'host').log.find((r) => r.turn === g.turn && r.choice === 'host')!;
      return { branch: rec.news.find((n) => n.effect === 'summit-leverage')!.branch, west: rec.changes.find((c) => c.stat === 'west')?.delta };
    };
    expect(outcome(at([0.59]))).toEqual({ branch: 'then', west: -5 });
    expect(outcome(at([0.6]))).toEqual({ branch: 'else', west: 8 });
    // Story mode weakens the uncertain outcome: 8 × 0.5 uncertainty × 0.8 tension scale.
    expect(outcome(at([0.99], 'story'))).toEqual({ branch: 'else', west: 3 });
  });

  it('draws the same with a scripted generator as the script says, and keeps its place in the script', () => {
    const g = { ...newGame(miniCs, 'x', 'standard'), rng: scriptedRng([0.1, 0.9]) };
    const next = decide(miniCs, g, openChoices(miniCs, g)[0]!);
    expect(next.rng).toMatchObject({ script: [0.1, 0.9] });
    expect((next.rng as { at: number }).at).toBeGreaterThan(0);
  });
});

describe('endings', () => {
  it('ends in a crisis the moment a tension meter reaches 100, naming what led there', () => {
    const g = newGame(miniCs, seedOpeningWith('talks'), 'standard');
    const tense = { ...g, stats: { ...g.stats, west: 90 } };
    const end = decide(miniCs, tense, 'reject');
    expect(end.ending).toMatchObject({ id: 'snapback', kind: 'crisis', turn: 1, stat: 'west' });
    expect(end.ending!.causes[0]).toEqual({ card: 'talks', choice: 'reject', cause: 'choice', stat: 'west', delta: 10 });
    expect(end.card).toBeNull();
  });

  it('names the camp in an elite crisis', () => {
    const g = newGame(miniCs, seedOpeningWith('talks'), 'standard');
    expect(decide(miniCs, { ...g, stats: { ...g.stats, hardliners: 90 } }, 'accept').ending?.id).toBe('revolt');
    expect(decide(miniCs, { ...g, stats: { ...g.stats, pragmatists: 95 } }, 'reject').ending?.id).toBe('split');
  });

  it('ends in collapse when the economy runs out', () => {
    const g = newGame(miniCs, seedOpeningWith('drones'), 'standard');
    const end = decide(miniCs, { ...g, stats: { ...g.stats, economy: 2 } }, 'send');
    // The drift at the next month's opening takes the last 2 points.
    expect(end.ending).toEqual({ id: 'collapse', kind: 'collapse', turn: 2, causes: [{ card: null, choice: null, cause: 'drift', effect: 'drift.1', stat: 'economy', delta: -2 }] });
    expect(end.stats.economy).toBe(0);
    expect(end.card).toBeNull();
  });

  it('gives a verdict at the end of the scenario', () => {
    const g = playTo('v', {}, 99);
    expect(g.ending?.kind === 'verdict' ? g.turn : 6).toBe(6);
    expect(['balanced', 'lonely', 'snapback', 'moscow', 'revolt', 'split', 'collapse']).toContain(g.ending!.id);
  });
});

describe('turn months', () => {
  it('labels each turn with the scenario’s own months when turns span more than one', () => {
    const spaced = { ...mini, period: { ...mini.period, months: ['2022-02', '2022-04', '2022-05', '2022-09', '2022-10', '2023-01'] } };
    const cs = compileScenario(spaced);
    let g = newGame(cs, 'months', 'standard');
    while (!g.ending) g = decide(cs, g, openChoices(cs, g)[0]!);
    expect(g.log.map((r) => r.month)).toEqual(spaced.period.months.slice(0, g.log.length));
    expect(newGame(miniCs, 'months', 'standard').log[0]!.month).toBe('2022-02');
  });
});

describe('conditional effects and named drift', () => {
  const variant = structuredClone(mini);
  const talks = variant.cards.find((c) => c.id === 'talks')!;
  talks.choices[0]!.effects.push({
    id: 'relief-if-calm',
    when: { stat: 'russia', atMost: 30 },
    then: [{ stat: 'economy', add: 10 }],
    else: [{ stat: 'russia', add: 5 }],
    news: 'Moscow shrugs, and relief flows.',
    elseNews: 'Moscow grumbles.',
  });
  variant.drift = [{ id: 'sanctions', stat: 'economy', add: -2, reason: 'Sanctions.' }];
  const cs = compileScenario(variant);
  const seed = (() => {
    for (let i = 0; i < 500; i++) if (newGame(cs, `w${i}`, 'standard').card === 'talks') return `w${i}`;
    throw new Error('no seed');
  })();

  it('applies "then" when the condition holds at that moment, and "else" otherwise', () => {
    const g = newGame(cs, seed, 'standard');
    const calm = decide(cs, g, 'accept').log[0]!;
    expect(calm.changes.filter((c) => c.stat === 'economy').map((c) => c.delta)).toEqual([20, 10]);
    expect(calm.news).toEqual([{ kind: 'resolved', effect: 'relief-if-calm', card: 'talks', choice: 'accept', branch: 'then' }]);
    const tense = decide(cs, { ...g, stats: { ...g.stats, russia: 50 } }, 'accept').log[0]!;
    expect(tense.changes.find((c) => c.stat === 'russia')).toMatchObject({ delta: 5, cause: { kind: 'choice', card: 'talks' } });
    expect(tense.news[0]!.branch).toBe('else');
  });

  it('previews the branch that would apply', () => {
    const g = newGame(cs, seed, 'standard');
    expect(outlook(cs, g, 'talks', 'accept').find((o) => o.stat === 'economy')).toEqual({ stat: 'economy', expected: 30, uncertain: false });
  });

  it('names a drift rule by its id in causes and text ids', () => {
    const g = decide(cs, newGame(cs, seed, 'standard'), 'reject');
    expect(g.log[1]!.briefing[0]!.cause).toEqual({ kind: 'drift', effect: 'drift.sanctions' });
    expect(driftReason(cs, 'drift.sanctions')).toBe('Sanctions.');
  });
});

describe('danger zones', () => {
  it('marks tensions from 80, and an indicator within 20 of where a collapse ending fires', () => {
    expect(dangerZones(miniCs, 'west')).toEqual([{ from: 80, to: 100 }]);
    expect(dangerZones(miniCs, 'elites')).toEqual([{ from: 80, to: 100 }]);
    expect(dangerZones(miniCs, 'economy')).toEqual([{ from: 0, to: 20 }]);
    expect(dangerZones(miniCs, 'exposure')).toEqual([]);
    expect([inDanger(miniCs, 'hardliners', 80), inDanger(miniCs, 'hardliners', 79), inDanger(miniCs, 'economy', 20), inDanger(miniCs, 'economy', 21)]).toEqual([true, false, true, false]);
  });
});
