import type { ScenarioData } from '../scenario/types.js';
import { compileScenario, decisionsOf, play, playOut, type Decision, type GameActor, type GameSettings, type GameState } from '../engine';
import { chooseFor, strategyState, type StrategyName } from './strategies.js';

// "What if Tehran had chosen differently?" Every game is deterministic, so a past decision can be changed and
// the record played again from the same seed: everything before it is identical, everything after may not be.

/** How the other future is played out after the changed decision. */
export type Continuation = StrategyName | 'keep';

export interface WhatIfResult {
  original: GameState;
  alternative: GameState;
  /** The turn of the changed decision. */
  changedTurn: number;
  /** The first later turn where the two games show different cards, or null if they never do. */
  cardsDivergeAt: number | null;
}

/** The decisions of a branch: the original's up to decision `index` (0-based), then `choice` there. */
export function branchDecisions(original: GameState, index: number, choice: string): Decision[] | null {
  const decisions = decisionsOf(original);
  if (index < 0 || index >= decisions.length) return null;
  return [...decisions.slice(0, index), { choice }];
}

/**
 * The branch as a running game standing in 'consequences' of the changed decision, ready for the player to play
 * on; null if the choice is not open there.
 */
export function branchAt(scenario: ScenarioData, original: GameState, index: number, choice: string, settings: GameSettings = { previews: false }): GameActor | null {
  const decisions = branchDecisions(original, index, choice);
  if (!decisions) return null;
  const { actor, refusedAt } = play(scenario, { seed: original.seed, difficulty: original.difficulty, settings, decisions }, { holdLast: true });
  if (refusedAt) {
    actor.stop();
    return null;
  }
  return actor;
}

/** The continuation as a decision policy: 'keep' repeats the original choice whenever the same card comes up and is open. */
function continuation(scenario: ScenarioData, original: GameState, how: Continuation) {
  const cs = compileScenario(scenario);
  const originalChoice = new Map(original.log.filter((r) => r.card && r.choice).map((r) => [r.card!, r.choice!]));
  let s = strategyState(`${original.seed}/what-if`);
  return (g: GameState, open: readonly string[]): Decision => {
    const kept = how === 'keep' ? originalChoice.get(g.card!) : undefined;
    if (kept && open.includes(kept)) return { choice: kept };
    const pick = chooseFor(how === 'keep' ? 'balanced' : how, cs, g, s);
    s = pick.state;
    return { choice: pick.choice };
  };
}

/** The first turn after `changedTurn` where the two games show different cards, or null if they never do. */
export function cardsDivergeAt(a: GameState, b: GameState, changedTurn: number): number | null {
  for (let turn = changedTurn + 1; turn <= Math.max(a.turn, b.turn); turn++) {
    const x = a.log.find((r) => r.turn === turn)?.card ?? null;
    const y = b.log.find((r) => r.turn === turn)?.card ?? null;
    if (x !== y) return turn;
  }
  return null;
}

export function whatIf(scenario: ScenarioData, original: GameState, index: number, choice: string, how: Continuation = 'keep', settings: GameSettings = { previews: false }): WhatIfResult | null {
  const decisions = branchDecisions(original, index, choice);
  if (!decisions) return null;
  const played = playOut(scenario, { seed: original.seed, difficulty: original.difficulty, settings, decisions }, { next: continuation(scenario, original, how) });
  if (played.refusedAt && played.refusedAt.index <= index) return null;
  const changedTurn = original.log.filter((r) => r.card && r.choice)[index]!.turn;
  return { original, alternative: played.game, changedTurn, cardsDivergeAt: cardsDivergeAt(original, played.game, changedTurn) };
}
