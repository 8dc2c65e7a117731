import { createActor, createMachine, enqueueActions, setup, type Actor, type SnapshotFrom } from 'xstate';
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
 * A policy track's own statechart: one state per track state, and an event `to.<state>` for each. The game
 * machine invokes one per track (its children, by track id) and moves it whenever the rules move the track.
 */
export function trackMachine(track: ScenarioData['tracks'][number]) {
  return createMachine({
    id: track.id,
    initial: track.start,
    states: Object.fromEntries(track.states.map((state) => [state.id, {}])),
    on: Object.fromEntries(track.states.map((state) => [`to.${state.id}`, { target: `.${state.id}` }])),
  });
}

type TrackActor = ReturnType<typeof trackMachine>;

/**
 * The game: one machine per scenario, generated from its file.
 * - The turn: decision →(CHOOSE or VOTE: apply the choice) consequences →(CONTINUE: open the next month)
 *   decision … ; an ending reached at either step leads to the final state `ended`.
 * - The policy tracks: one child statechart per track (`snapshot.children.<track>`, e.g.
 *   `snapshot.children.jcpoa.getSnapshot().matches('restored')`), kept equal to the game's tracks. Children rather
 *   than parallel regions: regions put every track state into the configuration that XState recomputes on each
 *   event (the turn loop ran 1.6× slower with them), while a child is touched only when its track moves.
 * The rules are plain functions (turn.ts); the machine sequences them, one event per player action.
 */
function buildMachine(cs: CompiledScenario) {
  // The next month is worked out once, by the guard that must know whether it ends the game, and reused.
  const opened = new WeakMap<GameState, GameState>();
  const nextMonth = (g: GameState): GameState => {
    let next = opened.get(g);
    if (!next) opened.set(g, (next = openNextMonth(cs, g)));
    return next;
  };
  const syncTracks = (before: GameState, after: GameState, sendTo: (to: string, event: { type: string }) => void) => {
    if (after.tracks === before.tracks) return;
    for (const t of cs.data.tracks) if (after.tracks[t.id] !== before.tracks[t.id]) sendTo(t.id, { type: `to.${after.tracks[t.id]}` });
  };
  const trackActors: Record<string, TrackActor> = Object.fromEntries(cs.data.tracks.map((t) => [`track:${t.id}`, trackMachine(t)]));
  return setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
      input: {} as GameInput,
    },
    actors: trackActors,
    guards: {
      'choice is open': ({ context, event }) => event.type === 'CHOOSE' && isChoiceOpen(cs, context.game, event.choice),
      'vote decides an open choice': ({ context, event }) =>
        event.type === 'VOTE' && votesAreValid(cs, context.game, event.votes) && majorityChoice(cs, context.game, event.votes) !== null,
      'game has ended': ({ context }) => context.game.ending !== null,
      'the next month ends the game': ({ context }) => nextMonth(context.game).ending !== null,
    },
    actions: {
      'apply the choice': enqueueActions(({ context, event, enqueue }) => {
        let game = context.game;
        if (event.type === 'CHOOSE') game = applyChoice(cs, game, event.choice);
        else if (event.type === 'VOTE') game = applyChoice(cs, game, majorityChoice(cs, game, event.votes)!, event.votes);
        enqueue.assign({ game });
        syncTracks(context.game, game, enqueue.sendTo);
      }),
      'open the next month': enqueueActions(({ context, enqueue }) => {
        const game = nextMonth(context.game);
        enqueue.assign({ game });
        syncTracks(context.game, game, enqueue.sendTo);
      }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => ({ game: newGame(cs, input.seed, input.difficulty), settings: input.settings ?? { previews: false } }),
    invoke: cs.data.tracks.map((t) => ({ id: t.id, src: `track:${t.id}` })),
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
