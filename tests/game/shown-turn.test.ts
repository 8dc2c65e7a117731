import { describe, expect, it } from 'vitest';
import { play } from '../../src/engine/play';
import { shownTurn } from '../../src/game/view-model';
import { mini } from '../helpers';

// The turn a screen or a saved game names: at the consequences of a decision, that decision's own turn.

const firstChoice = (card: string) => mini.cards.find((c) => c.id === card)!.choices[0]!.id;

describe('shownTurn', () => {
  it('names the decision’s own turn at its consequences, and the game’s turn otherwise', () => {
    const start = play(mini, { seed: 'turn1', difficulty: 'standard', settings: { previews: false }, decisions: [] }).actor;
    const card = start.getSnapshot().context.game.card!;
    start.stop();
    const record = { seed: 'turn1', difficulty: 'standard', settings: { previews: false }, decisions: [{ choice: firstChoice(card) }] };
    // Played on past the decision (as a save is checked): the game is at turn 2, the consequences were turn 1's.
    const on = play(mini, record).actor;
    const g = on.getSnapshot().context.game;
    on.stop();
    expect(g.turn).toBe(2);
    expect(shownTurn(g, true)).toBe(1);
    expect(shownTurn(g, false)).toBe(2);
    // Held at the consequences (as the turn screen shows them): turn 1 as well.
    const held = play(mini, record, { holdLast: true }).actor;
    expect(shownTurn(held.getSnapshot().context.game, true)).toBe(1);
    held.stop();
    // Before any decision there is none to name.
    const fresh = play(mini, { ...record, decisions: [] }).actor;
    expect(shownTurn(fresh.getSnapshot().context.game, true)).toBe(1);
    fresh.stop();
  });
});
