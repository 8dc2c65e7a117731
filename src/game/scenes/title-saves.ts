import { notice, type AppNotice } from '../app';
import { compileScenario } from '../../engine';
import { monthOfTurn } from '../../engine/compile';
import type { ScenarioData } from '../../scenario/types';
import { monthCompact, t } from '../i18n';
import { deleteSave, listSaves, setAside, type GoodSave } from '../saves';
import { difficultyOf, findScenario } from '../scenarios';
import { monthOf, shownTurn } from '../view-model';

// The title screen's side of saved games: checking them (and setting aside the unreadable, with a notice),
// and saying of each exactly where it resumes.

/** The saves that replay; each one that does not is set aside and a notice says so. */
export function sweepSaves(notices: AppNotice[]): GoodSave[] {
  const good: GoodSave[] = [];
  for (const c of listSaves()) {
    if (c.ok) {
      good.push(c);
      continue;
    }
    setAside(c.key);
    notices.push(notice('warning', c.problem === 'outdated' ? t.notices.saveOutdated(c.what) : c.problem === 'unknown' ? t.notices.saveUnknown(c.what) : t.notices.saveCorrupt(c.what)));
  }
  return good;
}

/** Where a save resumes, from its replayed game (never from what the save says of itself). */
export function whereSaved(s: GoodSave): string {
  const sc = findScenario(s.save.record.scenario.id)!;
  const cs = compileScenario(sc);
  const g = s.game;
  if (g.ending) return t.saves.endedAt(sc.endings.find((e) => e.id === g.ending!.id)?.title ?? g.ending.id, monthOf(cs, g.turn));
  const turn = shownTurn(g, s.save.atConsequences);
  return t.saves.resumesAt(monthOf(cs, turn), turn, sc.period.turns, s.save.atConsequences);
}

export function describeSave(s: GoodSave): string {
  const sc = findScenario(s.save.record.scenario.id)!;
  const r = s.save.record;
  const state = s.save.state === 'playing' ? '' : ` (${t.saves.state[s.save.state]})`;
  return `${t.saves.line(sc.title, whereSaved(s), difficultyOf(sc, r.difficulty)?.name ?? r.difficulty, r.seed)}${state}`;
}

/** The month a scenario's turn opens in, in words (compact: the title shows two side by side). As the engine
 *  reckons it (compile.ts turnMonth), from the period alone, so that a catalog entry will do. */
export const scenarioMonth = (sc: Pick<ScenarioData, 'period'>, turn: number): string => monthCompact(sc.period.months?.[turn - 1] ?? monthOfTurn(sc.period.start, turn));

export function removeSave(s: GoodSave): void {
  deleteSave(s.save.slot);
}
