import { createActor, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { gameMachine, openChoices, trackState, tracksChart } from '../../src/engine/index.js';
import { mini, miniCs } from '../helpers.js';

const start = (seed = 'm1', difficulty = 'standard') => createActor(gameMachine(mini), { input: { seed, difficulty } }).start();

describe('the game machine', () => {
  it('opens on a decision with a card drawn', () => {
    const a = start();
    const s = a.getSnapshot();
    expect(s.value).toBe('decision');
    expect(s.context.game.card).not.toBeNull();
    expect(s.context.game.turn).toBe(1);
  });

  it('tells the view which choices are open, and ignores closed ones', () => {
    const a = start();
    const g = a.getSnapshot().context.game;
    const open = openChoices(miniCs, g);
    for (const c of open) expect(a.getSnapshot().can({ type: 'CHOOSE', choice: c })).toBe(true);
    expect(a.getSnapshot().can({ type: 'CHOOSE', choice: 'no-such-choice' })).toBe(false);
    expect(a.getSnapshot().can({ type: 'CONTINUE' })).toBe(false);
    a.send({ type: 'CHOOSE', choice: 'no-such-choice' });
    expect(a.getSnapshot().value).toBe('decision');
    expect(a.getSnapshot().context.game).toBe(g);
  });

  it('goes decision → consequences → decision, one turn per choice', () => {
    const a = start();
    const first = a.getSnapshot().context.game;
    a.send({ type: 'CHOOSE', choice: openChoices(miniCs, first)[0]! });
    expect(a.getSnapshot().value).toBe('consequences');
    expect(a.getSnapshot().can({ type: 'CHOOSE', choice: 'accept' })).toBe(false);
    expect(a.getSnapshot().context.game.log[0]!.choice).toBe(openChoices(miniCs, first)[0]);
    a.send({ type: 'CONTINUE' });
    expect(a.getSnapshot().value).toBe('decision');
    expect(a.getSnapshot().context.game.turn).toBe(2);
  });

  it('reaches the final state with an ending', () => {
    const a = start();
    while (a.getSnapshot().status !== 'done') {
      const s = a.getSnapshot();
      if (s.value === 'decision') a.send({ type: 'CHOOSE', choice: openChoices(miniCs, s.context.game)[0]! });
      else a.send({ type: 'CONTINUE' });
    }
    expect(a.getSnapshot().value).toBe('ended');
    expect(a.getSnapshot().context.game.ending).not.toBeNull();
  });

  it('models the policy tracks as a statechart whose state follows the game', () => {
    const chart = tracksChart(mini);
    expect(Object.keys(chart.root.states)).toEqual(mini.tracks.map((t) => t.id));
    const seen = new Set<string>();
    for (let n = 0; n < 6; n++) {
      const a = start(`tracks${n}`);
      for (let i = 0; a.getSnapshot().status !== 'done' && i < 40; i++) {
        const open = openChoices(miniCs, a.getSnapshot().context.game);
        a.send({ type: 'CHOOSE', choice: open[(i + n) % open.length]! });
        const game = a.getSnapshot().context.game;
        const state = trackState(mini, game);
        expect(state.value).toEqual(game.tracks);
        for (const t of mini.tracks) {
          seen.add(`${t.id}:${game.tracks[t.id]}`);
          for (const s of t.states) expect(state.matches({ [t.id]: s.id })).toBe(game.tracks[t.id] === s.id);
        }
        a.send({ type: 'CONTINUE' });
      }
    }
    expect(seen.size).toBeGreaterThan(mini.tracks.length); // some track moved
  });

  it('moves a track in its chart by the event named for the move', () => {
    const t = mini.tracks[0]!;
    const from = trackState(mini, { tracks: Object.fromEntries(mini.tracks.map((x) => [x.id, x.start])) });
    const to = t.states.find((s) => s.id !== t.start)!;
    const [moved] = transition(tracksChart(mini), from, { type: `${t.id}.to.${to.id}` });
    expect(moved.matches({ [t.id]: to.id })).toBe(true);
  });

  it('shows the state after the decision and before the next month while in consequences', () => {
    const a = start('split');
    const before = a.getSnapshot().context.game;
    a.send({ type: 'CHOOSE', choice: openChoices(miniCs, before)[0]! });
    const after = a.getSnapshot().context.game;
    expect(a.getSnapshot().value).toBe('consequences');
    expect(after.turn).toBe(before.turn);
    expect(after.card).toBeNull();
    expect(after.log.at(-1)!.stats).toEqual(after.stats);
    a.send({ type: 'CONTINUE' });
    expect(a.getSnapshot().context.game.turn).toBe(before.turn + 1);
  });

  it('plays a class vote as its majority and records the tally; a vote for no open choice is ignored', () => {
    const a = start('vote');
    const open = openChoices(miniCs, a.getSnapshot().context.game);
    expect(a.getSnapshot().can({ type: 'VOTE', votes: {} })).toBe(false);
    a.send({ type: 'VOTE', votes: { [open[1]!]: 7, [open[0]!]: 3 } });
    const rec = a.getSnapshot().context.game.log.at(-1)!;
    expect(rec.choice).toBe(open[1]);
    expect(rec.votes).toEqual({ [open[1]!]: 7, [open[0]!]: 3 });
  });

  it('records the settings given as input', () => {
    const a = createActor(gameMachine(mini), { input: { seed: 's', difficulty: 'story', settings: { previews: true } } }).start();
    expect(a.getSnapshot().context.settings).toEqual({ previews: true });
  });
});
