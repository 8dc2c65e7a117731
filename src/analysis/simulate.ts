import { createActor } from 'xstate';
import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import { gameMachine } from '../engine/machine.js';
import { chooseFor, strategyState, type StrategyName } from './strategies.js';
import { decide, newGame } from '../engine/turn.js';
import type { GameState } from '../engine/types.js';

/**
 * One whole game played by a scripted strategy through the machine, one event per player action. The strategy's
 * own draws come from `playerSeed` (by default the game's seed): many bot games on one class seed still differ.
 */
export function playThroughMachine(scenario: ScenarioData, seed: string, difficulty: string, strategy: StrategyName, playerSeed = seed): GameState {
  const cs = compileScenario(scenario);
  const actor = createActor(gameMachine(scenario), { input: { seed, difficulty } }).start();
  let s = strategyState(playerSeed);
  for (let snap = actor.getSnapshot(); snap.status !== 'done'; snap = actor.getSnapshot()) {
    const pick = chooseFor(strategy, cs, snap.context.game, s);
    s = pick.state;
    actor.send({ type: 'CHOOSE', choice: pick.choice });
    actor.send({ type: 'CONTINUE' });
  }
  const game = actor.getSnapshot().context.game;
  actor.stop();
  return game;
}

/** The same game with the rule functions called directly: the floor the machine is measured against. */
export function playThroughRules(scenario: ScenarioData, seed: string, difficulty: string, strategy: StrategyName): GameState {
  const cs = compileScenario(scenario);
  let g = newGame(cs, seed, difficulty);
  let s = strategyState(seed);
  while (!g.ending) {
    const pick = chooseFor(strategy, cs, g, s);
    s = pick.state;
    g = decide(cs, g, pick.choice);
  }
  return g;
}

/** The seed of the i-th game of a simulation run. */
export function runSeed(seed: string, i: number): string {
  return `${seed}-${i}`;
}
