import type { Effect, ScenarioData } from './scenario.js';
import { rulesHashOf } from './rules-hash.js';
import type { Cause } from './types.js';

type Card = ScenarioData['cards'][number];
type Choice = Card['choices'][number];
type Ending = ScenarioData['endings'][number];

export interface EffectEntry {
  effect: Effect;
  card: string;
  choice: string;
}

/** A validated scenario with the look-up tables the rules need. Built once per scenario. */
export interface CompiledScenario {
  data: ScenarioData;
  /** The rules hash: what a record of this scenario is checked against (display text left out). */
  rules: string;
  lastTurn: number;
  cards: Card[];
  cardById: Map<string, Card>;
  choiceById: Map<string, Map<string, Choice>>;
  effectById: Map<string, EffectEntry>;
  endingById: Map<string, Ending>;
  camps: string[];
  /** "YYYY-MM" of each turn, index turn - 1. */
  months: string[];
  difficultyById: Map<string, ScenarioData['difficulties'][number]>;
  /** For each dated card, the turns it may be drawn in: those whose months overlap its `happened` range (plus its slack). */
  datedTurns: Map<string, { from: number; to: number }>;
  /** Stats that are tensions: west, russia and each camp (elites is derived from the camps). */
  tensionStats: Set<string>;
  // Look-ups for the rules' hot paths, worked out once:
  campSet: Set<string>;
  /** The stats whose maximum is a crisis, in the order a crisis is looked for: west, russia, then each camp. */
  crisisStats: string[];
  /** For each turn (index = turn), the cards whose window and months include it, in the scenario's order. */
  cardsByTurn: Card[][];
  /** The cause of each drift rule's change (index = the rule's), shared by every change it makes. */
  driftCauses: Cause[];
}

function indexEffects(effects: readonly Effect[], card: string, choice: string, into: Map<string, EffectEntry>): void {
  for (const effect of effects) {
    if (effect.id) into.set(effect.id, { effect, card, choice });
    if (effect.then) indexEffects(effect.then, card, choice, into);
    if (effect.else) indexEffects(effect.else, card, choice, into);
  }
}

const compiled = new WeakMap<ScenarioData, CompiledScenario>();

export function compileScenario(data: ScenarioData): CompiledScenario {
  const cached = compiled.get(data);
  if (cached) return cached;
  const effectById = new Map<string, EffectEntry>();
  const choiceById = new Map<string, Map<string, Choice>>();
  for (const card of data.cards) {
    choiceById.set(card.id, new Map(card.choices.map((c) => [c.id, c])));
    for (const choice of card.choices) indexEffects(choice.effects, card.id, choice.id, effectById);
  }
  const camps = data.camps.map((c) => c.id);
  const months = data.period.months ?? Array.from({ length: data.period.turns }, (_, i) => monthOfTurn(data.period.start, i + 1));
  const datedTurns = new Map<string, { from: number; to: number }>();
  for (const card of data.cards) {
    const range = card.happened === 'none' || card.happened === undefined ? undefined : turnsOverlapping(months, card.happened);
    if (range) datedTurns.set(card.id, { from: range.from, to: Math.min(months.length, range.to + (card.happened !== 'none' && card.happened?.slack ? card.happened.slack : 0)) });
  }
  const result: CompiledScenario = {
    data,
    rules: rulesHashOf(data),
    lastTurn: data.period.turns,
    cards: data.cards,
    cardById: new Map(data.cards.map((c) => [c.id, c])),
    choiceById,
    effectById,
    endingById: new Map(data.endings.map((e) => [e.id, e])),
    camps,
    months,
    datedTurns,
    difficultyById: new Map(data.difficulties.map((d) => [d.id, d])),
    tensionStats: new Set(['west', 'russia', ...camps]),
    campSet: new Set(camps),
    crisisStats: ['west', 'russia', ...camps],
    cardsByTurn: Array.from({ length: data.period.turns + 1 }, (_, turn) =>
      data.cards.filter((c) => {
        const dated = datedTurns.get(c.id);
        return c.turns.from <= turn && turn <= c.turns.to && (!dated || (dated.from <= turn && turn <= dated.to));
      }),
    ),
    driftCauses: data.drift.map((rule, i) => ({ kind: 'drift', effect: `drift.${rule.id ?? i}` })),
  };
  compiled.set(data, result);
  return result;
}

/** The month a turn opens in a scenario ("YYYY-MM"). */
export function turnMonth(cs: CompiledScenario, turn: number): string {
  return cs.months[turn - 1] ?? monthOfTurn(cs.data.period.start, turn);
}

/** "2022-02" plus (turn - 1) months: the default when a scenario's turns are one month each. */
export function monthOfTurn(start: string, turn: number): string {
  const [y = 0, m = 1] = start.split('-').map(Number);
  const index = y * 12 + (m - 1) + (turn - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month after "YYYY-MM". */
export function nextMonth(month: string): string {
  return monthOfTurn(month, 2);
}

/**
 * The first and last turn whose months overlap a date range (days are read as their month). A turn covers
 * the months from its own up to the one before the next turn's; the last turn covers its own month.
 * Undefined when no turn overlaps.
 */
export function turnsOverlapping(months: readonly string[], range: { from: string; to: string }): { from: number; to: number } | undefined {
  const lo = range.from.slice(0, 7);
  const hi = range.to.slice(0, 7);
  let from: number | undefined;
  let to: number | undefined;
  months.forEach((start, i) => {
    const next = months[i + 1];
    const end = next === undefined ? start : monthOfTurn(next, 0);
    if (start <= hi && end >= lo) {
      from ??= i + 1;
      to = i + 1;
    }
  });
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}
