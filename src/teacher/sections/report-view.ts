import { type CompiledScenario } from '../../engine';
import { type ClassReport, type StudentRow } from '../../analysis';
import { statName } from '../../app';
import { barChart, shareList } from '../charts/bar-chart';
import { classMeterCharts } from '../charts/game-charts';
import { METERS, monthLabel } from '../data';
import { h } from '../../app/dom';
import { newId } from '../dom';
import { t } from '../i18n';

// The class report, drawn: endings with who and when, meters by turn, cards where the class split, every student.

export function refusedTable(refused: ClassReport['refused']): HTMLElement {
  return h('div', { class: 'refused' },
    h('h3', null, t.report.refusedHeading(refused.length)),
    h('p', { class: 'help' }, t.report.refusedHelp),
    h('table', { class: 'data refused-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.report.colName), h('th', { scope: 'col' }, t.report.colReason), h('th', { scope: 'col' }, t.report.colDetail))),
      h('tbody', null, refused.map((x) => h('tr', { 'data-kind': x.kind },
        h('th', { scope: 'row' }, x.name),
        h('td', { class: 'reason' }, h('span', { 'aria-hidden': 'true' }, '\u26A0\uFE0E '), t.refusal.kind(x.kind)),
        h('td', null, x.message),
      ))),
    ),
  );
}

function metersTable(cs: CompiledScenario, r: ClassReport): HTMLElement {
  return h('details', { class: 'chart-data' },
    h('summary', null, t.chart.showTable),
    h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.report.colTurn), METERS.map((m) => h('th', { scope: 'col' }, t.report.colMeter(statName(cs, m)))), h('th', { scope: 'col' }, t.report.colGames))),
      h('tbody', null, r.meters.map((row) => h('tr', null,
        h('th', { scope: 'row' }, `${row.turn} \u00B7 ${monthLabel(row.month)}`),
        METERS.map((m) => h('td', null, `${row.stats[m].median} [${row.stats[m].q1}\u2013${row.stats[m].q3}]`)),
        h('td', null, String(row.stats.west.n)),
      ))),
    ),
  );
}

export type CardOrder = 'split' | 'history';

export interface ReportViewOptions {
  open: (index: number) => void;
  order: CardOrder;
  onOrder: (order: CardOrder) => void;
  /** The decision analysis of the class, after the cards (report-analysis.ts). */
  analysis?: HTMLElement;
}

const w = t.classReport;

function endingsPart(cs: CompiledScenario, r: ClassReport): HTMLElement {
  const kinds = new Map(cs.data.endings.map((e) => [e.id, e.kind]));
  return h('section', { class: 'report-part endings-part', 'aria-labelledby': 'rp-endings' },
    h('h3', { id: 'rp-endings' }, t.report.endings),
    barChart(t.report.endings, r.endings.map((e) => ({ label: e.title, value: e.count, note: t.report.endingKind(kinds.get(e.ending) ?? '') })), r.counted),
    h('ul', { class: 'ending-names' }, r.endings.filter((e) => e.count).map((e) => h('li', { 'data-ending': e.ending },
      h('strong', null, e.title), ': ',
      e.students.map((st) => `${st.name} (${monthLabel(st.month)})`).join(', '),
    ))),
  );
}

function cardsPart(cs: CompiledScenario, r: ClassReport, o: ReportViewOptions): HTMLElement {
  const cards = o.order === 'split' ? r.cards : [...r.cards].sort((a, b) => (b.againstHistory ?? -1) - (a.againstHistory ?? -1));
  const name = newId('order');
  const radio = (value: CardOrder, label: string) => {
    const id = newId('order');
    return h('span', { class: 'radio-inline' }, h('input', { type: 'radio', id, name, value, checked: o.order === value, onChange: () => o.onOrder(value) }), h('label', { for: id }, label));
  };
  return h('section', { class: 'report-part', 'aria-labelledby': 'rp-cards' },
    h('h3', { id: 'rp-cards' }, t.report.cards),
    h('p', { class: 'help' }, t.report.cardsHelp),
    h('p', { class: 'print-only print-note' }, w.printCardsNote),
    h('fieldset', { class: 'card-order no-print' }, h('legend', null, w.sortBy), radio('split', w.sortSplit), radio('history', w.sortHistory)),
    h('div', { class: 'card-reports' }, cards.map((c) => {
      const card = cs.cardById.get(c.card);
      return h('div', { class: 'card-report', 'data-card': c.card },
        h('h4', null, c.title, h('span', { class: 'muted card-seen' }, ` \u00B7 ${t.report.seen(c.seen, r.counted)}`)),
        card ? h('p', { class: 'muted card-date' }, card.date) : null,
        shareList(c.choices, c.seen),
        h('p', { class: 'help card-split' }, o.order === 'split' || c.againstHistory === null ? w.splitNote(Math.round(c.split * 100)) : w.historyNote(Math.round(c.againstHistory * 100))),
        card && !card.history.choice ? h('p', { class: 'help' }, t.turn.noHistoricalChoice) : null,
      );
    })),
  );
}

/** The ending in the game's own scenario's words; a game whose scenario is not here says so. */
function endingCell(st: StudentRow): string {
  if (st.ending === undefined) return '';
  if (st.scenarioMissing) return w.scenarioMissing(st.scenario?.id ?? '');
  return st.endingTitle || st.ending;
}

function studentsPart(r: ClassReport, open: (index: number) => void): HTMLElement {
  return h('section', { class: 'report-part students-part', 'aria-labelledby': 'rp-students' },
    h('h3', { id: 'rp-students' }, w.studentsHeading),
    h('p', { class: 'help no-print' }, w.studentsHelp),
    h('table', { class: 'data students', 'data-testid': 'students-table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t.report.colName), h('th', { scope: 'col' }, w.colCheck), h('th', { scope: 'col' }, t.report.colEnding),
        h('th', { scope: 'col' }, w.colMonth), h('th', { scope: 'col' }, t.report.colDiffering), h('th', { scope: 'col', class: 'no-print' }, h('span', { class: 'offscreen' }, t.report.colOpen)))),
      h('tbody', null, r.students.map((st) => h('tr', { 'data-group': st.group, class: st.counted ? '' : 'not-counted' },
        h('th', { scope: 'row' }, st.name),
        h('td', null, w.check[st.group], st.counted ? '' : h('span', { class: 'muted' }, ` \u00B7 ${st.otherScenario ? w.otherScenarioShort : w.notCounted}`)),
        h('td', null, endingCell(st)),
        h('td', null, st.month ? monthLabel(st.month) : ''),
        h('td', null, st.differing !== undefined ? t.report.differing(st.differing, st.decisions.length, st.decisions.length ? Math.round((st.differing / st.decisions.length) * 100) : 0) : ''),
        h('td', { class: 'no-print' }, st.ending !== undefined ? h('button', { type: 'button', class: 'secondary small', 'data-testid': 'open-student', onClick: () => open(st.index) }, t.report.openReplay, h('span', { class: 'offscreen' }, ` ${st.name}`)) : null),
      ))),
    ),
  );
}

export function reportView(cs: CompiledScenario, r: ClassReport, top: HTMLElement[], o: ReportViewOptions): HTMLElement {
  const el = h('div', { class: 'report' }, top);
  if (!r.counted) {
    el.append(h('p', { class: 'notice' }, t.report.noneVerified), studentsPart(r, o.open));
    return el;
  }
  el.append(
    endingsPart(cs, r),
    h('section', { class: 'report-part meters-part', 'aria-labelledby': 'rp-meters' },
      h('h3', { id: 'rp-meters' }, t.report.meters),
      h('p', { class: 'help' }, t.report.metersHelp),
      classMeterCharts(cs, r),
      metersTable(cs, r),
    ),
    cardsPart(cs, r, o),
    o.analysis ?? '',
    studentsPart(r, o.open),
  );
  return el;
}
