import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, decide, newGame, playOut, type GameState } from '../engine';
import { chooseFor, strategyState, type StrategyName } from './strategies.js';

/**
 * One whole game played by a scripted strategy through the machine (play() asking the strategy each turn). The
 * strategy's own draws come from `playerSeed` (by default the game's seed): many bot games on one class seed differ.
 */
export function playThroughMachine(scenario: ScenarioData, seed: string, difficulty: string, strategy: StrategyName, playerSeed = seed): GameState {
  const cs = compileScenario(scenario);
  let s = strategyState(playerSeed);
  const next = (g: GameState) => {
    const pick = chooseFor(strategy, cs, g, s);
    s = pick.state;
    return { choice: pick.choice };
  };
  return playOut(scenario, { seed, difficulty, settings: { previews: false }, decisions: [] }, { next }).game;
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
