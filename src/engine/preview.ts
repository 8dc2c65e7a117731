import type { Effect } from './scenario.js';
import type { CompiledScenario } from './compile.js';
import type { GameState } from './types.js';
import { holds } from './conditions.js';

export interface StatOutlook {
  stat: string;
  /** Expected change (uncertain and delayed effects weighted by their chance). */
  expected: number;
  /** True when part of the change is uncertain or delayed. */
  uncertain: boolean;
}

function walk(cs: CompiledScenario, g: GameState, effects: readonly Effect[], weight: number, uncertain: boolean, tension: number, unc: number, out: Map<string, StatOutlook>): void {
  for (const e of effects) {
    if (e.stat !== undefined && e.add !== undefined) {
      const amount = e.add * weight * (e.add > 0 && cs.tensionStats.has(e.stat) ? tension : 1);
      const prev = out.get(e.stat);
      if (prev) {
        prev.expected += amount;
        prev.uncertain ||= uncertain;
      } else out.set(e.stat, { stat: e.stat, expected: 0 + amount, uncertain });
    } else if (e.when !== undefined && e.after === undefined) {
      const branch = holds(e.when, g) ? e.then : e.else;
      if (branch) walk(cs, g, branch, weight, uncertain, tension, unc, out);
    } else if (e.then) {
      const p = e.chance ?? 1;
      const scale = e.chance !== undefined ? unc : 1;
      walk(cs, g, e.then, weight * p * scale, true, tension, unc, out);
      if (e.else) walk(cs, g, e.else, weight * (1 - p) * scale, true, tension, unc, out);
    }
  }
}

/** Which way each stat is likely to move if the choice is made: the basis of choice previews and scripted strategies. */
export function outlook(cs: CompiledScenario, g: GameState, cardId: string, choiceId: string): StatOutlook[] {
  const choice = cs.choiceById.get(cardId)?.get(choiceId);
  if (!choice) return [];
  const diff = cs.data.difficulties.find((d) => d.id === g.difficulty);
  const out = new Map<string, StatOutlook>();
  walk(cs, g, choice.effects, 1, false, diff?.tensionScale ?? 1, diff?.uncertainty ?? 1, out);
  return [...out.values()].filter((o) => Math.abs(o.expected) >= 0.5);
}
