import { assign, createActor, setup } from 'xstate';
import { gameMachine } from '../src/engine/index.js';
import type { ScenarioData } from '../src/scenario/types.js';

// XState's own cost for a game's events: the game machine's own states and transitions (its config, taken from the
// scenario's machine), with a turn counter in place of the rules behind its guards and actions. What the machine
// costs above rules-only play, less this, is ours.
type Bare = { turn: number; last: number };
const implementations = setup({
  types: { context: {} as Bare, input: {} as { turns: number }, events: {} as { type: 'CHOOSE' } | { type: 'VOTE' } | { type: 'CONTINUE' } },
  guards: {
    'choice is open': () => true,
    'vote decides an open choice': () => true,
    'game has ended': ({ context }) => context.turn > context.last,
    'the next month ends the game': ({ context }) => context.turn + 1 > context.last,
  },
  actions: {
    'apply the choice': assign({ turn: ({ context }) => context.turn }),
    'open the next month': assign({ turn: ({ context }) => context.turn + 1 }),
  },
});

const bareMachines = new WeakMap<ScenarioData, ReturnType<typeof implementations.createMachine>>();
function bareMachine(scenario: ScenarioData) {
  let m = bareMachines.get(scenario);
  if (!m) {
    const config = gameMachine(scenario).config as object;
    m = implementations.createMachine({ ...config, context: ({ input }: { input: { turns: number } }) => ({ turn: 1, last: input.turns }) } as never);
    bareMachines.set(scenario, m);
  }
  return m;
}

/** A game of `turns` decisions through the bare machine: CHOOSE then CONTINUE each turn, as play() sends them. */
export function bareMachineGame(scenario: ScenarioData, turns: number): void {
  const actor = createActor(bareMachine(scenario), { input: { turns } }).start();
  while (actor.getSnapshot().status !== 'done') {
    actor.send({ type: 'CHOOSE' });
    actor.send({ type: 'CONTINUE' });
  }
  actor.stop();
}
