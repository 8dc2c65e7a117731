import { assign, createActor, setup, type Actor, type SnapshotFrom } from 'xstate';
import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, type CompiledScenario } from './compile.js';
import { decide, isChoiceOpen, newGame } from './turn.js';
import { majorityChoice, votesAreValid } from './votes.js';
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

/** CHOOSE may carry a class vote (projector mode); the choice must then be the vote's majority. */
export type GameEvent = { type: 'CHOOSE'; choice: string; votes?: Record<string, number> } | { type: 'CONTINUE' };

/**
 * The game: one machine per scenario. The turn loop is
 * decision → (CHOOSE: the choice's effects, the month's end, the next month's briefing: drift, delayed effects,
 * the card drawn with the seed) → consequences → (CONTINUE) → decision … → ended.
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
      'choice is open': ({ context, event }) =>
        event.type === 'CHOOSE' &&
        isChoiceOpen(cs, context.game, event.choice) &&
        (event.votes === undefined ||
          (votesAreValid(cs, context.game, event.votes) && majorityChoice(cs, context.game, event.votes) === event.choice)),
      'game has ended': ({ context }) => context.game.ending !== null,
    },
    actions: {
      'play the choice': assign(({ context, event }) => ({
        game: event.type === 'CHOOSE' ? decide(cs, context.game, event.choice, event.votes) : context.game,
      })),
    },
  }).createMachine({
    id: 'suspicious-bind',
    context: ({ input }) => ({ game: newGame(cs, input.seed, input.difficulty), settings: input.settings ?? {} }),
    // 'opening' is passed through once, at the start (a scenario could open in crisis). Later turns open inside
    // 'play the choice', so that each player action is one event with no transient state (see STACK.md on cost).
    initial: 'opening',
    states: {
      opening: {
        always: [{ guard: 'game has ended', target: 'ended' }, { target: 'decision' }],
      },
      decision: {
        on: { CHOOSE: { guard: 'choice is open', target: 'consequences', actions: 'play the choice' } },
      },
      consequences: {
        on: { CONTINUE: [{ guard: 'game has ended', target: 'ended' }, { target: 'decision' }] },
      },
      ended: { type: 'final' },
    },
  });
}

export type GameMachine = ReturnType<typeof buildMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;
export type GameActor = Actor<GameMachine>;

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

/** A new game's actor (not yet started). */
export function createGameActor(scenario: ScenarioData, input: GameInput): GameActor {
  return createActor(gameMachine(scenario), { input });
}

/** An actor restored from `getPersistedSnapshot()` output (not yet started); it continues exactly as the original. */
export function restoreGameActor(scenario: ScenarioData, persisted: unknown): GameActor {
  // Input only seeds a new game; a restored one takes everything from the snapshot.
  return createActor(gameMachine(scenario), { snapshot: persisted as GameSnapshot, input: undefined as unknown as GameInput });
}
