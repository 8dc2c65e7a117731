import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { gameMachine, openChoices } from '../../src/engine/index.js';
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

  it('models each policy track as its own statechart, moved with the game', () => {
    const a = start('tracks');
    const g0 = a.getSnapshot().context.game;
    for (const t of mini.tracks) expect(a.getSnapshot().children[t.id]?.getSnapshot().value).toBe(g0.tracks[t.id]);
    for (let i = 0; a.getSnapshot().status !== 'done' && i < 40; i++) {
      a.send({ type: 'CHOOSE', choice: openChoices(miniCs, a.getSnapshot().context.game)[i % 2] ?? openChoices(miniCs, a.getSnapshot().context.game)[0]! });
      const snap = a.getSnapshot();
      for (const t of mini.tracks) expect(snap.children[t.id]?.getSnapshot().value).toBe(snap.context.game.tracks[t.id]);
      a.send({ type: 'CONTINUE' });
    }
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
