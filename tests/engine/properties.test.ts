import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileScenario, decodeReplay, encodeReplay, finalHash, gameMachine, openChoices, replayOf, restoreGameActor, verifyReplay, verifyReplayCode, type GameState } from '../../src/engine/index.js';
import type { ScenarioData } from '../../src/scenario/types.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

const scenarios: ScenarioData[] = [mini, ...loadShippedScenarios()];
const seedArb = fc.string({ minLength: 1, maxLength: 12 });
const picksArb = fc.array(fc.nat(), { minLength: 60, maxLength: 60 });
const difficultyArb = (s: ScenarioData) => fc.constantFrom(...s.difficulties.map((d) => d.id));

/** Plays a game through the machine, the i-th pick choosing among the open choices; returns the game and its choices. */
function play(s: ScenarioData, seed: string, difficulty: string, picks: number[], onTurn?: (g: GameState) => void) {
  const cs = compileScenario(s);
  const actor = createActor(gameMachine(s), { input: { seed, difficulty } }).start();
  const choices: string[] = [];
  for (let i = 0; actor.getSnapshot().status !== 'done'; i++) {
    const g = actor.getSnapshot().context.game;
    onTurn?.(g);
    const open = openChoices(cs, g);
    const choice = open[picks[i % picks.length]! % open.length]!;
    choices.push(choice);
    actor.send({ type: 'CHOOSE', choice });
    actor.send({ type: 'CONTINUE' });
  }
  return { game: actor.getSnapshot().context.game, choices, actor };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('invariants of %s', (_id, s) => {
  const cs = compileScenario(s);
  const find = (id: string) => (id === s.id ? s : undefined);

  it('keeps every stat within 0–100 and elites equal to the angrier camp, every turn', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const check = (g: GameState) => {
          for (const v of Object.values(g.stats)) expect(v >= 0 && v <= 100 && Number.isInteger(v)).toBe(true);
          expect(g.stats.elites).toBe(Math.max(...cs.camps.map((c) => g.stats[c]!)));
        };
        const { game } = play(s, seed, difficulty, picks, check);
        check(game);
        for (const rec of game.log) for (const v of Object.values(rec.stats)) expect(v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('ends every game within the scenario, with an ending that exists', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const { game } = play(s, seed, difficulty, picks);
        expect(game.ending).not.toBeNull();
        expect(game.turn).toBeLessThanOrEqual(cs.lastTurn);
        expect(cs.endingById.has(game.ending!.id)).toBe(true);
        if (game.ending!.kind === 'verdict') expect(game.turn).toBe(cs.lastTurn);
      }),
      { numRuns: 60 },
    );
  });

  it('replays reproduce the final state hash, as data and as a code', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const { game } = play(s, seed, difficulty, picks);
        const replay = JSON.parse(JSON.stringify(replayOf(game)));
        const verified = verifyReplay(replay, find);
        expect(verified.ok).toBe(true);
        if (verified.ok) expect(finalHash(verified.game)).toBe(finalHash(game));
        expect(verifyReplayCode(encodeReplay(replay, s), find).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a replay with any one choice changed', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.nat(), fc.nat(), (seed, picks, at, other) => {
        const { game, choices } = play(s, seed, s.difficulties[0]!.id, picks);
        const replay = replayOf(game);
        const i = at % choices.length;
        const card = cs.cardById.get(game.log.filter((r) => r.choice)[i]!.card!)!;
        const alternatives = card.choices.map((c) => c.id).filter((c) => c !== choices[i]);
        const tampered = { ...replay, choices: choices.map((c, k) => (k === i ? alternatives[other % alternatives.length]! : c)) };
        const r = verifyReplay(tampered, find);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['tampered', 'truncated']).toContain(r.kind);
      }),
      { numRuns: 40 },
    );
  });

  it('continues identically from a snapshot restored at any turn', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.nat(), (seed, picks, cut) => {
        const difficulty = s.difficulties[0]!.id;
        const whole = play(s, seed, difficulty, picks);
        const stopAt = cut % (whole.choices.length * 2);
        const a = createActor(gameMachine(s), { input: { seed, difficulty } }).start();
        const events = whole.choices.flatMap((choice) => [{ type: 'CHOOSE', choice } as const, { type: 'CONTINUE' } as const]);
        events.slice(0, stopAt).forEach((e) => a.send(e));
        const restored = restoreGameActor(s, JSON.parse(JSON.stringify(a.getPersistedSnapshot()))).start();
        events.slice(stopAt).forEach((e) => restored.send(e));
        expect(canonicalJson(restored.getSnapshot().context.game)).toBe(canonicalJson(whole.game));
        expect(restored.getSnapshot().status).toBe('done');
      }),
      { numRuns: 40 },
    );
  });
});

describe('replay refusals say which kind of problem it is', () => {
  const find = (id: string) => (id === mini.id ? mini : undefined);
  const { game } = play(mini, 'refuse', 'standard', [0, 1, 0, 1, 1, 0, 1]);
  const replay = replayOf(game);
  const code = encodeReplay(replay, mini);

  it('verifies the untouched replay and code', () => {
    expect(verifyReplay(replay, find).ok).toBe(true);
    expect(verifyReplayCode(code, find).ok).toBe(true);
  });

  it.each([
    ['not an object', 'nonsense', 'malformed'],
    ['missing fields', { format: 1 }, 'malformed'],
    ['another scenario version', { ...replay, scenario: { ...replay.scenario, hash: 'zzz' } }, 'version'],
    ['another engine', { ...replay, engine: '9.0.0' }, 'version'],
    ['an unknown scenario', { ...replay, scenario: { ...replay.scenario, id: 'elsewhere' } }, 'unknown-scenario'],
    ['truncated choices', { ...replay, choices: replay.choices.slice(0, 2) }, 'truncated'],
    ['an invented choice', { ...replay, choices: ['launch-everything', ...replay.choices.slice(1)] }, 'tampered'],
    ['extra choices after the end', { ...replay, choices: [...replay.choices, 'accept'] }, 'tampered'],
    ['an edited final state', { ...replay, final: 'abc' }, 'tampered'],
    ['too many choices', { ...replay, choices: Array(600).fill('accept') }, 'oversized'],
  ])('refuses %s', (_name, input, kind) => {
    const r = verifyReplay(input, find);
    expect(r.ok ? 'ok' : r.kind).toBe(kind);
  });

  it.each([
    ['a cut-off code', code.slice(0, code.length - 10), 'truncated'],
    ['a code missing its end', code.slice(0, code.lastIndexOf('.')), 'truncated'],
    ['a code with one character changed', code.replace(/\.(.)/, (_m, ch: string) => `.${ch === 'A' ? 'B' : 'A'}`), 'tampered'],
    ['something else', 'hello world', 'malformed'],
    ['an enormous code', 'SB1.' + 'A'.repeat(30_000), 'oversized'],
  ])('refuses %s', (_name, input, kind) => {
    const r = verifyReplayCode(input, find);
    expect(r.ok ? 'ok' : r.kind).toBe(kind);
  });

  it('decodes a code back to the same replay', () => {
    const decoded = decodeReplay(code, find);
    expect(decoded.ok === 'decoded' && decoded.replay).toEqual({ ...replay });
  });
});
