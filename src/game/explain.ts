import { forecastNextMonth, outlook, STAT_MAX, STAT_MIN, type CompiledScenario, type GameState, type StatDelta } from '../engine';
import { cardTitle, choiceLabel, conditionLines, driftReason, statName, type ConditionView } from '../app';
import type { Condition } from '../scenario/types';
import { t } from './i18n';
import { changeTone, type ChangeLine } from './view-model';
import type { Line } from './widgets/DecisionView';

// The rules in words: next month's forecast, the goals (what each verdict needs and how close the game is), and
// why a locked option is locked. Worded from the scenario's own conditions (src/app/conditions.ts).

const deltas = (cs: CompiledScenario, list: StatDelta[]): string =>
  t.turn.list(list.map((d) => `${statName(cs, d.stat)} ${d.add > 0 ? t.up : t.down} ${t.signed(d.add)}`)) || t.forecast.nothing;

export function forecastLines(cs: CompiledScenario, g: GameState): Line[] {
  const f = forecastNextMonth(cs, g);
  if (f.turn === null) return [{ text: t.forecast.last, tone: 'neutral' }];
  const out: Line[] = [{ text: t.forecast.intro, tone: 'neutral' }];
  for (const c of f.drift) {
    const tone = changeTone(cs, c.stat, c.delta);
    out.push({ text: t.forecast.drift(statName(cs, c.stat), c.delta, t.change[tone], driftReason(cs, c.cause.effect)), tone });
  }
  for (const d of f.due) {
    const what = `${cardTitle(cs, d.card)}: ${choiceLabel(cs, d.card, d.choice)}`;
    const effects = d.conditional
      ? t.forecast.conditional(d.chance > 0, deltas(cs, d.then), d.else.length ? deltas(cs, d.else) : '')
      : d.chance < 1
        ? t.forecast.chance(d.chance, deltas(cs, d.then), d.else.length ? deltas(cs, d.else) : '')
        : deltas(cs, d.then);
    out.push({ text: t.forecast.due(what, effects), tone: 'neutral' });
  }
  if (out.length === 1) out.push({ text: t.forecast.none, tone: 'neutral' });
  if (f.ending) out.push({ text: t.forecast.ends(cs.endingById.get(f.ending)?.title ?? f.ending), tone: 'worse' });
  for (const stat of f.atRisk) out.push({ text: t.forecast.risk(statName(cs, stat)), tone: 'worse' });
  return out;
}

/**
 * A choice's risk of ending the game, from its likely effects (the same expected values as its preview, never a
 * draw): at once, or at next month's opening with drift and the delayed effects due. Null when there is none.
 */
export function choiceRisk(cs: CompiledScenario, g: GameState, card: string, choice: string): string | null {
  const stats = { ...g.stats };
  for (const o of outlook(cs, g, card, choice)) stats[o.stat] = Math.min(STAT_MAX, Math.max(STAT_MIN, (stats[o.stat] ?? 0) + Math.round(o.expected)));
  stats.elites = cs.camps.reduce((m, c) => Math.max(m, stats[c] ?? 0), STAT_MIN);
  const now = ['west', 'russia', ...cs.camps].filter((s) => (stats[s] ?? 0) >= STAT_MAX);
  if (now.length) return t.forecast.choiceNow(t.turn.list(now.map((s) => statName(cs, s))));
  const f = forecastNextMonth(cs, { ...g, stats });
  if (f.ending) return t.forecast.choiceEnds(cs.endingById.get(f.ending)?.title ?? f.ending);
  return f.atRisk.length ? t.forecast.choiceRisk(t.turn.list(f.atRisk.map((s) => statName(cs, s)))) : null;
}

/** The goals panel: each verdict with how many of its conditions hold now, and what ends a game early. */
export function goalsParagraphs(cs: CompiledScenario, g: GameState): string[] {
  const out = [t.goals.intro(cs.lastTurn, Math.max(0, cs.lastTurn - g.turn))];
  for (const e of cs.data.endings.filter((x) => x.kind === 'verdict')) {
    const lines = conditionLines(cs, e.when, g, t.outcome.rules);
    if (!lines.length) {
      out.push(t.goals.verdictOpen(e.title));
      continue;
    }
    out.push(`${t.goals.verdict(e.title, lines.filter((l) => l.met).length, lines.length)}: ${lines.map((l) => t.outcome.rules.line(l.met, l.text)).join(t.outcome.rules.and)}`);
  }
  out.push(t.goals.early);
  for (const e of cs.data.endings.filter((x) => x.kind === 'crisis')) {
    const stat = e.camp ?? e.meter ?? '';
    out.push(t.goals.crisis(statName(cs, stat), e.title, g.stats[stat] ?? 0));
  }
  for (const e of cs.data.endings.filter((x) => x.kind === 'collapse')) out.push(t.goals.collapse(e.title, conditionLines(cs, e.when, g, t.outcome.rules).map((l) => l.text).join(t.outcome.rules.and)));
  out.push(t.goals.drift);
  return out;
}

/** Why a locked option is locked: the parts of its requirement that do not hold now. */
export function lockedWhy(cs: CompiledScenario, requires: Condition | undefined, g: ConditionView): string {
  const missing = conditionLines(cs, requires, g, t.outcome.rules).filter((l) => !l.met);
  return missing.length ? t.outcome.rules.needs(missing.map((l) => l.text).join(t.outcome.rules.and)) : t.turn.closedWhy;
}

/** A change line with its tone, for lists that colour every stat the same way. */
export const toneOf = (cs: CompiledScenario, l: ChangeLine): Line['tone'] => changeTone(cs, l.stat, l.delta);
