import { classLineIn } from '../class-words';
import { type ClassReport, type StudentRow } from '../../analysis';
import { parseClassRef, type ClassSettings } from '../../app';
import { allScenarios } from '../data';
import { h } from '../../app/dom';
import { newId } from '../dom';
import { t } from '../i18n';

// The top of the class report: the class as one line (and how to change it), the counts, and every submission
// that is not simply "in this class": another class (with what differs), possible copies, repeats, refusals.

const w = t.classReport;

export function classBar(r: ClassReport, from: 'setup' | 'given' | 'inferred', onClass: (c: ClassSettings) => void, inferred: ClassSettings | null): HTMLElement {
  const inputId = newId('class');
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const input = h('input', { id: inputId, type: 'text', class: 'mono', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${inputId}-help` });
  const form = h('form', { class: 'class-change no-print', onSubmit: (e: Event) => {
    e.preventDefault();
    const got = parseClassRef(allScenarios(), input.value.slice(0, 2000));
    error.hidden = got.ok;
    if (!got.ok) error.textContent = t.classProblem(got.problem);
    else onClass(got.settings);
  } },
    h('label', { for: inputId }, w.classInputLabel),
    h('p', { class: 'help', id: `${inputId}-help` }, w.classInputHelp),
    h('div', { class: 'inline' }, input, h('button', { type: 'submit', class: 'secondary' }, w.useClass)),
    error,
  );
  const note = from === 'setup' ? w.classFromSetup : from === 'given' ? w.classGiven : w.classInferred;
  const sameAsInferred = inferred && JSON.stringify(inferred) === JSON.stringify(r.class);
  const noneHere = !r.groups.class && r.groups['other-class'] > 0 && inferred && !sameAsInferred;
  return h('section', { class: 'panel class-bar', 'aria-labelledby': 'class-bar-h' },
    h('h2', { id: 'class-bar-h' }, w.classHeading),
    h('p', { class: 'class-line', 'data-testid': 'class-line' }, classLineIn(allScenarios(), r.class), h('span', { class: 'muted' }, ` (${note})`)),
    noneHere
      ? h('div', { class: 'notice', role: 'status' },
          h('p', null, w.noneInClass(classLineIn(allScenarios(), inferred))),
          h('button', { type: 'button', 'data-testid': 'use-inferred', onClick: () => onClass(inferred) }, w.useInferred))
      : null,
    h('details', { class: 'no-print' }, h('summary', null, w.changeClass), form,
      inferred && !sameAsInferred && !noneHere ? h('p', null, h('button', { type: 'button', class: 'secondary', onClick: () => onClass(inferred) }, w.useInferred), ' ', h('span', { class: 'muted' }, classLineIn(allScenarios(), inferred))) : null,
    ),
  );
}

export function counts(r: ClassReport): HTMLElement {
  const box = (n: number, label: string, testid: string, cls = '') => h('div', { class: `count-box ${cls}` }, h('span', { class: 'count-n', 'data-testid': testid }, String(n)), h('span', { class: 'count-label' }, label));
  return h('div', { class: 'counts' },
    box(r.submitted, t.report.submitted, 'count-submitted'),
    box(r.counted, w.counted, 'count-verified', 'ok'),
    r.groups['other-class'] ? box(r.groups['other-class'], w.check['other-class'], 'count-other-class', 'warn') : null,
    r.groups.copy ? box(r.groups.copy, w.check.copy, 'count-copies', 'warn') : null,
    box(r.refused.length, t.report.refused, 'count-refused', r.refused.length ? 'bad' : ''),
  );
}

function groupTable(rows: StudentRow[], testid: string, head: string, cell: (s: StudentRow) => string): HTMLElement {
  return h('table', { class: `data group-table ${testid}`, 'data-testid': testid },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.report.colName), h('th', { scope: 'col' }, head))),
    h('tbody', null, rows.map((s) => h('tr', null,
      h('th', { scope: 'row' }, s.name, s.recorded ? h('span', { class: 'muted' }, ` (${w.recorded(s.recorded)})`) : null),
      h('td', null, cell(s)),
    ))),
  );
}

/** A scenario's title in this copy, or its id when this copy does not have it. */
const scenarioTitle = (id: string): string => allScenarios().find((x) => x.id === id)?.title ?? id;

export function otherGroups(r: ClassReport, toggle: (which: 'otherClass' | 'copies') => void): HTMLElement[] {
  const of = (g: StudentRow['group']) => r.students.filter((s) => s.group === g);
  const out: HTMLElement[] = [];
  const other = of('other-class');
  const toggleButton = (which: 'otherClass' | 'copies', n: number) =>
    h('button', { type: 'button', class: 'secondary small no-print', 'data-testid': `include-${which}`, onClick: () => toggle(which) }, r.include[which] ? w.stopCounting(n) : w.countThem(n));
  // Games of another scenario verify, but face other cards and endings: a class report never counts them.
  const comparable = other.filter((s) => !s.otherScenario);
  const apart = other.length - comparable.length;
  if (other.length)
    out.push(h('div', { class: 'group other-class' },
      h('h3', null, w.otherClassHeading(other.length)),
      comparable.length ? h('p', { class: 'help' }, w.otherClassHelp) : null,
      apart ? h('p', { class: 'help', 'data-testid': 'other-scenario-note' }, w.otherScenarioHelp(apart, scenarioTitle(r.scenario.id))) : null,
      groupTable(other, 'other-class-table', w.colDiffers, (s) => (s.otherScenario ? w.otherScenarioCell(scenarioTitle(s.scenario?.id ?? '')) : s.detail)),
      comparable.length ? toggleButton('otherClass', comparable.length) : null,
    ));
  const copies = of('copy');
  if (copies.length)
    out.push(h('div', { class: 'group copies' },
      h('h3', null, w.copiesHeading(copies.length)),
      h('p', { class: 'help' }, w.copiesHelp),
      groupTable(copies, 'copies-table', w.colSameAs, (s) => s.detail),
      toggleButton('copies', copies.length),
    ));
  const twice = of('duplicate');
  if (twice.length)
    out.push(h('details', { class: 'group duplicates' },
      h('summary', null, w.duplicatesHeading(twice.length)),
      groupTable(twice, 'duplicates-table', w.colSameAs, (s) => w.alreadyAs(s.detail)),
    ));
  return out;
}
