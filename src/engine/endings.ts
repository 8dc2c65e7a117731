import type { CompiledScenario } from './compile.js';
import { holds, statsIn } from './conditions.js';
import { STAT_MAX, type Change, type EndingCause, type EndingResult, type GameState } from './types.js';

/** The largest contributions, summed by cause, to the given stats over the whole game. */
function explain(g: GameState, stats: ReadonlySet<string>, direction: 1 | -1 | 0): EndingCause[] {
  // Summed by cause (kind, card, choice, effect) and stat, in the order first met. The groups are few: a scan
  // comparing fields is several times faster than building a key string for every change.
  const sums: EndingCause[] = [];
  const effects: string[] = [];
  const add = (list: readonly Change[], card: string | null, choice: string | null) => {
    for (const ch of list) {
      const stat = ch.stat;
      if (!stats.has(stat)) continue;
      const cause = ch.cause;
      const c = cause.card ?? card;
      const k = cause.choice ?? choice;
      const kind = cause.kind;
      const effect = cause.effect ?? '';
      let i = 0;
      while (i < sums.length) {
        const x = sums[i]!;
        if (x.stat === stat && x.cause === kind && x.card === c && x.choice === k && effects[i] === effect) break;
        i++;
      }
      if (i < sums.length) sums[i]!.delta += ch.delta;
      else {
        sums.push(effect ? { card: c, choice: k, cause: kind, effect, stat, delta: ch.delta } : { card: c, choice: k, cause: kind, stat, delta: ch.delta });
        effects.push(effect);
      }
    }
  };
  for (const rec of g.log) {
    add(rec.briefing, null, null);
    add(rec.changes, rec.card, rec.choice);
  }
  const score = (c: EndingCause) => (direction === 0 ? Math.abs(c.delta) : c.delta * direction);
  return sums
    .filter((c) => score(c) > 0)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
}

/** A crisis when a tension meter reaches its maximum (West first, then Russia, then the camps); an elite crisis names the camp. */
export function crisisEnding(cs: CompiledScenario, g: GameState): EndingResult | null {
  let stat: string | undefined;
  for (const s of cs.crisisStats)
    if ((g.stats[s] ?? 0) >= STAT_MAX) {
      stat = s;
      break;
    }
  if (stat === undefined) return null;
  const isCamp = cs.campSet.has(stat);
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
