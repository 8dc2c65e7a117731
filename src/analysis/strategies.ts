import type { CompiledScenario } from '../engine/compile.js';
import { outlook } from '../engine/preview.js';
import { openRng, seedRng, type RngState } from '../engine/rng.js';
import { openChoices } from '../engine/turn.js';
import type { GameState } from '../engine/types.js';
import { collapseStats } from './scenario-shape.js';

const collapseCache = new WeakMap<CompiledScenario, Map<string, 'low' | 'high'>>();
function collapseStatsOf(cs: CompiledScenario): Map<string, 'low' | 'high'> {
  let m = collapseCache.get(cs);
  if (!m) collapseCache.set(cs, (m = collapseStats(cs.data)));
  return m;
}

// Scripted players for the simulator and for "what if" continuations. Each picks among the open choices.

export const STRATEGIES = ['random', 'west', 'russia', 'hardline', 'balanced'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface StrategyState {
  rng: RngState;
}

export function strategyState(seed: string): StrategyState {
  return { rng: seedRng(`${seed}/player`) };
}

function expected(cs: CompiledScenario, g: GameState, choice: string): Map<string, number> {
  return new Map(outlook(cs, g, g.card!, choice).map((o) => [o.stat, o.expected]));
}

function pickMin(choices: string[], score: (c: string) => number): string {
  let best = choices[0]!;
  let bestScore = Infinity;
  for (const c of choices) {
    const s = score(c);
    if (s < bestScore - 1e-9) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** The danger of a position: grows steeply as any tension nears 100, or a stat nears the level where it collapses the game. */
function danger(cs: CompiledScenario, g: GameState, delta: Map<string, number>): number {
  let total = 0;
  for (const stat of cs.tensionStats) {
    const v = Math.max(0, Math.min(100, (g.stats[stat] ?? 0) + (delta.get(stat) ?? 0))) / 100;
    total += v ** 4;
  }
  for (const [stat, bad] of collapseStatsOf(cs)) {
    const v = Math.max(0, Math.min(100, (g.stats[stat] ?? 0) + (delta.get(stat) ?? 0))) / 100;
    total += (bad === 'low' ? 1 - v : v) ** 4;
  }
  return total;
}

export function chooseFor(strategy: StrategyName, cs: CompiledScenario, g: GameState, s: StrategyState): { choice: string; state: StrategyState } {
  const choices = openChoices(cs, g);
  if (!choices.length) throw new Error('no open choice');
  switch (strategy) {
    case 'random': {
      const rng = openRng(s.rng);
      const choice = choices[Math.floor(rng.next() * choices.length)]!;
      return { choice, state: { rng: rng.state() } };
    }
    case 'west':
      return { choice: pickMin(choices, (c) => expected(cs, g, c).get('west') ?? 0), state: s };
    case 'russia':
      return { choice: pickMin(choices, (c) => expected(cs, g, c).get('russia') ?? 0), state: s };
    case 'hardline': {
      // The hardline player courts the scenario's first camp (docs/authoring.md: camps are listed hardline first).
      const camp = cs.camps[0]!;
      return { choice: pickMin(choices, (c) => expected(cs, g, c).get(camp) ?? 0), state: s };
    }
    case 'balanced':
      return { choice: pickMin(choices, (c) => danger(cs, g, expected(cs, g, c))), state: s };
  }
}
