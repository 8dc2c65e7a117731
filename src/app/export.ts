import type { CompiledScenario } from '../engine/compile.js';
import { causeText, cardTitle, choiceLabel, statName } from './describe.js';
import type { Change, GameState } from '../engine/types.js';

// A game as a table: one row per turn, for spreadsheets and class records.

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: (string | number)[]): string {
  return fields.map(csvField).join(',');
}

function itemise(cs: CompiledScenario, changes: readonly Change[]): string {
  return changes.map((c) => `${statName(cs, c.stat)} ${c.delta > 0 ? '+' : ''}${c.delta} (${causeText(cs, c.cause)})`).join('; ');
}

/** Columns: turn, month, card, choice, historical choice, each stat after the turn, the month's opening changes, the decision's changes. */
export function gameCsv(cs: CompiledScenario, g: GameState): string {
  const stats = ['west', 'russia', 'elites', ...cs.camps, ...cs.data.indicators.map((i) => i.id)];
  const header = ['turn', 'month', 'card_id', 'card', 'choice_id', 'choice', 'historical_choice_id', ...stats, 'opening_changes', 'decision_changes'];
  const rows = g.log.map((r) => [
    r.turn,
    r.month,
    r.card ?? '',
    cardTitle(cs, r.card),
    r.choice ?? '',
    choiceLabel(cs, r.card, r.choice),
    (r.card && cs.cardById.get(r.card)?.history.choice) || '',
    ...stats.map((s) => r.stats[s] ?? 0),
    itemise(cs, r.briefing),
    itemise(cs, r.changes),
  ]);
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
