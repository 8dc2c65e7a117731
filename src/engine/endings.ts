import type { CompiledScenario } from './compile.js';
import type { Condition } from './scenario.js';
import { holds, statsIn } from './conditions.js';
import { STAT_MAX, type Change, type EndingCause, type EndingResult, type GameState } from './types.js';

/** The largest contributions, summed by cause, to the given stats over the whole game. */
function explain(g: GameState, stats: ReadonlySet<string>, direction: 1 | -1 | 0): EndingCause[] {
  // Summed by cause (kind, card, choice, effect) and stat, in the order first met. Each stat's groups are few: a scan
  // of them comparing fields is several times faster than building a key string for every change.
  const sums: EndingCause[] = [];
  const byStat = new Map<string, { entries: EndingCause[]; effects: string[] }>();
  for (const stat of stats) byStat.set(stat, { entries: [], effects: [] });
  const add = (list: readonly Change[], card: string | null, choice: string | null) => {
    for (const ch of list) {
      const bucket = byStat.get(ch.stat);
      if (!bucket) continue;
      const cause = ch.cause;
      const c = cause.card ?? card;
      const k = cause.choice ?? choice;
      const kind = cause.kind;
      const effect = cause.effect ?? '';
      const { entries, effects } = bucket;
      let i = 0;
      while (i < entries.length) {
        const x = entries[i]!;
        if (x.cause === kind && x.card === c && x.choice === k && effects[i] === effect) break;
        i++;
      }
      if (i < entries.length) entries[i]!.delta += ch.delta;
      else {
        const stat = ch.stat;
        const entry: EndingCause = effect ? { card: c, choice: k, cause: kind, effect, stat, delta: ch.delta } : { card: c, choice: k, cause: kind, stat, delta: ch.delta };
        entries.push(entry);
        effects.push(effect);
        sums.push(entry);
      }
    }
  };
  for (const rec of g.log) {
    add(rec.briefing, null, null);
    add(rec.changes, rec.card, rec.choice);
  }
  // The three largest positive scores, the first met ahead on a tie (as a stable sort would leave them).
  const top: EndingCause[] = [];
  const topScores: number[] = [];
  for (const c of sums) {
    const score = direction === 0 ? Math.abs(c.delta) : c.delta * direction;
    if (!(score > 0)) continue;
    let at = top.length;
    while (at > 0 && topScores[at - 1]! < score) at--;
    if (at >= 3) continue;
    top.splice(at, 0, c);
    topScores.splice(at, 0, score);
    if (top.length > 3) {
      top.pop();
      topScores.pop();
    }
  }
  return top;
}

// The stats an ending's condition looks at, worked out once per condition (a scenario has a handful).
const statsCache = new WeakMap<object, Set<string>>();
const NO_CONDITION = {};
function statsOf(c: Condition | undefined): ReadonlySet<string> {
  const key = c ?? NO_CONDITION;
  let stats = statsCache.get(key);
  if (!stats) statsCache.set(key, (stats = statsIn(c)));
  return stats;
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
  return { id: ending.id, kind: 'collapse', turn: g.turn, causes: explain(g, statsOf(ending.when), 0) };
}

/** At the end of the scenario: the first verdict whose condition holds (the last one has none). */
export function verdictEnding(cs: CompiledScenario, g: GameState): EndingResult {
  const ending = cs.data.endings.find((e) => e.kind === 'verdict' && holds(e.when, g));
  const stats = statsOf(ending?.when);
  return {
    id: ending?.id ?? 'unknown',
    kind: 'verdict',
    turn: g.turn,
    causes: explain(g, stats.size ? stats : cs.tensionStats, 0),
  };
}
