import type { CompiledScenario } from '../engine/compile.js';
import { seedRng, type RngState } from '../engine/rng.js';
import { decide, isChoiceOpen } from '../engine/turn.js';
import type { GameState } from '../engine/types.js';
import { addFuture, emptyOptionTally, type OptionTally } from './decision-analysis-stats.js';
import { chooseFor, strategyState } from './strategies.js';

// The futures of one decision: from the game exactly as it stood there, each open option played on K times through
// the rule functions. Future k gets the same draws (and the same player's draws) whichever option is taken, so
// that the options differ by what they do and not by luck (common random numbers). Future 0 keeps the game's own
// draws: under 'as-played', the option the student took reproduces the game as it happened.

/** How the later decisions of a future are made. */
export type ContinuationPolicy = 'random' | 'balanced' | 'as-played';
export const CONTINUATION_POLICIES: readonly ContinuationPolicy[] = ['random', 'balanced', 'as-played'];

/** The seed of the draws of future k (k ≥ 1) of decision `index`; the player's own draws add "/player". */
export const futureSeed = (seed: string, index: number, k: number): string => `${seed}/futures/${index}/${k}`;

/** One option's futures at one decision. `open` false: the option was closed there and has no futures. */
export interface OptionFutures {
  choice: string;
  open: boolean;
  tally: OptionTally;
}

/** What the futures of one decision came to, before intervals: it adds up across workers (mergeGameTallies). */
export interface DecisionTally {
  /** 0-based index in the record's decisions. */
  index: number;
  turn: number;
  card: string;
  /** The choice the student made. */
  played: string;
  /** Every choice of the card, in the card's order. */
  options: OptionFutures[];
}

/** For each card, the student's choices on it after decision `index`, in order: what 'as-played' repeats. */
export function laterChoices(decided: readonly { card: string; choice: string }[], index: number): Map<string, string[]> {
  const later = new Map<string, string[]>();
  for (const d of decided.slice(index + 1)) {
    const list = later.get(d.card);
    if (list) list.push(d.choice);
    else later.set(d.card, [d.choice]);
  }
  return later;
}

type Player = (g: GameState) => string;

/** The later decisions of one future: the student's (as-played, while open) or a strategy's, from its own seed. */
function player(cs: CompiledScenario, policy: ContinuationPolicy, later: ReadonlyMap<string, readonly string[]>, seed: string): Player {
  let s = strategyState(seed);
  const strategy = policy === 'balanced' ? 'balanced' : 'random';
  const seen = policy === 'as-played' ? new Map<string, number>() : undefined;
  return (g) => {
    if (seen) {
      const card = g.card!;
      const mine = later.get(card);
      if (mine) {
        const n = seen.get(card) ?? 0;
        seen.set(card, n + 1);
        // A card seen more often than in the game repeats the student's last choice on it.
        const choice = mine[Math.min(n, mine.length - 1)]!;
        if (isChoiceOpen(cs, g, choice)) return choice;
      }
    }
    const pick = chooseFor(strategy, cs, g, s);
    s = pick.state;
    return pick.choice;
  };
}

function playFuture(cs: CompiledScenario, start: GameState, rng: RngState, choice: string, next: Player): GameState {
  let g = decide(cs, { ...start, rng }, choice);
  while (!g.ending) g = decide(cs, g, next(g));
  return g;
}

export interface FutureRange {
  policy: ContinuationPolicy;
  /** Futures k with from ≤ k < to are played. */
  from: number;
  to: number;
  /** Called after each future k with how many of this range's futures are done; true from `stop` ends early (null). */
  step?: (k: number) => boolean;
}

/**
 * Plays futures [from, to) of every open option at one decision. `start` is the game showing the decision's card,
 * exactly as the record left it there; `decided` is the record's decisions with their cards.
 */
export function tallyDecision(cs: CompiledScenario, start: GameState, index: number, decided: readonly { card: string; choice: string }[], range: FutureRange): DecisionTally | null {
  const card = cs.cardById.get(start.card!)!;
  const options: OptionFutures[] = card.choices.map((c) => ({ choice: c.id, open: isChoiceOpen(cs, start, c.id), tally: emptyOptionTally() }));
  const later = range.policy === 'random' || range.policy === 'balanced' ? new Map<string, string[]>() : laterChoices(decided, index);
  for (let k = range.from; k < range.to; k++) {
    const rng = k === 0 ? start.rng : seedRng(futureSeed(start.seed, index, k));
    const playerSeed = futureSeed(start.seed, index, k);
    for (const o of options) {
      if (!o.open) continue;
      const end = playFuture(cs, start, rng, o.choice, player(cs, range.policy, later, playerSeed));
      addFuture(o.tally, end.ending!.id, end.stats);
    }
    if (range.step?.(k)) return null;
  }
  return { index, turn: start.turn, card: card.id, played: decided[index]!.choice, options };
}
