import type { CompiledScenario } from '../engine/compile.js';
import type { Cause, News } from '../engine/types.js';

// Scenario text for the ids the engine records. Words of the interface itself belong to the views' catalogs.

export function statName(cs: CompiledScenario, stat: string): string {
  const m = cs.data.meters[stat as 'west' | 'russia' | 'elites'];
  if (m) return m.name;
  return cs.data.camps.find((c) => c.id === stat)?.name ?? cs.data.indicators.find((i) => i.id === stat)?.name ?? stat;
}

export function cardTitle(cs: CompiledScenario, card: string | null | undefined): string {
  return (card && cs.cardById.get(card)?.title) || '';
}

export function choiceLabel(cs: CompiledScenario, card: string | null | undefined, choice: string | null | undefined): string {
  return (card && choice && cs.choiceById.get(card)?.get(choice)?.label) || '';
}

/** The text of an uncertain or delayed effect's outcome, for the branch that happened. */
export function effectNews(cs: CompiledScenario, effect: string, branch: 'then' | 'else' = 'then'): string {
  const e = cs.effectById.get(effect)?.effect;
  return (branch === 'then' ? e?.news : e?.elseNews) ?? '';
}

export function driftReason(cs: CompiledScenario, effect: string | undefined): string {
  if (!effect) return '';
  const key = effect.replace('drift.', '');
  return (cs.data.drift.find((d) => d.id === key) ?? cs.data.drift[Number(key)])?.reason ?? '';
}

/** A short plain-words cause: the card and choice, the drift's reason, or the uncertain event's news. */
export function causeText(cs: CompiledScenario, cause: Cause): string {
  if (cause.kind === 'drift') return driftReason(cs, cause.effect);
  const base = `${cardTitle(cs, cause.card)}: ${choiceLabel(cs, cause.card, cause.choice)}`;
  if (cause.kind === 'choice') return base;
  const news = cause.effect ? effectNews(cs, cause.effect, cause.branch) : '';
  return news ? `${news} (${base})` : base;
}

export function newsText(cs: CompiledScenario, n: News): string {
  return effectNews(cs, n.effect, n.branch);
}
