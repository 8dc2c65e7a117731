import type { Condition, Effect, ScenarioData } from './types.js';
import type { Projection } from './abstract-state.js';

// Which variables the playability search follows. It starts from what the lockable cards look at and widens,
// level by level, to what decides whether the cards that change those variables can be played.

export const emptyProjection = (): Projection => ({ flags: new Set(), tracks: new Set(), stats: new Set(), cards: new Set(), effects: new Set() });

export function readsOf(c: Condition | undefined, into: Projection): void {
  if (!c) return;
  if (c.stat !== undefined) into.stats.add(c.stat);
  if (c.track !== undefined) into.tracks.add(c.track);
  if (c.flag !== undefined) into.flags.add(c.flag);
  if (c.notFlag !== undefined) into.flags.add(c.notFlag);
  if (c.played !== undefined) into.cards.add(c.played);
  if (c.chose !== undefined) into.cards.add(c.chose.split('.')[0]!);
  for (const s of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) readsOf(s, into);
}

/** Whether the effects (or what they schedule) change a followed variable. */
export function writesInto(effects: readonly Effect[] | undefined, p: Projection): boolean {
  return (effects ?? []).some(
    (e) =>
      (e.stat !== undefined && p.stats.has(e.stat)) ||
      (e.track !== undefined && p.tracks.has(e.track)) ||
      (e.set !== undefined && p.flags.has(e.set)) ||
      (e.clear !== undefined && p.flags.has(e.clear)) ||
      writesInto(e.then, p) ||
      writesInto(e.else, p),
  );
}

function effectReads(effects: readonly Effect[] | undefined, into: Projection): void {
  for (const e of effects ?? []) {
    readsOf(e.when, into);
    effectReads(e.then, into);
    effectReads(e.else, into);
  }
}

function delayedWriters(effects: readonly Effect[] | undefined, p: Projection): void {
  for (const e of effects ?? []) {
    if (e.after !== undefined && e.id !== undefined && (writesInto(e.then, p) || writesInto(e.else, p))) p.effects.add(e.id);
    delayedWriters(e.then, p);
    delayedWriters(e.else, p);
  }
}

/** Adds what the stats followed depend on (the camps behind elites) and the delayed effects that change followed variables. */
function complete(data: ScenarioData, p: Projection): Projection {
  if (p.stats.has('elites')) for (const c of data.camps) p.stats.add(c.id);
  p.effects.clear();
  for (const card of data.cards) for (const ch of card.choices) delayedWriters(ch.effects, p);
  return p;
}

/** What the given cards' conditions read. */
export function startProjection(data: ScenarioData, cards: readonly number[]): Projection {
  const p = emptyProjection();
  for (const i of cards) {
    const card = data.cards[i]!;
    readsOf(card.when, p);
    for (const ch of card.choices) readsOf(ch.requires, p);
  }
  return complete(data, p);
}

const size = (p: Projection): number => p.flags.size + p.tracks.size + p.stats.size + p.cards.size;

/** One level wider: what decides whether a card that changes a followed variable can be drawn and chosen (and whether it was played). Null when nothing is added. */
export function widen(data: ScenarioData, p: Projection): Projection | null {
  const q: Projection = { flags: new Set(p.flags), tracks: new Set(p.tracks), stats: new Set(p.stats), cards: new Set(p.cards), effects: new Set() };
  for (const card of data.cards) {
    for (const ch of card.choices) {
      if (!p.cards.has(card.id) && !writesInto(ch.effects, p)) continue;
      readsOf(card.when, q);
      readsOf(ch.requires, q);
      // Whether it was played decides whether it can change them again.
      if (!card.repeatable) q.cards.add(card.id);
      effectReads(ch.effects, q);
    }
  }
  for (const rule of data.drift) if (p.stats.has(rule.stat)) readsOf(rule.when, q);
  complete(data, q);
  return size(q) > size(p) ? q : null;
}
