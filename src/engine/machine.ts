import { assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, type CompiledScenario } from './compile.js';
import { decide, isChoiceOpen, newGame } from './turn.js';
import type { GameState, GameSettings } from './types.js';

export interface GameInput {
  seed: string;
  difficulty: string;
  settings?: GameSettings;
}

export interface GameContext {
  game: GameState;
  settings: GameSettings;
}

export type GameEvent = { type: 'CHOOSE'; choice: string } | { type: 'CONTINUE' };

/**
 * The game: one machine per scenario. The turn loop is
 * briefing (drift, delayed effects, card drawn with the seed) → decision → consequences → briefing … → ended.
 * The rules are plain functions (turn.ts); the machine sequences them, one event per player action.
 */
function buildMachine(cs: CompiledScenario) {
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    guards: {
      'choice is open': ({ context, event }) => event.type === 'CHOOSE' && isChoiceOpen(cs, context.game, event.choice),
      'game has ended': ({ context }) => context.game.ending !== null,
    },
    actions: {
      'play the choice': assign(({ context, event }) => ({
        game: event.type === 'CHOOSE' ? decide(cs, context.game, event.choice) : context.game,
      })),
    },
  }).createMachine({
    id: 'suspicious-bind',
    context: ({ input }) => ({ game: newGame(cs, input.seed, input.difficulty), settings: input.settings ?? {} }),
    initial: 'briefing',
    states: {
      briefing: {
        always: [{ guard: 'game has ended', target: 'ended' }, { target: 'decision' }],
      },
      decision: {
        on: { CHOOSE: { guard: 'choice is open', target: 'consequences', actions: 'play the choice' } },
      },
      consequences: {
        on: { CONTINUE: { target: 'briefing' } },
      },
      ended: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof buildMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;
export type GameActor = ActorRefFrom<GameMachine>;

const machines = new WeakMap<ScenarioData, GameMachine>();

/** The machine for a scenario, built once and reused. */
export function gameMachine(scenario: ScenarioData): GameMachine {
  let m = machines.get(scenario);
  if (!m) {
    m = buildMachine(compileScenario(scenario));
    machines.set(scenario, m);
  }
  return m;
}
