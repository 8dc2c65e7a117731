import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { gameMachine, canonicalJson, openChoices, restoreGameActor } from '../../src/engine/index.js';
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

  it('restores a persisted snapshot and continues exactly as the original', () => {
    const a = start('persist');
    a.send({ type: 'CHOOSE', choice: openChoices(miniCs, a.getSnapshot().context.game)[0]! });
    const saved = JSON.stringify(a.getPersistedSnapshot());
    const b = restoreGameActor(mini, JSON.parse(saved)).start();
    expect(b.getSnapshot().value).toBe('consequences');
    for (const actor of [a, b]) {
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'CHOOSE', choice: openChoices(miniCs, actor.getSnapshot().context.game).at(-1)! });
      actor.send({ type: 'CONTINUE' });
    }
    expect(canonicalJson(b.getSnapshot().context.game)).toBe(canonicalJson(a.getSnapshot().context.game));
  });

  it('records the settings given as input', () => {
    const a = createActor(gameMachine(mini), { input: { seed: 's', difficulty: 'story', settings: { previews: true } } }).start();
    expect(a.getSnapshot().context.settings).toEqual({ previews: true });
  });
});
