import { assign, createActor, setup, type Actor, type SnapshotFrom } from 'xstate';
import type { ScenarioData } from './scenario.js';
import { compileScenario, type CompiledScenario } from './compile.js';
import { applyChoice, isChoiceOpen, newGame, openNextMonth } from './turn.js';
import { majorityChoice, votesAreValid, type Votes } from './votes.js';
import type { GameSettings } from './record.js';
import type { GameState } from './types.js';

export interface GameInput {
  seed: string;
  difficulty: string;
  settings?: GameSettings;
}

export interface GameContext {
  game: GameState;
  settings: GameSettings;
}

/**
 * CHOOSE plays a choice; VOTE plays the majority of a class's show of hands (a tie broken by the seed) and records
 * the tally; CONTINUE opens the next month.
 */
export type GameEvent =
  | { type: 'CHOOSE'; choice: string }
  | { type: 'VOTE'; votes: Votes }
  | { type: 'CONTINUE' };

/**
 * The game: one machine per scenario, generated from its file.
 * - The turn: decision →(CHOOSE or VOTE: apply the choice) consequences →(CONTINUE: open the next month)
 *   decision … ; an ending reached at either step leads to the final state `ended`.
 * - The policy tracks: the game's `tracks`, moved only by the rules; `trackState` (tracks-chart.ts) gives them as a
 *   snapshot of the scenario's tracks statechart (`trackState(s, game).matches({ jcpoa: 'restored' })`).
 * The rules are plain functions (turn.ts); the machine sequences them, one event per player action.
 */
function buildMachine(cs: CompiledScenario) {
  // The next month is worked out once, by the guard that must know whether it ends the game, and reused by the
  // action that follows it in the same step (one slot: guard and action run back to back on the same game).
  let openedFrom: GameState | null = null;
  let opened: GameState | null = null;
  const nextMonth = (g: GameState): GameState => {
    if (openedFrom !== g || !opened) {
      opened = openNextMonth(cs, g);
      openedFrom = g;
    }
    return opened;
  };
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    guards: {
      'choice is open': ({ context, event }) => event.type === 'CHOOSE' && isChoiceOpen(cs, context.game, event.choice),
      'vote decides an open choice': ({ context, event }) =>
        event.type === 'VOTE' && votesAreValid(cs, context.game, event.votes) && majorityChoice(cs, context.game, event.votes) !== null,
      'game has ended': ({ context }) => context.game.ending !== null,
      'the next month ends the game': ({ context }) => nextMonth(context.game).ending !== null,
    },
    actions: {
      'apply the choice': assign({
        game: ({ context, event }) => {
          if (event.type === 'CHOOSE') return applyChoice(cs, context.game, event.choice);
          if (event.type === 'VOTE') return applyChoice(cs, context.game, majorityChoice(cs, context.game, event.votes)!, event.votes);
          return context.game;
        },
      }),
      'open the next month': assign({ game: ({ context }) => nextMonth(context.game) }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({ game: newGame(cs, input.seed, input.difficulty), settings: input.settings ?? { previews: false } }),
    // 'opening' is passed through once, at the start (a scenario could open in crisis).
    initial: 'opening',
    states: {
      opening: { always: [{ guard: 'game has ended', target: 'ended' }, { target: 'decision' }] },
      decision: {
        on: {
          CHOOSE: { guard: 'choice is open', target: 'consequences', actions: 'apply the choice' },
          VOTE: { guard: 'vote decides an open choice', target: 'consequences', actions: 'apply the choice' },
        },
      },
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
}

export type GameMachine = ReturnType<typeof buildMachine>;
export type GameSnapshot = SnapshotFrom<GameMachine>;
export type GameActor = Actor<GameMachine>;
export type Phase = 'decision' | 'consequences' | 'ended';

/** Where the turn stands: choosing, reading the consequences, or over. */
export function phaseOf(snap: GameSnapshot): Phase {
  if (snap.status === 'done') return 'ended';
  return snap.value === 'consequences' ? 'consequences' : 'decision';
}

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

/** A new game's actor (not yet started). Games are resumed by playing their record (play.ts), not from snapshots. */
export function createGameActor(scenario: ScenarioData, input: GameInput): GameActor {
  return createActor(gameMachine(scenario), { input });
}
