import { compiled, findScenario } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { submissions } from '../report-store';
import { sectionHeading } from '../widgets/fields';
import { discussionSheets } from './discussion-sheets';
import { compute } from './report-compute';
import { reportProjector } from './report-projector';

// The class report's other pages: #report/sheets (discussion sheets, as they print) and #report/projector.

const w = t.classReport;

/** #report/sheets: the discussion sheets, shown as they print. */
export function sheetsPage(root: HTMLElement): void {
  const list = submissions();
  const c = compute(list);
  root.append(sectionHeading(w.sheetsHeading));
  if (!c) {
    root.append(h('p', { class: 'muted empty' }, t.report.empty), h('a', { href: '#report' }, w.backToReport));
    return;
  }
  const sheets = discussionSheets(compiled(findScenario(c.report.scenario.id)!), c.report, list);
  root.append(
    h('p', { class: 'lead no-print' }, w.sheetsIntro(c.report.counted)),
    h('div', { class: 'actions no-print' }, h('button', { type: 'button', onClick: () => window.print() }, w.printSheetsNow), h('a', { class: 'button secondary', href: '#report' }, w.backToReport)),
    sheets,
  );
}

/** #report/projector: the report for the whole room, one question at a time. */
export function projectorPage(root: HTMLElement): (() => void) | void {
  const c = compute(submissions());
  if (!c || !c.report.counted) {
    root.append(sectionHeading(t.report.heading), h('p', { class: 'muted empty' }, t.report.empty), h('a', { href: '#report' }, w.backToReport));
    return;
  }
  const p = reportProjector(compiled(findScenario(c.report.scenario.id)!), c.report);
  root.append(p.el);
  p.el.focus();
  return p.cleanup;
}

