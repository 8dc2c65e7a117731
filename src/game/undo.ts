import { createGameActor, type GameActor, type GameSettings, type GameState } from '../engine';
import type { ScenarioData } from '../scenario/types';

// Practice mode's "Undo last decision": the game rebuilt from its seed and its decisions minus the last one, so
// that the undone game is exactly the game that would have been (same draws). The session adopts the actor.

/** A game actor at the decision before the last one made, or null when no decision has been made. */
export function rebuildWithoutLastDecision(scenario: ScenarioData, game: GameState, settings: GameSettings): GameActor | null {
  const decisions = game.log.filter((r) => r.card !== null && r.choice !== null);
  if (!decisions.length) return null;
  const actor = createGameActor(scenario, { seed: game.seed, difficulty: game.difficulty, settings }).start();
  for (const rec of decisions.slice(0, -1)) {
    actor.send(rec.votes ? { type: 'CHOOSE', choice: rec.choice!, votes: rec.votes } : { type: 'CHOOSE', choice: rec.choice! });
    actor.send({ type: 'CONTINUE' });
  }
  return actor;
}
