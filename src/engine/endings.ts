import type { CompiledScenario } from './compile.js';
import { holds, statsIn } from './conditions.js';
import { STAT_MAX, type EndingCause, type EndingResult, type GameState } from './types.js';

/** The largest contributions, summed by cause, to the given stats over the whole game. */
function explain(g: GameState, stats: ReadonlySet<string>, direction: 1 | -1 | 0): EndingCause[] {
  const sums = new Map<string, EndingCause>();
  for (const rec of g.log) {
    for (const [list, card, choice] of [
      [rec.briefing, null, null],
      [rec.changes, rec.card, rec.choice],
    ] as const) {
      for (const ch of list) {
        if (!stats.has(ch.stat)) continue;
        const c = ch.cause.card ?? card;
        const k = ch.cause.choice ?? choice;
        const key = `${ch.cause.kind}|${c}|${k}|${ch.stat}|${ch.cause.effect ?? ''}`;
        const prev = sums.get(key);
        if (prev) prev.delta += ch.delta;
        else
          sums.set(key, {
            card: c ?? null,
            choice: k ?? null,
            cause: ch.cause.kind,
            ...(ch.cause.effect ? { effect: ch.cause.effect } : {}),
            stat: ch.stat,
            delta: ch.delta,
          });
      }
    }
  }
  const score = (c: EndingCause) => (direction === 0 ? Math.abs(c.delta) : c.delta * direction);
  return [...sums.values()]
    .filter((c) => score(c) > 0)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
}

/** A crisis when a tension meter reaches its maximum (West first, then Russia, then the camps); an elite crisis names the camp. */
export function crisisEnding(cs: CompiledScenario, g: GameState): EndingResult | null {
  const candidates = ['west', 'russia', ...cs.camps].filter((s) => (g.stats[s] ?? 0) >= STAT_MAX);
  if (!candidates.length) return null;
  const stat = candidates[0]!;
  const isCamp = cs.camps.includes(stat);
  const meter = isCamp ? 'elites' : stat;
  const ending =
    cs.data.endings.find((e) => e.kind === 'crisis' && e.meter === meter && (!isCamp || e.camp === stat)) ??
    cs.data.endings.find((e) => e.kind === 'crisis' && e.meter === meter && e.camp === undefined);
  if (!ending) return null;
  return { id: ending.id, kind: 'crisis', turn: g.turn, stat, causes: explain(g, new Set([stat]), 1) };
}

export function collapseEnding(cs: CompiledScenario, g: GameState): EndingResult | null {
  const ending = cs.data.endings.find((e) => e.kind === 'collapse' && holds(e.when, g));
  if (!ending) return null;
  return { id: ending.id, kind: 'collapse', turn: g.turn, causes: explain(g, statsIn(ending.when), 0) };
}

/** At the end of the scenario: the first verdict whose condition holds (the last one has none). */
export function verdictEnding(cs: CompiledScenario, g: GameState): EndingResult {
  const ending = cs.data.endings.find((e) => e.kind === 'verdict' && holds(e.when, g));
  const stats = statsIn(ending?.when);
  return {
    id: ending?.id ?? 'unknown',
    kind: 'verdict',
    turn: g.turn,
    causes: explain(g, stats.size ? stats : cs.tensionStats, 0),
  };
}
