import type { CompiledScenario } from '../engine/compile.js';
import type { GameState } from '../engine/types.js';

// What a card's text or an advisor's line takes for granted (`assumes:` in the scenario), checked
// against the state the card is shown in.

type Card = CompiledScenario['cards'][number];
export type Assumption = NonNullable<Card['assumes']>[number];

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

export function assumptionHolds(a: Assumption, g: GameState): boolean {
  if ('track' in a) {
    const state = g.tracks[a.track];
    if (state === undefined) return false;
    return 'is' in a ? asList(a.is).includes(state) : !asList(a.not).includes(state);
  }
  if ('flag' in a) return g.flags[a.flag] === true;
  if ('notFlag' in a) return g.flags[a.notFlag] !== true;
  if ('played' in a) return g.played.includes(a.played);
  return !g.played.includes(a.notPlayed);
}

export function describeAssumption(a: Assumption): string {
  if ('track' in a) return 'is' in a ? `${a.track} is ${asList(a.is).join('|')}` : `${a.track} is not ${asList(a.not).join('|')}`;
  if ('flag' in a) return `flag ${a.flag}`;
  if ('notFlag' in a) return `no flag ${a.notFlag}`;
  if ('played' in a) return `played ${a.played}`;
  return `not played ${a.notPlayed}`;
}

/** The assumptions of the card now shown (its own and its advisors') that do not hold, as "card[.advisor]: what". */
export function brokenAssumptions(cs: CompiledScenario, g: GameState): string[] {
  if (!g.card) return [];
  const card = cs.cardById.get(g.card);
  if (!card) return [];
  const out: string[] = [];
  for (const a of card.assumes ?? []) if (!assumptionHolds(a, g)) out.push(`${card.id}: ${describeAssumption(a)} (turn ${g.turn})`);
  for (const p of card.advisors)
    for (const a of p.assumes ?? []) if (!assumptionHolds(a, g)) out.push(`${card.id}.${p.advisor}: ${describeAssumption(a)} (turn ${g.turn})`);
  return out;
}
