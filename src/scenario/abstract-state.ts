import type { Condition, Effect, ScenarioData } from './types.js';

// An over-approximation of the game's state for the playability search (playability.ts). It follows only the
// variables in a projection (some flags, tracks, stats, played cards and delayed effects): those exactly, each
// stat as the range of values it can have. Every rule mirrors src/engine (conditions.ts, effects.ts, turn.ts);
// a condition on a variable not followed, or on a stat's exact value, is undecided, and then both ways are taken.

/** The variables a search follows. */
export interface Projection {
  flags: Set<string>;
  tracks: Set<string>;
  stats: Set<string>;
  /** Cards whose being played and last choice are followed. */
  cards: Set<string>;
  /** Delayed effects (by id) whose arrival is followed. */
  effects: Set<string>;
}

export interface AState {
  turn: number;
  /** Cards played, in play order (sorted in the key). */
  played: readonly string[];
  /** The previous turn's card when it was repeatable (a repeatable card is never drawn twice in a row). */
  last: string;
  tracks: Readonly<Record<string, string>>;
  flags: readonly string[];
  /** The last choice made on each card, for "chose" conditions. */
  chose: Readonly<Record<string, string>>;
  pending: readonly { due: number; effect: string }[];
  lo: Record<string, number>;
  hi: Record<string, number>;
}

/** What the rules need to know about the scenario, gathered once. */
export interface Rules {
  data: ScenarioData;
  keep: Projection;
  camps: string[];
  tensions: Set<string>;
  effectById: Map<string, Effect>;
  /** The range of tensionScale and uncertainty over the difficulties. */
  tensionScale: [number, number];
  uncertainty: [number, number];
}

const shared = new WeakMap<ScenarioData, Omit<Rules, 'keep'>>();

/** The rules for a search that follows `keep` (what does not depend on it is gathered once per scenario). */
export function rulesOf(data: ScenarioData, keep: Projection): Rules {
  let base = shared.get(data);
  if (!base) shared.set(data, (base = gather(data)));
  return { ...base, keep };
}

function gather(data: ScenarioData): Omit<Rules, 'keep'> {
  const effectById = new Map<string, Effect>();
  const index = (effects: readonly Effect[]): void => {
    for (const e of effects) {
      if (e.id) effectById.set(e.id, e);
      if (e.then) index(e.then);
      if (e.else) index(e.else);
    }
  };
  for (const card of data.cards) for (const choice of card.choices) index(choice.effects);
  const camps = data.camps.map((c) => c.id);
  const span = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  return {
    data,
    camps,
    tensions: new Set(['west', 'russia', ...camps]),
    effectById,
    tensionScale: span(data.difficulties.map((d) => d.tensionScale)),
    uncertainty: span(data.difficulties.map((d) => d.uncertainty)),
  };
}

/** The state before the first card: each stat's range over the difficulties' starts. */
export function startState(r: Rules): AState {
  const lo: Record<string, number> = {};
  const hi: Record<string, number> = {};
  for (const d of r.data.difficulties) {
    const stats: Record<string, number> = { west: r.data.meters.west.start ?? 50, russia: r.data.meters.russia.start ?? 50 };
    for (const c of r.data.camps) stats[c.id] = c.start;
    for (const i of r.data.indicators) stats[i.id] = i.start;
    Object.assign(stats, d.start);
    for (const [k, v] of Object.entries(stats)) {
      if (!r.keep.stats.has(k)) continue;
      lo[k] = Math.min(lo[k] ?? v, v);
      hi[k] = Math.max(hi[k] ?? v, v);
    }
  }
  const s: AState = { turn: 1, played: [], last: '', tracks: Object.fromEntries(r.data.tracks.filter((t) => r.keep.tracks.has(t.id)).map((t) => [t.id, t.start])), flags: [], chose: {}, pending: [], lo, hi };
  setElites(r, s);
  return s;
}

function setElites(r: Rules, s: AState): void {
  if (!r.keep.stats.has('elites')) return;
  s.lo.elites = Math.max(0, ...r.camps.map((c) => s.lo[c] ?? 0));
  s.hi.elites = Math.max(0, ...r.camps.map((c) => s.hi[c] ?? 0));
}

export function stateKey(s: AState): string {
  return [
    s.turn,
    [...s.played].sort().join(','),
    s.last,
    Object.values(s.tracks).join(','),
    s.flags.join(','),
    Object.entries(s.chose).sort().join(','),
    s.pending.map((p) => `${p.due}:${p.effect}`).join(','),
  ].join('|');
}

/** Widens `into`'s stat ranges to cover `s` (same key, so everything else is equal). */
export function mergeInto(into: AState, s: AState): void {
  for (const k of Object.keys(s.lo)) {
    into.lo[k] = Math.min(into.lo[k] ?? 0, s.lo[k]!);
    into.hi[k] = Math.max(into.hi[k] ?? 0, s.hi[k]!);
  }
}

const copy = (s: AState): AState => ({ ...s, lo: { ...s.lo }, hi: { ...s.hi } });

/** true or false when the condition is decided in every state `s` stands for; undefined when it depends on a stat's exact value. */
export function tri(c: Condition | undefined, s: AState, keep: Projection): boolean | undefined {
  if (!c) return true;
  if (c.stat !== undefined) {
    if (s.lo[c.stat] === undefined) return undefined;
    const lo = s.lo[c.stat] ?? 0;
    const hi = s.hi[c.stat] ?? 0;
    const min = c.atLeast ?? -Infinity;
    const max = c.atMost ?? Infinity;
    if (lo >= min && hi <= max) return true;
    if (hi < min || lo > max) return false;
    return undefined;
  }
  if (c.track !== undefined && !keep.tracks.has(c.track)) return undefined;
  const flag = c.flag ?? c.notFlag;
  if (flag !== undefined && !keep.flags.has(flag)) return undefined;
  const card = c.played ?? c.chose?.split('.')[0];
  if (card !== undefined && !keep.cards.has(card)) return undefined;
  if (c.track !== undefined) return c.is !== undefined ? s.tracks[c.track] === c.is : (c.in ?? []).includes(s.tracks[c.track] ?? '');
  if (c.flag !== undefined) return s.flags.includes(c.flag);
  if (c.notFlag !== undefined) return !s.flags.includes(c.notFlag);
  if (c.played !== undefined) return s.played.includes(c.played);
  if (c.chose !== undefined) {
    const [card = '', choice = ''] = c.chose.split('.');
    return s.chose[card] === choice;
  }
  if (c.turn !== undefined) return (c.turn.from ?? 1) <= s.turn && s.turn <= (c.turn.to ?? Infinity);
  if (c.all !== undefined) {
    const vs = c.all.map((x) => tri(x, s, keep));
    return vs.includes(false) ? false : vs.includes(undefined) ? undefined : true;
  }
  if (c.any !== undefined) {
    const vs = c.any.map((x) => tri(x, s, keep));
    return vs.includes(true) ? true : vs.includes(undefined) ? undefined : false;
  }
  if (c.not !== undefined) {
    const v = tri(c.not, s, keep);
    return v === undefined ? undefined : !v;
  }
  return true;
}

type Scale = readonly [number, number];

/** Adds to a stat's range as changeStat does: scaled, tensions scaled again when rising, rounded, kept in 0–100. */
function addStat(r: Rules, s: AState, stat: string, add: number, scale: Scale, maybe = false): void {
  let amounts = [add * scale[0], add * scale[1]];
  if (r.tensions.has(stat)) amounts = amounts.flatMap((a) => (a > 0 ? [a * r.tensionScale[0], a * r.tensionScale[1]] : [a]));
  if (maybe) amounts.push(0);
  const lo = s.lo[stat] ?? 0;
  const hi = s.hi[stat] ?? 0;
  s.lo[stat] = Math.min(100, Math.max(0, lo + Math.round(Math.min(...amounts))));
  s.hi[stat] = Math.min(100, Math.max(0, hi + Math.round(Math.max(...amounts))));
  if (r.camps.includes(stat)) setElites(r, s);
}

/** The states after an uncertain effect resolves (both branches when either can happen). */
function resolve(r: Rules, s: AState, e: Effect, scale: Scale): AState[] {
  if (e.chance !== undefined) {
    const branchScale: Scale = [scale[0] * r.uncertainty[0], scale[1] * r.uncertainty[1]];
    const out: AState[] = [];
    if (e.chance > 0) out.push(...applyEffects(r, s, e.then ?? [], branchScale));
    if (e.chance < 1) out.push(...applyEffects(r, s, e.else ?? [], branchScale));
    return out;
  }
  if (e.when !== undefined) {
    const holds = tri(e.when, s, r.keep);
    const out: AState[] = [];
    if (holds !== false) out.push(...applyEffects(r, s, e.then ?? [], scale));
    if (holds !== true) out.push(...applyEffects(r, s, e.else ?? [], scale));
    return out;
  }
  return applyEffects(r, s, e.then ?? [], scale);
}

/** Every state the effects can lead to from `s` (which is not changed). */
export function applyEffects(r: Rules, s: AState, effects: readonly Effect[], scale: Scale = [1, 1]): AState[] {
  let states = [s];
  for (const e of effects) {
    const next: AState[] = [];
    for (const st of states) {
      if (e.stat !== undefined && e.add !== undefined) {
        if (st.lo[e.stat] === undefined) {
          next.push(st);
          continue;
        }
        const c = copy(st);
        addStat(r, c, e.stat, e.add, scale);
        next.push(c);
      } else if (e.track !== undefined && e.to !== undefined)
        next.push(r.keep.tracks.has(e.track) ? { ...st, tracks: { ...st.tracks, [e.track]: e.to } } : st);
      else if (e.set !== undefined) next.push(st.flags.includes(e.set) || !r.keep.flags.has(e.set) ? st : { ...st, flags: [...st.flags, e.set].sort() });
      else if (e.clear !== undefined) next.push({ ...st, flags: st.flags.filter((f) => f !== e.clear) });
      else if (e.after !== undefined)
        next.push(r.keep.effects.has(e.id ?? '') ? { ...st, pending: [...st.pending, { due: st.turn + e.after, effect: e.id ?? '' }] } : st);
      else next.push(...resolve(r, st, e, scale));
    }
    states = next;
  }
  return states;
}

/** Drift at the opening of a month (turn 2 on): each rule that holds, in order; an undecided rule may or may not apply. */
export function applyDrift(r: Rules, s: AState): AState {
  if (!r.data.drift.some((rule) => s.lo[rule.stat] !== undefined)) return s;
  const c = copy(s);
  for (const rule of r.data.drift) {
    const holds = tri(rule.when, c, r.keep);
    if (c.lo[rule.stat] !== undefined && holds !== false) addStat(r, c, rule.stat, rule.add, [1, 1], holds === undefined);
  }
  return c;
}

/** Delayed effects falling due, in the order they were scheduled. */
export function fireDue(r: Rules, s: AState): AState[] {
  const due = s.pending.filter((p) => p.due <= s.turn);
  if (!due.length) return [s];
  let states: AState[] = [{ ...s, pending: s.pending.filter((p) => p.due > s.turn) }];
  for (const p of due) {
    const e = r.effectById.get(p.effect);
    if (e) states = states.flatMap((st) => resolve(r, st, e, [1, 1]));
  }
  return states;
}

/** The states in which the game goes on after a crisis or collapse check (none if it surely ends). */
export function survive(r: Rules, s: AState): AState | null {
  let c: AState | null = null;
  for (const t of r.tensions) {
    if (s.lo[t] === undefined) continue;
    if (s.lo[t] >= 100) return null;
    if (s.hi[t]! >= 100) {
      c ??= copy(s);
      c.hi[t] = 99;
    }
  }
  const out = c ?? s;
  if (c) setElites(r, c);
  for (const e of r.data.endings) if (e.kind === 'collapse' && tri(e.when, out, r.keep) === true) return null;
  return out;
}
