import type { CompiledScenario } from './compile.js';
import { holds, statsIn } from './conditions.js';
import { STAT_MAX, type Cause, type Change, type EndingCause, type EndingResult, type GameState } from './types.js';

/** The largest contributions, summed by cause, to the given stats over the whole game. */
function explain(g: GameState, stats: ReadonlySet<string>, direction: 1 | -1 | 0): EndingCause[] {
  // Contributions are summed by cause (kind, card, choice, effect) and stat, in the order they first occur. Many
  // changes share one cause object: its group is looked up by the object, its key built once per object.
  const sums: EndingCause[] = [];
  const byKey = new Map<string, Map<string, EndingCause>>();
  const byCause = new Map<Cause, Map<string, EndingCause>>();
  const add = (list: readonly Change[], card: string | null, choice: string | null) => {
    for (const ch of list) {
      if (!stats.has(ch.stat)) continue;
      const cause = ch.cause;
      const c = cause.card ?? card;
      const k = cause.choice ?? choice;
      // A cause without its own card or choice takes the record's: only then can one object fall in two groups.
      const byObject = (cause.card !== undefined && cause.choice !== undefined) || (card === null && choice === null);
      let group = byObject ? byCause.get(cause) : undefined;
      if (!group) {
        const key = `${cause.kind}|${c}|${k}|${cause.effect ?? ''}`;
        group = byKey.get(key);
        if (!group) byKey.set(key, (group = new Map()));
        if (byObject) byCause.set(cause, group);
      }
      const prev = group.get(ch.stat);
      if (prev) prev.delta += ch.delta;
      else {
        const effect = cause.effect;
        const entry: EndingCause = effect
          ? { card: c ?? null, choice: k ?? null, cause: cause.kind, effect, stat: ch.stat, delta: ch.delta }
          : { card: c ?? null, choice: k ?? null, cause: cause.kind, stat: ch.stat, delta: ch.delta };
        group.set(ch.stat, entry);
        sums.push(entry);
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
