import type { Condition } from '../scenario/types.js';
import type { CompiledScenario } from '../engine/compile.js';

// Where a stat is dangerous, for every view to mark the same way: the last stretch before the value that ends
// the game. A tension from DANGER_FROM up to its crisis at 100; an indicator within the same margin of the
// value where a collapse ending's condition is met.

export const DANGER_FROM = 80;
const MARGIN = 100 - DANGER_FROM;

export interface Zone {
  from: number;
  to: number;
}

function limitsIn(c: Condition | undefined, stat: string, out: Zone[]): void {
  if (!c) return;
  if (c.stat === stat) {
    if (c.atMost !== undefined) out.push({ from: 0, to: Math.min(100, c.atMost + MARGIN) });
    if (c.atLeast !== undefined) out.push({ from: Math.max(0, c.atLeast - MARGIN), to: 100 });
  }
  for (const s of [...(c.all ?? []), ...(c.any ?? [])]) limitsIn(s, stat, out);
}

export function dangerZones(cs: CompiledScenario, stat: string): Zone[] {
  if (stat === 'elites' || cs.tensionStats.has(stat)) return [{ from: DANGER_FROM, to: 100 }];
  const out: Zone[] = [];
  for (const e of cs.data.endings) if (e.kind === 'collapse') limitsIn(e.when, stat, out);
  return out;
}

export function inZone(v: number, zones: readonly Zone[]): boolean {
  return zones.some((z) => v >= z.from && v <= z.to);
}

export function inDanger(cs: CompiledScenario, stat: string, v: number): boolean {
  return inZone(v, dangerZones(cs, stat));
}
