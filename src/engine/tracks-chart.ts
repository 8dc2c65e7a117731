import { createMachine, type SnapshotFrom } from 'xstate';
import type { ScenarioData } from './scenario.js';
import type { GameState } from './types.js';

/**
 * The policy tracks of a scenario as one statechart: a parallel region per track, one state per track state, and
 * an event `<track>.to.<state>` for each move. The game holds where each track stands (`game.tracks`, written only
 * by the rules); `trackState` resolves that into a snapshot of this chart, so `matches({ jcpoa: 'restored' })`
 * answers "is the deal restored?".
 *
 * Why resolved on demand rather than carried by the running game: the track states are wholly given by the game's
 * state, so a second live copy only has to be kept equal to it. Measured on the turn loop (bench/engine.bench.ts),
 * regions in the game machine made every event about 4× dearer, and one child actor per track cost more than the
 * rest of the machine together; resolving the chart when a screen or test asks costs the turn loop nothing.
 */
export function buildTracksChart(scenario: Pick<ScenarioData, 'id' | 'tracks'>) {
  return createMachine({
    id: `${scenario.id}.tracks`,
    type: 'parallel',
    states: Object.fromEntries(
      scenario.tracks.map((track) => [
        track.id,
        {
          initial: track.start,
          states: Object.fromEntries(track.states.map((state) => [state.id, {}])),
          on: Object.fromEntries(track.states.map((state) => [`${track.id}.to.${state.id}`, { target: `.${state.id}` }])),
        },
      ]),
    ),
  });
}

export type TracksChart = ReturnType<typeof buildTracksChart>;
export type TracksSnapshot = SnapshotFrom<TracksChart>;

const charts = new WeakMap<ScenarioData, TracksChart>();

/** The scenario's tracks statechart, built once. */
export function tracksChart(scenario: ScenarioData): TracksChart {
  let chart = charts.get(scenario);
  if (!chart) charts.set(scenario, (chart = buildTracksChart(scenario)));
  return chart;
}

/** Where the game's tracks stand, as a snapshot of the scenario's tracks statechart. */
export function trackState(scenario: ScenarioData, game: Pick<GameState, 'tracks'>): TracksSnapshot {
  if (scenario.tracks.length === 0) return tracksChart(scenario).resolveState({ value: {}, context: undefined });
  return tracksChart(scenario).resolveState({ value: { ...game.tracks }, context: undefined });
}
