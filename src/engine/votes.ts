import type { CompiledScenario } from './compile.js';
import { openRng, seedRng } from './rng.js';
import { openChoices } from './turn.js';
import type { GameState } from './types.js';

/** A class vote on the card in play: show-of-hands counts per choice id. */
export type Votes = Record<string, number>;

/**
 * The choice a class vote decides: the most votes among the open choices; a tie is broken by the game's seed
 * (its own stream, so the game's draws are untouched), the same way on every machine.
 */
/** The choices (among `among`) with the most votes; empty when nobody voted. More than one is a tie. */
export function topChoices(votes: Votes, among: readonly string[] = Object.keys(votes)): string[] {
  const best = Math.max(0, ...among.map((c) => votes[c] ?? 0));
  return best > 0 ? among.filter((c) => (votes[c] ?? 0) === best) : [];
}

export function majorityChoice(cs: CompiledScenario, g: GameState, votes: Votes): string | null {
  const tied = topChoices(votes, openChoices(cs, g));
  if (!tied.length) return null;
  if (tied.length === 1) return tied[0]!;
  const rng = openRng(seedRng(`${g.seed}/vote/${g.turn}`));
  return tied[Math.floor(rng.next() * tied.length)]!;
}

/** Votes are whole, non-negative counts for choices on the card. */
export function votesAreValid(cs: CompiledScenario, g: GameState, votes: unknown): votes is Votes {
  if (votes === null || typeof votes !== 'object' || Array.isArray(votes)) return false;
  const choices = new Set(g.card ? cs.cardById.get(g.card)?.choices.map((c) => c.id) : []);
  return Object.entries(votes).every(([k, v]) => choices.has(k) && Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000);
}
