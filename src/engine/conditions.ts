import type { Condition } from './scenario.js';
import type { GameState } from './types.js';

type View = Pick<GameState, 'stats' | 'tracks' | 'flags' | 'log' | 'played' | 'turn'>;

export function holds(c: Condition | undefined, g: View): boolean {
  if (!c) return true;
  if (c.stat !== undefined) {
    const v = g.stats[c.stat] ?? 0;
    return (c.atLeast === undefined || v >= c.atLeast) && (c.atMost === undefined || v <= c.atMost);
  }
  if (c.track !== undefined) {
    const state = g.tracks[c.track];
    return c.is !== undefined ? state === c.is : (c.in ?? []).includes(state ?? '');
  }
  if (c.flag !== undefined) return g.flags[c.flag] === true;
  if (c.notFlag !== undefined) return g.flags[c.notFlag] !== true;
  if (c.played !== undefined) return g.played.includes(c.played);
  if (c.chose !== undefined) {
    const dot = c.chose.indexOf('.');
    const card = c.chose.slice(0, dot);
    for (let i = g.log.length - 1; i >= 0; i--) if (g.log[i]!.card === card && g.log[i]!.choice) return g.log[i]!.choice === c.chose.slice(dot + 1);
    return false;
  }
  if (c.turn !== undefined) return (c.turn.from ?? 1) <= g.turn && g.turn <= (c.turn.to ?? Infinity);
  if (c.all !== undefined) return c.all.every((s) => holds(s, g));
  if (c.any !== undefined) return c.any.some((s) => holds(s, g));
  if (c.not !== undefined) return !holds(c.not, g);
  return true;
}

/** The stats a condition looks at, for explaining an ending. */
export function statsIn(c: Condition | undefined, into: Set<string> = new Set()): Set<string> {
  if (!c) return into;
  if (c.stat) into.add(c.stat);
  for (const s of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) statsIn(s, into);
  return into;
}
