import { type ClassReport } from '../analysis';
import { csvFile, gradebookCsv } from '../app';
import { compiled, findScenario } from './data';

// The class report as files: the gradebook (one row per student: the same file as `class-report --csv`), the
// choices by card, and the whole report as JSON.

export function studentsCsv(report: ClassReport): string {
  return gradebookCsv(compiled(findScenario(report.scenario.id)!), report);
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

export const reportJson = (report: ClassReport): string => JSON.stringify(report, null, 2) + '\n';
