import type { Effect } from './scenario.js';
import type { CompiledScenario } from './compile.js';
import { holds } from './conditions.js';
import { collapseEnding, crisisEnding } from './endings.js';
import { applyDrift, openDraft } from './turn.js';
import { STAT_MAX, type Change, type GameState } from './types.js';

// What the next month's opening will do if this month's decision changes nothing: the drift rules exactly (run by
// the rules' own functions on a copy), the delayed effects falling due (uncertain ones as chances, never drawn),
// and whether drift alone would end the game. Pure: the game passed in is not changed and no draw is made.

export interface StatDelta {
  stat: string;
  add: number;
}

export interface DueEffect {
  card: string;
  choice: string;
  effect: string;
  /** The chance of the first branch (1 when it depends on a condition or always applies). */
  chance: number;
  /** True when the branch depends on a condition of the state at that time. */
  conditional: boolean;
  then: StatDelta[];
  else: StatDelta[];
}

export interface Forecast {
  /** The turn the forecast is for; null when this is the last turn (the verdict follows the decision). */
  turn: number | null;
  drift: Change[];
  due: DueEffect[];
  /** The ending drift alone would cause at that opening, if any. */
  ending: string | null;
  /** Tensions that drift and the delayed effects due could, at worst, bring to their crisis at that opening. */
  atRisk: string[];
}

function statDeltas(cs: CompiledScenario, effects: readonly Effect[] | undefined, scale: number, tensionScale: number): StatDelta[] {
  const out: StatDelta[] = [];
  for (const e of effects ?? []) {
    if (e.stat === undefined || e.add === undefined) continue;
    const amount = e.add * scale * (e.add > 0 && cs.tensionStats.has(e.stat) ? tensionScale : 1);
    if (Math.round(amount) !== 0) out.push({ stat: e.stat, add: Math.round(amount) });
  }
  return out;
}

export function forecastNextMonth(cs: CompiledScenario, g: GameState): Forecast {
  if (g.ending || g.turn >= cs.lastTurn) return { turn: null, drift: [], due: [], ending: null, atRisk: [] };
  const next = { ...g, turn: g.turn + 1 };
  const d = openDraft(cs, next);
  applyDrift(cs, d);
  const ending = crisisEnding(cs, d.g) ?? collapseEnding(cs, d.g);
  const diff = cs.difficultyById.get(g.difficulty);
  const due = g.pending
    .filter((p) => p.due <= next.turn)
    .map((p): DueEffect | null => {
      const e = cs.effectById.get(p.effect)?.effect;
      if (!e) return null;
      const scale = e.chance !== undefined ? (diff?.uncertainty ?? 1) : 1;
      const conditional = e.chance === undefined && e.when !== undefined;
      const chance = e.chance ?? (conditional && !holds(e.when, d.g) ? 0 : 1);
      return { card: p.card, choice: p.choice, effect: p.effect, chance, conditional, then: statDeltas(cs, e.then, scale, diff?.tensionScale ?? 1), else: statDeltas(cs, e.else, scale, diff?.tensionScale ?? 1) };
    })
    .filter((x): x is DueEffect => x !== null);
  const worst = (stat: string) =>
    (d.g.stats[stat] ?? 0) + due.reduce((sum, e) => sum + Math.max(0, ...[...e.then, ...e.else].filter((x) => x.stat === stat).map((x) => x.add)), 0);
  const atRisk = ending ? [] : ['west', 'russia', ...cs.camps].filter((stat) => worst(stat) >= STAT_MAX);
  return { turn: next.turn, drift: d.changes, due, ending: ending?.id ?? null, atRisk };
}
