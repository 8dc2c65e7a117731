import { compileScenario, holds, type CompiledScenario } from '../src/engine/index.js';
import { seedRng } from '../src/engine/rng.js';
import type { Effect, ScenarioData } from '../src/scenario/types.js';

// The floor the rule functions are measured against: the same game as a plain reducer over one mutable state,
// with none of the history (no log, no changes, no causes, no news) and the same draws. The bench checks that it
// reaches the same ending and final stats as the rules on every game it times, so the floor is the same work.
// It tests conditions with the engine's own (compiled) holds(), on a state shaped just enough for it.

interface Plain {
  turn: number;
  stats: Record<string, number>;
  tracks: Record<string, string>;
  flags: Record<string, true>;
  played: string[];
  /** Only what a `chose` condition reads: each decision's card and choice. */
  log: { card: string; choice: string }[];
  prevCard: string | null | undefined;
  pending: { due: number; effect: string }[];
  card: string | null;
  ending: string | null;
  rng: { c: number; s0: number; s1: number; s2: number };
  tensionScale: number;
  uncertainty: number;
}

type Card = CompiledScenario['cards'][number];
const pool: Card[] = [];
/** holds() reads only stats, tracks, flags, played, turn and (for `chose`) each log entry's card and choice. */
const test = (c: Parameters<typeof holds>[0], g: Plain) => holds(c, g as unknown as Parameters<typeof holds>[1]);

function next(r: Plain['rng']): number {
  const t = 2091639 * r.s0 + r.c * 2.3283064365386963e-10;
  r.s0 = r.s1;
  r.s1 = r.s2;
  return (r.s2 = t - (r.c = t | 0));
}

function change(cs: CompiledScenario, g: Plain, stat: string, add: number, scale = 1): void {
  let amount = add * scale;
  if (amount > 0 && cs.tensionStats.has(stat)) amount *= g.tensionScale;
  g.stats[stat] = Math.min(100, Math.max(0, (g.stats[stat] ?? 0) + Math.round(amount)));
  if (cs.campSet.has(stat)) {
    let max = 0;
    for (const c of cs.camps) max = Math.max(max, g.stats[c] ?? 0);
    g.stats.elites = max;
  }
}

function resolve(cs: CompiledScenario, g: Plain, e: Effect, scale: number): void {
  const then = e.chance !== undefined ? next(g.rng) < e.chance : e.when !== undefined ? test(e.when, g) : true;
  const effects = then ? e.then : e.else;
  if (effects) apply(cs, g, effects, e.chance !== undefined ? scale * g.uncertainty : scale);
}

function apply(cs: CompiledScenario, g: Plain, effects: readonly Effect[], scale = 1): void {
  for (const e of effects) {
    if (e.stat !== undefined && e.add !== undefined) change(cs, g, e.stat, e.add, scale);
    else if (e.track !== undefined && e.to !== undefined) g.tracks[e.track] = e.to;
    else if (e.set !== undefined) g.flags[e.set] = true;
    else if (e.clear !== undefined) delete g.flags[e.clear];
    else if (e.after !== undefined) g.pending.push({ due: g.turn + e.after, effect: e.id ?? '' });
    else if (e.chance !== undefined) resolve(cs, g, e, scale);
    else if (e.when !== undefined) {
      const branch = test(e.when, g) ? e.then : e.else;
      if (branch) apply(cs, g, branch, scale);
    }
  }
}

function crisisOrCollapse(cs: CompiledScenario, g: Plain): string | null {
  let stat: string | undefined;
  for (const s of cs.crisisStats)
    if ((g.stats[s] ?? 0) >= 100) {
      stat = s;
      break;
    }
  if (stat) {
    const isCamp = cs.campSet.has(stat);
    const meter = isCamp ? 'elites' : stat;
    const e =
      cs.data.endings.find((x) => x.kind === 'crisis' && x.meter === meter && (!isCamp || x.camp === stat)) ??
      cs.data.endings.find((x) => x.kind === 'crisis' && x.meter === meter && x.camp === undefined);
    if (e) return e.id;
  }
  for (const x of cs.data.endings) if (x.kind === 'collapse' && test(x.when, g)) return x.id;
  return null;
}

const verdict = (cs: CompiledScenario, g: Plain) => cs.data.endings.find((e) => e.kind === 'verdict' && test(e.when, g))?.id ?? 'unknown';

function draw(cs: CompiledScenario, g: Plain): string | null {
  // Eligible cards; once a dated card is eligible, only the dated ones ending soonest.
  pool.length = 0;
  let soonest = Infinity;
  for (const c of cs.cardsByTurn[g.turn]!) {
    if (c.repeatable ? c.id === g.prevCard : g.played.includes(c.id)) continue;
    if (!test(c.when, g) || !c.choices.some((ch) => test(ch.requires, g))) continue;
    const to = cs.datedTurns.get(c.id)?.to ?? Infinity;
    if (to < soonest) {
      pool.length = 0;
      soonest = to;
    }
    if (to === soonest) pool.push(c);
  }
  if (!pool.length) return null;
  let total = 0;
  for (const c of pool) total += c.weight;
  let r = next(g.rng) * total;
  for (const c of pool) if ((r -= c.weight) < 0) return c.id;
  return pool[pool.length - 1]!.id;
}

function beginTurn(cs: CompiledScenario, g: Plain): void {
  for (;;) {
    if (g.turn > 1) for (const rule of cs.data.drift) if (test(rule.when, g)) change(cs, g, rule.stat, rule.add);
    const due = g.pending.filter((p) => p.due <= g.turn);
    g.pending = g.pending.filter((p) => p.due > g.turn);
    for (const p of due) {
      const entry = cs.effectById.get(p.effect);
      if (entry) resolve(cs, g, entry.effect, 1);
    }
    if ((g.ending = crisisOrCollapse(cs, g))) return;
    if ((g.card = draw(cs, g))) return;
    g.prevCard = null;
    if (g.turn >= cs.lastTurn) {
      g.ending = verdict(cs, g);
      return;
    }
    g.turn += 1;
  }
}

/** One whole game by the random player (the same draws as the rules' 'random' strategy): its ending and final stats. */
export function plainRandomGame(scenario: ScenarioData, seed: string, difficulty: string): { ending: string; stats: Record<string, number> } {
  const cs = compileScenario(scenario);
  const diff = cs.difficultyById.get(difficulty)!;
  const stats: Record<string, number> = { west: cs.data.meters.west.start ?? 50, russia: cs.data.meters.russia.start ?? 50 };
  for (const c of cs.data.camps) stats[c.id] = c.start;
  for (const i of cs.data.indicators) stats[i.id] = i.start;
  Object.assign(stats, diff.start);
  stats.elites = Math.max(0, ...cs.camps.map((c) => stats[c] ?? 0));
  const state = (s: string) => seedRng(s) as Plain['rng'];
  const g: Plain = {
    turn: 1, stats, tracks: Object.fromEntries(cs.data.tracks.map((t) => [t.id, t.start])), flags: {}, played: [], log: [],
    prevCard: undefined, pending: [], card: null, ending: null, rng: state(seed), tensionScale: diff.tensionScale, uncertainty: diff.uncertainty,
  };
  const player = state(`${seed}/player`);
  beginTurn(cs, g);
  while (!g.ending) {
    const card = cs.cardById.get(g.card!)!;
    const open = card.choices.filter((c) => test(c.requires, g));
    const choice = open[Math.floor(next(player) * open.length)]!;
    apply(cs, g, choice.effects);
    g.played.push(card.id);
    g.log.push({ card: card.id, choice: choice.id });
    g.prevCard = card.id;
    g.ending = crisisOrCollapse(cs, g) ?? (g.turn >= cs.lastTurn ? verdict(cs, g) : null);
    if (g.ending) break;
    g.turn += 1;
    beginTurn(cs, g);
  }
  return { ending: g.ending, stats: g.stats };
}
