import { type ClassReport, type Submission } from '../analysis';
import { csvLine, verifyAny } from '../app';
import { findScenario } from './data';
import { t } from './i18n';

// The class report as files: one row per student (a gradebook), the choices by card, and the whole report as JSON.

/** One row per submission: verified or why not, and the game's outcome. */
export function studentsCsv(subs: readonly Submission[], report: ClassReport | null): string {
  const rows = [csvLine(['name', 'verified', 'refusal', 'reason', 'scenario', 'seed', 'difficulty', 'ending', 'turns', 'decisions', 'west', 'russia', 'elites', 'class_report_scenario'])];
  for (const s of subs) {
    const r = s.refusal ? { ok: false as const, ...s.refusal } : verifyAny(s.replay, findScenario);
    if (!r.ok) {
      rows.push(csvLine([s.name, 'no', r.kind, r.message, '', '', '', '', '', '', '', '', '', report?.scenario.id ?? '']));
      continue;
    }
    const g = r.game;
    const other = report && g.scenario.id !== report.scenario.id;
    rows.push(csvLine([
      s.name, other ? 'no' : 'yes', other ? 'other-scenario' : '', other ? t.report.csvOtherScenario(g.scenario.id) : '', g.scenario.id, g.seed, g.difficulty,
      g.ending?.id ?? '', g.turn, r.record.decisions.length, g.stats.west ?? 0, g.stats.russia ?? 0, g.stats.elites ?? 0, report?.scenario.id ?? '',
    ]));
  }
  return rows.join('\r\n') + '\r\n';
}

/** One row per card and option: how many students chose it, and whether Tehran did. */
export function choicesCsv(report: ClassReport): string {
  const rows = [csvLine(['card_id', 'card', 'games', 'choice_id', 'choice', 'count', 'share', 'historical'])];
  for (const c of report.cards)
    for (const ch of c.choices)
      rows.push(csvLine([c.card, c.title, c.seen, ch.choice, ch.label, ch.count, c.seen ? (ch.count / c.seen).toFixed(3) : '0', ch.historical ? 'yes' : 'no']));
  return rows.join('\r\n') + '\r\n';
}

export const reportJson = (report: ClassReport): string => JSON.stringify(report, null, 2) + '\n';
