import type { Condition, ScenarioData } from './types.js';
import type { Problem } from './references.js';
import { applyDrift, applyEffects, fireDue, mergeInto, rulesOf, startState, stateKey, survive, tri, type AState, type Projection, type Rules } from './abstract-state.js';
import { startProjection, widen, writesInto } from './projection.js';
import { describeCondition } from './describe-condition.js';

// "Validated means playable": a search over every state the game can reach, turn by turn, that finds a card
// drawn with no open choice (every choice "requires" something that does not hold). Each search follows some of
// the game's variables and takes every way the others could go, so it over-approximates the game: a card it
// clears can never lock the game. Wider searches follow more variables; a card is reported only if every
// search that finished finds it stuck, with the path the widest one found.

type Card = ScenarioData['cards'][number];

interface Node {
  s: AState;
  parent: Node | null;
  /** What happened on the parent's turn: "card → choice", or null for a month without a card. */
  step: string | null;
}

/** States one search may visit before it stops (the narrower searches that finished still count). */
export const STATE_LIMIT = 50_000;
/** Card draws tried over all searches of one scenario, so that a file of thousands of such cards still ends in seconds. */
export const WORK_LIMIT = 4_000_000;
/** How many times the followed variables are widened. */
const MAX_LEVELS = 6;

export interface PlayabilityReport {
  problems: Problem[];
  /** States visited over all searches. */
  states: number;
  /** The most searches, each following more variables, that one card needed. */
  levels: number;
}

/** Cards whose every choice has "requires": only these can be drawn with nothing open. */
const lockable = (data: ScenarioData): number[] =>
  data.cards.flatMap((c, i) => (c.choices.every((ch) => ch.requires !== undefined) ? [i] : []));

/** Whether some value of each stat in its range makes the condition hold (trying each threshold's edges). */
function possible(c: Condition, s: AState, keep: Projection): boolean {
  const v = tri(c, s, keep);
  if (v !== undefined) return v;
  const cuts = new Map<string, Set<number>>();
  const collect = (x: Condition): void => {
    if (x.stat !== undefined && s.lo[x.stat] !== undefined) {
      const set = cuts.get(x.stat) ?? new Set([s.lo[x.stat]!, s.hi[x.stat]!]);
      for (const t of [x.atLeast, x.atMost]) if (t !== undefined) for (const n of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) set.add(n);
      cuts.set(x.stat, set);
    }
    for (const y of [...(x.all ?? []), ...(x.any ?? []), ...(x.not ? [x.not] : [])]) collect(y);
  };
  collect(c);
  let points: Record<string, number>[] = [{}];
  for (const [stat, values] of cuts) {
    const inRange = [...values].filter((n) => n >= s.lo[stat]! && n <= s.hi[stat]!);
    points = points.flatMap((p) => inRange.map((n) => ({ ...p, [stat]: n })));
    if (points.length > 4096) return true; // too many to try: assume the worst
  }
  // A point that leaves the condition undecided still depends on something not followed: it may hold.
  return points.some((p) => tri(c, { ...s, lo: { ...s.lo, ...p }, hi: { ...s.hi, ...p } }, keep) !== false);
}

class Search {
  readonly r: Rules;
  states = 0;
  readonly stuck = new Map<number, Node>();
  /** Choices that change nothing this search follows: taken on a card not followed, they lead back to the same state. */
  readonly inert = new Set<Card['choices'][number]>();

  constructor(
    readonly data: ScenarioData,
    readonly keep: Projection,
    readonly targets: readonly number[],
    readonly budget: { work: number },
  ) {
    this.r = rulesOf(data, keep);
    for (const card of data.cards) for (const ch of card.choices) if (!writesInto(ch.effects, keep)) this.inert.add(ch);
  }

  /** true, false, or undefined when it depends on what the search does not follow. */
  drawable(card: Card, s: AState): boolean | undefined {
    if (s.turn < card.turns.from || s.turn > card.turns.to) return false;
    const followed = this.keep.cards.has(card.id);
    if (followed && (card.repeatable ? card.id === s.last : s.played.includes(card.id))) return false;
    const when = tri(card.when, s, this.keep);
    if (when === false) return false;
    return when === true && followed ? true : undefined;
  }

  /** Opens the next month from a state after a decision (or after a month without a card). */
  nextMonth(s: AState, node: Node, step: string | null, into: Map<string, Node>): void {
    if (s.turn >= this.data.period.turns) return;
    const opened = applyDrift(this.r, { ...s, turn: s.turn + 1 });
    for (const due of fireDue(this.r, opened)) {
      const alive = survive(this.r, due);
      if (alive) this.add(alive, node, step, into);
    }
  }

  add(s: AState, parent: Node | null, step: string | null, into: Map<string, Node>): void {
    const key = stateKey(s);
    const known = into.get(key);
    if (known) mergeInto(known.s, s);
    else {
      into.set(key, { s: { ...s, lo: { ...s.lo }, hi: { ...s.hi } }, parent, step });
      this.states++;
    }
  }

  checkTargets(node: Node): void {
    for (const i of this.targets) {
      if (this.stuck.has(i)) continue;
      const card = this.data.cards[i]!;
      if (this.drawable(card, node.s) === false) continue;
      const locked: Condition = { all: [...(card.when ? [card.when] : []), ...card.choices.map((ch) => ({ not: ch.requires! }))] };
      if (possible(locked, node.s, this.keep)) this.stuck.set(i, node);
    }
  }

  expand(node: Node, into: Map<string, Node>): void {
    const s = node.s;
    this.budget.work -= this.data.cards.length;
    // Many decisions lead to the same state: open the next month once for each.
    const decided = new Map<string, { s: AState; step: string | null }>();
    const keep = (st: AState, step: string | null): void => {
      const key = stateKey(st);
      const known = decided.get(key);
      if (known) mergeInto(known.s, st);
      else decided.set(key, { s: { ...st, lo: { ...st.lo }, hi: { ...st.hi } }, step });
    };
    let surelyDrawn = false;
    let unchanged: string | null = null;
    for (const card of this.data.cards) {
      const d = this.drawable(card, s);
      if (d === false) continue;
      if (d === true) surelyDrawn = true;
      const followed = this.keep.cards.has(card.id);
      const played = followed && !card.repeatable ? [...s.played, card.id] : s.played;
      const last = followed && card.repeatable ? card.id : '';
      for (const ch of card.choices) {
        if (tri(ch.requires, s, this.keep) === false) continue;
        if (!followed && this.inert.has(ch)) {
          unchanged ??= `${card.id} → ${ch.id}`;
          continue;
        }
        for (const after of applyEffects(this.r, s, ch.effects)) {
          const alive = survive(this.r, after);
          if (!alive) continue;
          const chose = followed ? { ...alive.chose, [card.id]: ch.id } : alive.chose;
          keep({ ...alive, played, last, chose }, `${card.id} → ${ch.id}`);
        }
      }
    }
    if (unchanged !== null) keep({ ...s, last: '' }, unchanged);
    if (!surelyDrawn) keep({ ...s, last: '' }, null);
    for (const d of decided.values()) this.nextMonth(d.s, node, d.step, into);
  }

  /** Runs the search; false if it stopped at the state limit. */
  run(): boolean {
    let layer = new Map<string, Node>();
    for (const s of fireDue(this.r, startState(this.r))) {
      const alive = survive(this.r, s);
      if (alive) this.add(alive, null, null, layer);
    }
    while (layer.size) {
      const next = new Map<string, Node>();
      for (const node of layer.values()) {
        this.checkTargets(node);
        this.expand(node, next);
        if (this.states > STATE_LIMIT || this.budget.work < 0) return false;
      }
      layer = next;
    }
    return true;
  }
}

function pathWords(node: Node): string {
  const steps: string[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) steps.unshift(`turn ${n.parent.s.turn} ${n.step ?? 'no card'}`);
  return steps.length ? `after ${steps.join(', ')}` : 'the first turn';
}

function stuckMessage(card: Card, node: Node): string {
  const needs = card.choices.map((ch) => `"${ch.id}" needs ${describeCondition(ch.requires!)}`).join('; ');
  const when = node.parent ? `on turn ${node.s.turn}, ${pathWords(node)}` : 'on turn 1';
  return `can be drawn with no open choice, which stops the game: ${when}, no choice's "requires" holds (${needs})`;
}

/** Whether the card can be drawn with no open choice: the path to such a state, null if it cannot, or "unknown". */
function findLock(data: ScenarioData, i: number, budget: { work: number }): { node: Node | null; states: number; levels: number } | 'unknown' {
  let keep: Projection | null = startProjection(data, [i]);
  let node: Node | null = null;
  let states = 0;
  let levels = 0;
  for (let level = 0; keep && level < MAX_LEVELS; level++) {
    const search = new Search(data, keep, [i], budget);
    const finished = search.run();
    states += search.states;
    if (!finished) break;
    levels++;
    node = search.stuck.get(i) ?? null;
    // Cleared by a search that over-approximates the game: it cannot lock. Otherwise look again, following more.
    if (!node) break;
    keep = widen(data, keep);
  }
  return levels ? { node, states, levels } : 'unknown';
}

/** Every card that some reachable state draws with no open choice, with a path to such a state. */
export function checkPlayability(data: ScenarioData): PlayabilityReport {
  const report: PlayabilityReport = { problems: [], states: 0, levels: 0 };
  const budget = { work: WORK_LIMIT };
  for (const i of lockable(data)) {
    const found = budget.work < 0 ? 'unknown' : findLock(data, i, budget);
    if (found === 'unknown') {
      report.problems.push({ path: ['cards', i], message: `could not prove within the search's limits that this card keeps an open choice (too many states, or too many cards whose every choice has "requires"); give one choice no "requires"` });
      continue;
    }
    report.states += found.states;
    report.levels = Math.max(report.levels, found.levels);
    if (found.node) report.problems.push({ path: ['cards', i], message: stuckMessage(data.cards[i]!, found.node) });
  }
  return report;
}
