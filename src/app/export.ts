import type { CompiledScenario } from '../engine/compile.js';
import { causeText, cardTitle, choiceLabel, statName } from './describe.js';
import type { Change, GameState } from '../engine/types.js';
import type { ClassReport, StudentRow } from '../analysis/class-report.js';

// Games as tables for spreadsheets: one row per turn of a game, the class gradebook (one row per student) and the
// class's choices by card.
// Every text cell that a spreadsheet would read as a formula is neutralised (OWASP's rule: a leading =, +, -, @,
// tab or carriage return gets a ' in front), and files start with a UTF-8 byte order mark so that "—" and "é" survive.

export const CSV_BOM = '\uFEFF';

function csvField(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/** A whole CSV file: byte order mark, CRLF line ends. */
export const csvFile = (rows: (string | number)[][]): string => CSV_BOM + rows.map(csvLine).join('\r\n') + '\r\n';

function itemise(cs: CompiledScenario, changes: readonly Change[]): string {
  return changes.map((c) => `${statName(cs, c.stat)} ${c.delta > 0 ? '+' : ''}${c.delta} (${causeText(cs, c.cause)})`).join('; ');
}

/**
 * Columns: turn, month, card, choice, historical choice, each stat after the turn, the month's opening changes, the
 * decision's changes, and whether the historical choice is the record or only closest to a reported claim
 * (`historical_is`: record | claim; last, so that the older columns keep their places).
 */
export function gameCsv(cs: CompiledScenario, g: GameState): string {
  const stats = ['west', 'russia', 'elites', ...cs.camps, ...cs.data.indicators.map((i) => i.id)];
  const header = ['turn', 'month', 'card_id', 'card', 'choice_id', 'choice', 'historical_choice_id', ...stats, 'opening_changes', 'decision_changes', 'historical_is'];
  const rows = g.log.map((r) => {
    const hist = r.card ? cs.cardById.get(r.card)?.history : undefined;
    return [
      r.turn,
      r.month,
      r.card ?? '',
      cardTitle(cs, r.card),
      r.choice ?? '',
      choiceLabel(cs, r.card, r.choice),
      hist?.choice ?? '',
      ...stats.map((s) => r.stats[s] ?? 0),
      itemise(cs, r.briefing),
      itemise(cs, r.changes),
      hist?.choice ? (hist.choiceIs ?? 'record') : '',
    ];
  });
  return csvFile([header, ...rows]);
}

const CHECK_WORDS: Record<StudentRow['group'], string> = {
  class: 'in this class',
  'other-class': 'another class',
  duplicate: 'handed in twice',
  copy: 'possible copy',
  refused: 'refused',
};

/** A game whose scenario is not in this copy, in words (none of another scenario's words stand in for its own). */
export const missingScenarioWords = (id: string): string => `scenario ${id} is not in this copy of the game`;

/**
 * The class gradebook, the same from the page and the CLI: one row per submission, in the order handed in. Each
 * game's ending, month and decisions are in the words of its own scenario (named in `scenario`, last, so that the
 * older columns keep their places).
 */
export function gradebookCsv(r: ClassReport): string {
  const header = ['student', 'class_check', 'check_detail', 'counted', 'verdict', 'ending', 'ending_month', 'turns', 'decisions', 'seed', 'difficulty', 'handed_in_as', 'name_in_game', 'scenario'];
  const rows = r.students.map((s) => {
    const missing = s.scenarioMissing && s.scenario ? `(${missingScenarioWords(s.scenario.id)})` : '';
    return [
      s.name,
      CHECK_WORDS[s.group],
      s.group === 'copy' ? `same game as ${s.detail}` : s.group === 'duplicate' ? `already handed in as ${s.detail}` : s.detail,
      s.counted ? 'yes' : 'no',
      s.group === 'refused' ? `refused (${s.kind ?? 'malformed'})` : 'verified',
      missing || (s.ending ? s.endingTitle || s.ending : ''),
      s.month ?? '',
      s.turns ?? '',
      missing && s.decisions.length ? missing : s.decisions.map((d) => `${d.title || d.card}: ${d.label || d.choice}`).join('; '),
      s.seed ?? '',
      s.difficulty ?? '',
      s.source,
      s.recorded ?? '',
      s.scenario ? `${s.scenario.id} v${s.scenario.version}` : '',
    ];
  });
  return csvFile([header, ...rows]);
}

/**
 * One row per card and option: how many students chose it, and whether it is the card's historical answer
 * (`historical`), with `historical_is` saying whether that is the record (what Tehran did) or only the option
 * closest to a reported, unconfirmed claim.
 */
export function choicesCsv(report: ClassReport): string {
  const rows: (string | number)[][] = [['card_id', 'card', 'games', 'choice_id', 'choice', 'count', 'share', 'historical', 'historical_is']];
  for (const c of report.cards)
    for (const ch of c.choices)
      rows.push([c.card, c.title, c.seen, ch.choice, ch.label, ch.count, c.seen ? (ch.count / c.seen).toFixed(3) : '0',
        ch.historical || ch.claimed ? 'yes' : 'no', ch.historical ? 'record' : ch.claimed ? 'claim' : '']);
  return csvFile(rows);
}
