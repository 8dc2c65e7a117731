import { classLineIn } from '../class-words';
import { type CompiledScenario } from '../../engine';
import { type ClassReport, type Submission } from '../../analysis';
import { keyDecisions, verifyAny } from '../../app';
import { allScenarios, findScenario, monthLabel } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { debriefQuestions } from '../teacher-notes';

// Discussion sheets to print, one A4 page per student: a name line, the student's own game (ending, three key
// decisions beside what Tehran did, or on a claim card the option closest to the reported claim) and the scenario's
// debrief questions from its teacher notes.

const w = t.classReport;

function sheet(cs: CompiledScenario, r: ClassReport, questions: string[], student: { name: string; sub: Submission } | null): HTMLElement {
  const v = student ? verifyAny(student.sub.replay, findScenario) : null;
  const game = v?.ok ? v.game : null;
  const ending = game?.ending ? cs.endingById.get(game.ending.id) : undefined;
  const decisions = game ? keyDecisions(cs, game) : [];
  return h('article', { class: 'sheet', 'data-testid': 'sheet' },
    h('header', { class: 'sheet-head' },
      h('h2', null, w.sheetTitle(r.scenario.title)),
      h('p', { class: 'sheet-name' }, w.sheetName, h('span', { class: 'name-line' }, student?.name ?? '')),
      h('p', { class: 'muted' }, classLineIn(allScenarios(), r.class)),
    ),
    game
      ? h('section', { class: 'sheet-game' },
          h('h3', null, w.sheetYourGame),
          h('p', null, w.sheetEnding(ending?.title ?? '', monthLabel(cs.months[(game.log[game.log.length - 1]?.turn ?? 1) - 1] ?? ''))),
          h('table', { class: 'data sheet-decisions' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, w.sheetMonth), h('th', { scope: 'col' }, w.sheetCard), h('th', { scope: 'col' }, w.sheetYou), h('th', { scope: 'col' }, decisions.some((d) => d.historicalIs === 'claim') ? w.sheetRecordShows : w.sheetTehran))),
            h('tbody', null, decisions.map((d) => h('tr', null,
              h('td', null, monthLabel(d.month)),
              h('th', { scope: 'row' }, d.title),
              h('td', null, d.choice, d.sameAsTehran || d.sameAsClaim ? h('span', { class: 'muted' }, ` (${d.sameAsClaim ? w.sheetSameClaim : w.sheetSame})`) : null),
              h('td', null, d.historical === null ? w.sheetNoRecord : d.historicalIs === 'claim' ? w.sheetClaim(d.historical) : d.historical),
            ))),
          ),
        )
      : h('section', { class: 'sheet-game' }, h('h3', null, w.sheetYourGame), h('p', null, w.sheetBlank), h('p', { class: 'write-line' }), h('p', { class: 'write-line' })),
    h('section', { class: 'sheet-questions' },
      h('h3', null, w.sheetQuestions),
      questions.length ? h('ol', null, questions.map((q) => h('li', null, q))) : h('p', null, w.sheetNoQuestions),
    ),
  );
}

/** One sheet per counted student, then a blank one for anyone without a game. */
export function discussionSheets(cs: CompiledScenario, r: ClassReport, list: readonly Submission[]): HTMLElement {
  const questions = debriefQuestions(r.scenario.id);
  const students = r.students.filter((s) => s.counted).map((s) => ({ name: s.name, sub: list[s.index]! }));
  return h('div', { class: 'sheets' }, students.map((s) => sheet(cs, r, questions, s)), sheet(cs, r, questions, null));
}
