import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import { createGameActor, type GameActor } from '../engine/machine.js';
import { chooseFor, strategyState, type StrategyName } from './strategies.js';
import type { GameState } from '../engine/types.js';

// "What if Tehran had chosen differently?" Every game is deterministic, so a past decision can be changed and
// the game played again from the same seed: everything before it is identical, everything after may not be.

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

const decisionsOf = (g: GameState) => g.log.filter((r) => r.card && r.choice);

/**
 * An actor replayed up to decision `index` (0-based) of the original game, with `choice` played there instead;
 * it stands in 'consequences', ready for the player to play on. Returns null if the choice is not open there.
 */
export function branchAt(scenario: ScenarioData, original: GameState, index: number, choice: string, settings = {}): GameActor | null {
  const decisions = decisionsOf(original);
  if (index < 0 || index >= decisions.length) return null;
  const actor = createGameActor(scenario, { seed: original.seed, difficulty: original.difficulty, settings }).start();
  for (let i = 0; i < index; i++) {
    const rec = decisions[i]!;
    actor.send(rec.votes ? { type: 'CHOOSE', choice: rec.choice!, votes: rec.votes } : { type: 'CHOOSE', choice: rec.choice! });
    actor.send({ type: 'CONTINUE' });
  }
  if (!actor.getSnapshot().can({ type: 'CHOOSE', choice })) {
    actor.stop();
    return null;
  }
  actor.send({ type: 'CHOOSE', choice });
  return actor;
}

/** Plays a branched game to its end: 'keep' repeats the original choice whenever the same card comes up and is open. */
export function finishGame(scenario: ScenarioData, actor: GameActor, original: GameState, how: Continuation): GameState {
  const cs = compileScenario(scenario);
  const originalChoice = new Map(decisionsOf(original).map((r) => [r.card!, r.choice!]));
  let s = strategyState(`${original.seed}/what-if`);
  for (let snap = actor.getSnapshot(); snap.status !== 'done'; snap = actor.getSnapshot()) {
    if (snap.value === 'consequences') {
      actor.send({ type: 'CONTINUE' });
      continue;
    }
    const g = snap.context.game;
    const kept = how === 'keep' ? originalChoice.get(g.card!) : undefined;
    let choice: string;
    if (kept && snap.can({ type: 'CHOOSE', choice: kept })) choice = kept;
    else {
      const pick = chooseFor(how === 'keep' ? 'balanced' : how, cs, g, s);
      s = pick.state;
      choice = pick.choice;
    }
    actor.send({ type: 'CHOOSE', choice });
  }
  const game = actor.getSnapshot().context.game;
  actor.stop();
  return game;
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

export function whatIf(scenario: ScenarioData, original: GameState, index: number, choice: string, how: Continuation = 'keep'): WhatIfResult | null {
  const actor = branchAt(scenario, original, index, choice);
  if (!actor) return null;
  const alternative = finishGame(scenario, actor, original, how);
  const changedTurn = decisionsOf(original)[index]!.turn;
  return { original, alternative, changedTurn, cardsDivergeAt: cardsDivergeAt(original, alternative, changedTurn) };
}
