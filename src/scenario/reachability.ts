// A static, conservative look at what a scenario can ever bring about: which track states and flags
// some effect sets. Used to find cards that can never be eligible. "Can hold" errs towards yes.

import { isObj, list, num, str, type Obj } from './raw.js';

export interface Reachable {
  trackStates: Set<string>; // "track:state"
  flags: Set<string>;
  cards: Set<string>;
}

function walkEffects(effects: unknown, into: Reachable): void {
  for (const e of list(effects)) {
    if (!isObj(e)) continue;
    if (str(e.track) && str(e.to)) into.trackStates.add(`${e.track}:${e.to}`);
    if (str(e.set)) into.flags.add(e.set as string);
    walkEffects(e.then, into);
    walkEffects(e.else, into);
  }
}

export function collectReachable(raw: Obj): Reachable {
  const r: Reachable = { trackStates: new Set(), flags: new Set(), cards: new Set() };
  for (const t of list(raw.tracks)) if (isObj(t) && str(t.id) && str(t.start)) r.trackStates.add(`${t.id}:${t.start}`);
  for (const c of list(raw.cards)) {
    if (!isObj(c)) continue;
    if (str(c.id)) r.cards.add(c.id as string);
    for (const ch of list(c.choices)) if (isObj(ch)) walkEffects(ch.effects, r);
  }
  return r;
}

export function conditionCanHold(c: unknown, r: Reachable, window: { from: number; to: number }): boolean {
  if (!isObj(c)) return true;
  if (c.stat !== undefined) {
    const lo = num(c.atLeast) ?? 0;
    const hi = num(c.atMost) ?? 100;
    return lo <= hi && lo <= 100 && hi >= 0;
  }
  if (str(c.track)) {
    const states = [str(c.is), ...list(c.in).map(str)].filter((s): s is string => s !== undefined);
    return states.some((s) => r.trackStates.has(`${c.track}:${s}`));
  }
  if (str(c.flag)) return r.flags.has(c.flag as string);
  if (str(c.played)) return r.cards.has(c.played as string);
  if (isObj(c.turn)) {
    const from = num(c.turn.from) ?? 1;
    const to = num(c.turn.to) ?? Infinity;
    return from <= to && from <= window.to && to >= window.from;
  }
  if (c.all !== undefined) return list(c.all).every((s) => conditionCanHold(s, r, window));
  if (c.any !== undefined) return list(c.any).some((s) => conditionCanHold(s, r, window));
  return true;
}
