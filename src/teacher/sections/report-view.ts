import { type CompiledScenario } from '../../engine';
import { type ClassReport } from '../../analysis';
import { statName } from '../../app';
import { barChart, shareList } from '../charts/bar-chart';
import { classMeterCharts } from '../charts/game-charts';
import { METERS, monthLabel } from '../data';
import { h } from '../dom';
import { t } from '../i18n';

// The class report, drawn: counts and refusals, endings, meters by turn, choices by card, divergent students.

function counts(r: ClassReport): HTMLElement {
  const box = (n: number, label: string, testid: string, cls = '') => h('div', { class: `count-box ${cls}` }, h('span', { class: 'count-n', 'data-testid': testid }, String(n)), h('span', { class: 'count-label' }, label));
  return h('div', { class: 'counts' },
    box(r.submitted, t.report.submitted, 'count-submitted'),
    box(r.verified, t.report.verified, 'count-verified', 'ok'),
    box(r.refused.length, t.report.refused, 'count-refused', r.refused.length ? 'bad' : ''),
  );
}

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

export function reportView(cs: CompiledScenario, r: ClassReport, exports: HTMLElement, open: (name: string) => void): HTMLElement {
  const el = h('div', { class: 'report' },
    h('h2', { id: 'report-h', tabindex: '-1' }, t.report.resultsHeading(r.scenario.title)),
    counts(r),
    r.refused.length ? refusedTable(r.refused) : null,
    exports,
  );
  if (!r.verified) {
    el.append(h('p', { class: 'notice' }, t.report.noneVerified));
    return el;
  }
  const kinds = new Map(cs.data.endings.map((e) => [e.id, e.kind]));
  el.append(
    h('section', { class: 'report-part', 'aria-labelledby': 'rp-endings' },
      h('h3', { id: 'rp-endings' }, t.report.endings),
      barChart(t.report.endings, r.endings.map((e) => ({ label: e.title, value: e.count, note: t.report.endingKind(kinds.get(e.ending) ?? '') })), r.verified),
    ),
    h('section', { class: 'report-part', 'aria-labelledby': 'rp-meters' },
      h('h3', { id: 'rp-meters' }, t.report.meters),
      h('p', { class: 'help' }, t.report.metersHelp),
      classMeterCharts(cs, r),
      metersTable(cs, r),
    ),
    h('section', { class: 'report-part', 'aria-labelledby': 'rp-cards' },
      h('h3', { id: 'rp-cards' }, t.report.cards),
      h('p', { class: 'help' }, t.report.cardsHelp),
      h('div', { class: 'card-reports' }, r.cards.map((c) => {
        const card = cs.cardById.get(c.card);
        return h('div', { class: 'card-report' },
          h('h4', null, c.title, h('span', { class: 'muted card-seen' }, ` \u00B7 ${t.report.seen(c.seen, r.verified)}`)),
          card ? h('p', { class: 'muted card-date' }, card.date) : null,
          shareList(c.choices, c.seen),
          card && !card.history.choice ? h('p', { class: 'help' }, t.turn.noHistoricalChoice) : null,
        );
      })),
    ),
    h('section', { class: 'report-part', 'aria-labelledby': 'rp-divergent' },
      h('h3', { id: 'rp-divergent' }, t.report.divergent),
      h('p', { class: 'help' }, t.report.divergentHelp),
      h('table', { class: 'data divergent' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.report.colName), h('th', { scope: 'col' }, t.report.colDiffering), h('th', { scope: 'col' }, t.report.colEnding), h('th', { scope: 'col' }, h('span', { class: 'offscreen' }, t.report.colOpen)))),
        h('tbody', null, r.divergent.map((d) => h('tr', null,
          h('th', { scope: 'row' }, d.name),
          h('td', null, t.report.differing(d.differing, d.decisions, Math.round(d.share * 100))),
          h('td', null, cs.endingById.get(d.ending)?.title ?? d.ending),
          h('td', null, h('button', { type: 'button', class: 'secondary small', onClick: () => open(d.name) }, t.report.openReplay, h('span', { class: 'offscreen' }, ` ${d.name}`))),
        ))),
      ),
    ),
  );
  return el;
}
