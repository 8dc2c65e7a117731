import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, recordOf } from '../engine/index.js';
import { recordJson } from '../app/index.js';
import { playThroughMachine, runSeed, type StrategyName } from '../analysis/index.js';
import type { ScenarioData } from '../scenario/types.js';
import { addGame, emptyTally, type Tally } from './sim-summary.js';

// One chunk of a simulation's runs, played in order; each replay is written as soon as its game ends.

export interface SimulationPlan {
  scenario: ScenarioData;
  difficulty: string;
  seed: string;
  /** Every game on `seed` itself (a class's seed); the bots' own draws still differ from run to run. */
  sameSeed: boolean;
  replays?: string;
}

export interface Chunk {
  index: number;
  strategy: StrategyName;
  start: number;
  end: number;
}

/** Runs in a chunk: small enough to spread over the cores, large enough that handing them out costs nothing. */
export const CHUNK_RUNS = 500;

export function runChunk(plan: SimulationPlan, chunk: Chunk): Tally {
  const tally = emptyTally(compileScenario(plan.scenario));
  for (let i = chunk.start; i < chunk.end; i++) {
    const own = runSeed(plan.seed, i);
    const game = playThroughMachine(plan.scenario, plan.sameSeed ? plan.seed : own, plan.difficulty, chunk.strategy, own);
    addGame(tally, game);
    if (plan.replays) writeFileSync(join(plan.replays, `${plan.scenario.id}-${chunk.strategy}-${i}.json`), recordJson(recordOf(game, { previews: false })));
  }
  return tally;
}
