import type { Condition, ScenarioData } from '../scenario/types.js';

// What the services learn from a scenario's own structure, never from a shipped scenario's ids.

const TENSIONS = ['west', 'russia', 'elites'] as const;

function limits(c: Condition | undefined, into: { stat: string; atMost?: number; atLeast?: number }[] = []) {
  if (!c) return into;
  if (c.stat !== undefined) into.push({ stat: c.stat, atMost: c.atMost, atLeast: c.atLeast });
  for (const sub of c.all ?? []) limits(sub, into);
  return into;
}

/** The verdicts that reward keeping every side in play: those that cap all three tensions. */
export function balancedEndingsOf(s: ScenarioData): string[] {
  return s.endings
    .filter((e) => e.kind === 'verdict' && TENSIONS.every((t) => limits(e.when).some((l) => l.stat === t && l.atMost !== undefined)))
    .map((e) => e.id);
}

/** For each stat a collapse ending watches: whether it ends the game when low ('low') or high ('high'). */
export function collapseStats(s: ScenarioData): Map<string, 'low' | 'high'> {
  const out = new Map<string, 'low' | 'high'>();
  for (const e of s.endings) if (e.kind === 'collapse') for (const l of limits(e.when)) out.set(l.stat, l.atMost !== undefined ? 'low' : 'high');
  return out;
}
