import type { Effect } from './scenario.js';
import type { CompiledScenario } from './compile.js';
import type { Rng } from './rng.js';
import { holds } from './conditions.js';
import { STAT_MAX, STAT_MIN, type Cause, type Change, type GameState, type News, type TrackChange } from './types.js';

/** A turn in progress: a private copy of the game state plus what happened so far. */
export interface Draft {
  g: GameState;
  rng: Rng;
  tensionScale: number;
  uncertainty: number;
  /** Whether g.stats is the draft's own copy yet (it is copied on the first change). */
  ownStats: boolean;
  /** Whether g.log is the draft's own copy yet (a turn record is then pushed onto it). */
  ownLog: boolean;
  changes: Change[];
  trackChanges: TrackChange[];
  news: News[];
}

export function eliteTension(stats: Record<string, number>, camps: readonly string[]): number {
  let max = STAT_MIN;
  for (const c of camps) max = Math.max(max, stats[c] ?? 0);
  return max;
}

/** Adds to a stat within its limits and records the change with its cause. `scale` weakens or strengthens uncertain effects. */
export function changeStat(cs: CompiledScenario, d: Draft, stat: string, add: number, cause: Cause, scale = 1): void {
  let amount = add * scale;
  if (amount > 0 && cs.tensionStats.has(stat)) amount *= d.tensionScale;
  const before = d.g.stats[stat] ?? 0;
  const after = Math.min(STAT_MAX, Math.max(STAT_MIN, before + Math.round(amount)));
  if (after === before) return;
  if (!d.ownStats) {
    d.g.stats = { ...d.g.stats };
    d.ownStats = true;
  }
  d.g.stats[stat] = after;
  d.changes.push({ stat, delta: after - before, after, cause });
  if (cs.campSet.has(stat)) d.g.stats.elites = eliteTension(d.g.stats, cs.camps);
}

function resolveUncertain(cs: CompiledScenario, d: Draft, e: Effect, base: Cause, kind: 'chance' | 'delayed', scale: number): void {
  const card = base.card ?? '';
  const choice = base.choice ?? '';
  const effect = e.id ?? '';
  let branch: 'then' | 'else' = 'then';
  if (e.chance !== undefined) branch = d.rng.next() < e.chance ? 'then' : 'else';
  else if (e.when !== undefined) branch = holds(e.when, d.g) ? 'then' : 'else';
  d.news.push({ kind: kind === 'delayed' ? 'arrived' : 'resolved', effect, card, choice, branch });
  const effects = branch === 'then' ? e.then : e.else;
  const branchScale = e.chance !== undefined ? scale * d.uncertainty : scale;
  if (effects) applyEffects(cs, d, effects, { kind, card, choice, effect, branch }, branchScale);
}

export function applyEffects(cs: CompiledScenario, d: Draft, effects: readonly Effect[], cause: Cause, scale = 1): void {
  for (const e of effects) {
    if (e.stat !== undefined && e.add !== undefined) changeStat(cs, d, e.stat, e.add, cause, scale);
    else if (e.track !== undefined && e.to !== undefined) {
      const from = d.g.tracks[e.track] ?? '';
      if (from !== e.to) {
        d.g.tracks = { ...d.g.tracks, [e.track]: e.to };
        d.trackChanges.push({ track: e.track, from, to: e.to, cause });
      }
    } else if (e.set !== undefined) {
      if (!d.g.flags[e.set]) d.g.flags = { ...d.g.flags, [e.set]: true };
    } else if (e.clear !== undefined) {
      if (d.g.flags[e.clear]) {
        const { [e.clear]: _cleared, ...rest } = d.g.flags;
        d.g.flags = rest;
      }
    }
    else if (e.after !== undefined) {
      const pending = { due: d.g.turn + e.after, effect: e.id ?? '', card: cause.card ?? '', choice: cause.choice ?? '' };
      d.g.pending = [...d.g.pending, pending];
      d.news.push({ kind: 'scheduled', effect: pending.effect, card: pending.card, choice: pending.choice, due: pending.due });
    } else if (e.chance !== undefined) resolveUncertain(cs, d, e, cause, 'chance', scale);
    else if (e.when !== undefined) {
      const branch = holds(e.when, d.g) ? e.then : e.else;
      if ((branch === e.then ? e.news : e.elseNews) !== undefined)
        d.news.push({ kind: 'resolved', effect: e.id ?? '', card: cause.card ?? '', choice: cause.choice ?? '', branch: branch === e.then ? 'then' : 'else' });
      if (branch) applyEffects(cs, d, branch, cause, scale);
    }
  }
}

/** Delayed effects falling due this turn, in the order they were scheduled. */
export function fireDueEffects(cs: CompiledScenario, d: Draft): void {
  const turn = d.g.turn;
  if (!d.g.pending.some((p) => p.due <= turn)) return;
  const due = d.g.pending.filter((p) => p.due <= turn);
  d.g.pending = d.g.pending.filter((p) => p.due > d.g.turn);
  for (const p of due) {
    const entry = cs.effectById.get(p.effect);
    if (entry) resolveUncertain(cs, d, entry.effect, { kind: 'delayed', card: p.card, choice: p.choice }, 'delayed', 1);
  }
}
