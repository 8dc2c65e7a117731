import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { gameMachine, openChoices, type GameEvent, type GameSnapshot } from '../../src/engine/index.js';
import { mini, miniCs } from '../helpers.js';

// Model-based tests of the turn loop: xstate/graph explores every path the events allow from one seed,
// keyed by the state value, the turn, the card, the tracks and the meters (not the whole context, whose log never repeats).

const machine = gameMachine(mini);
const input = { seed: 'paths', difficulty: 'standard' };
const events = (s: GameSnapshot): GameEvent[] =>
  s.value === 'decision' ? openChoices(miniCs, s.context.game).map((choice) => ({ type: 'CHOOSE', choice })) : s.value === 'consequences' ? [{ type: 'CONTINUE' }] : [];
const serializeState = (s: GameSnapshot) => {
  const g = s.context.game;
  return `${String(s.value)}|t${g.turn}|${g.card}|${Object.values(g.tracks).join(',')}|${g.stats.west},${g.stats.russia},${g.stats.elites}|${g.ending?.id ?? ''}`;
};

describe('paths through the turn loop', () => {
  const toEnd = getShortestPaths(machine, { input, events, serializeState, toState: (s) => s.status === 'done' });

  it('reaches an ending by several routes, and more than one kind of ending', () => {
    expect(toEnd.length).toBeGreaterThanOrEqual(3);
    const endings = new Set(toEnd.map((p) => p.state.context.game.ending!.id));
    expect(endings.size).toBeGreaterThan(1);
  });

  it('every route follows decision → consequences → decision … → ended, one turn per choice', () => {
    for (const path of toEnd) {
      const a = createActor(machine, { input }).start();
      let turn = a.getSnapshot().context.game.turn;
      for (const step of path.steps.slice(1)) {
        const before = a.getSnapshot();
        expect(before.can(step.event)).toBe(true);
        a.send(step.event);
        const after = a.getSnapshot();
        if (step.event.type === 'CHOOSE') {
          expect(before.value).toBe('decision');
          expect(after.value).toBe('consequences');
          expect(after.context.game.log[turn - 1]!.choice).toBe(step.event.choice);
        } else {
          expect(before.value).toBe('consequences');
          expect(['decision', 'ended']).toContain(after.value);
          if (after.value === 'decision') {
            expect(after.context.game.turn).toBeGreaterThan(turn);
            turn = after.context.game.turn;
          }
        }
        expect(serializeState(after)).toBe(serializeState(step.state));
      }
      expect(a.getSnapshot().status).toBe('done');
      expect(a.getSnapshot().context.game.turn).toBeLessThanOrEqual(miniCs.lastTurn);
    }
  });

  it('simple paths never revisit a decision on the same turn', () => {
    const paths = getSimplePaths(machine, { input, events, serializeState, limit: 2000, toState: (s) => s.context.game.turn === 3 && s.value === 'decision' });
    expect(paths.length).toBeGreaterThan(3);
    for (const p of paths) {
      const decisions = p.steps.filter((s) => s.state.value === 'decision').map((s) => s.state.context.game.turn);
      expect(new Set(decisions).size).toBe(decisions.length);
    }
  });
});
