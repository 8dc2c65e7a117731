import { assign, createActor, setup } from 'xstate';

// XState's own cost for a game's events: the game machine's states, guards and transitions with no rules behind
// them (a turn counter in place of the game). What the machine costs above rules-only play, less this, is ours.
const bare = setup({
  types: { context: {} as { turn: number; last: number }, input: {} as { turns: number }, events: {} as { type: 'CHOOSE' } | { type: 'CONTINUE' } },
  guards: {
    'choice is open': () => true,
    'game has ended': ({ context }) => context.turn > context.last,
    'the next month ends the game': ({ context }) => context.turn + 1 > context.last,
  },
  actions: {
    'apply the choice': assign({ turn: ({ context }) => context.turn }),
    'open the next month': assign({ turn: ({ context }) => context.turn + 1 }),
  },
}).createMachine({
  id: 'bare',
  context: ({ input }) => ({ turn: 1, last: input.turns }),
  initial: 'opening',
  states: {
    opening: { always: [{ guard: 'game has ended', target: 'ended' }, { target: 'decision' }] },
    decision: { on: { CHOOSE: { guard: 'choice is open', target: 'consequences', actions: 'apply the choice' } } },
    consequences: {
      on: {
        CONTINUE: [
          { guard: 'game has ended', target: 'ended' },
          { guard: 'the next month ends the game', target: 'ended', actions: 'open the next month' },
          { target: 'decision', actions: 'open the next month' },
        ],
      },
    },
    ended: { type: 'final' },
  },
});

/** A game of `turns` decisions through the bare machine: CHOOSE then CONTINUE each turn, as play() sends them. */
export function bareMachineGame(turns: number): void {
  const actor = createActor(bare, { input: { turns } }).start();
  while (actor.getSnapshot().status !== 'done') {
    actor.send({ type: 'CHOOSE' });
    actor.send({ type: 'CONTINUE' });
  }
  actor.stop();
}
