import { verifyAny } from '../../app';
import { classReport, classScenarioId, type ClassReport, type Submission } from '../../analysis';
import { compiled, findScenario, loadReplayText } from '../data';
import { announce, download, fill, h, newId } from '../dom';
import { t } from '../i18n';
import { choicesCsv, reportJson, studentsCsv } from '../report-export';
import { hashOf, type Section } from '../router';
import { setLoadedReplay } from '../state';
import { parseText, submissionKey } from '../submissions';
import { dropTarget, filePicker, readFiles } from '../widgets/drop';
import { sectionHeading } from '../widgets/fields';
import { refusedTable, reportView } from './report-view';

// The class report: many replays in (pasted codes, files, drops), one comparison out. Submissions are kept in
// this browser (localStorage) until cleared, so a reload loses nothing.

const STORE = 'sb-teacher-submissions';
let subs: Submission[] | null = null;

function stored(): Submission[] {
  if (subs) return subs;
  try {
    const v = JSON.parse(window.localStorage.getItem(STORE) ?? '[]') as unknown;
    subs = Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object' && typeof (x as Submission).name === 'string') as Submission[]) : [];
  } catch {
    subs = [];
  }
  return subs;
}

function save(next: Submission[]): void {
  subs = next;
  try {
    window.localStorage.setItem(STORE, JSON.stringify(next));
  } catch {
    /* full or private: they last for this visit */
  }
}

export const reportSection: Section = (root) => {
  const status = h('p', { class: 'add-status', role: 'status' });
  const out = h('div', { class: 'report-out' });
  const listBox = h('div');
  const pasteId = newId('codes');
  const area = h('textarea', { id: pasteId, rows: '6', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${pasteId}-help`, placeholder: t.report.pastePlaceholder });
  let undo: Submission[] | null = null;

  function add(parsed: { submissions: Submission[]; skipped: number }[], from: string): void {
    const all = stored();
    const seen = new Set(all.map(submissionKey));
    let added = 0;
    let dupes = 0;
    let skipped = 0;
    const next = [...all];
    for (const p of parsed) {
      skipped += p.skipped;
      for (const s of p.submissions) {
        const key = submissionKey(s);
        if (seen.has(key)) dupes++;
        else {
          seen.add(key);
          next.push(s);
          added++;
        }
      }
    }
    save(next);
    const msg = t.report.added(added, from, dupes, skipped);
    status.textContent = msg;
    announce(msg);
    draw();
  }

  async function fromFiles(files: File[]): Promise<void> {
    const read = await readFiles(files);
    add(read.map((f) => f.refusal
      ? { submissions: [{ name: f.name, replay: null, refusal: { kind: f.refusal.kind === 'oversized' ? 'oversized' : 'malformed', message: f.refusal.message } }], skipped: 0 }
      : parseText(f.text ?? '', f.name, (n, total) => (total > 1 ? `${f.name} #${n}` : f.name))), t.report.fromFiles(files.length));
  }

  function compute(list: Submission[]): { report: ClassReport; ok: boolean } {
    const id = classScenarioId(list);
    const scenario = id ? findScenario(id) : undefined;
    if (scenario) return { report: classReport(list, scenario, findScenario), ok: true };
    const refused = list.map((s) => {
      const r = s.refusal ? { ok: false as const, ...s.refusal } : verifyAny(s.replay, findScenario);
      return r.ok ? { name: s.name, kind: 'other-scenario' as const, message: '' } : { name: s.name, kind: r.kind, message: r.message };
    });
    return { report: { scenario: { id: id ?? '', title: '', version: 0 }, submitted: list.length, verified: 0, refused, endings: [], cards: [], meters: [], divergent: [] }, ok: false };
  }

  function exportsFor(list: Submission[], report: ClassReport, ok: boolean): HTMLElement {
    const base = `class-report-${report.scenario.id || 'replays'}`;
    const dl = (label: string, name: string, text: () => string, mime: string, testid: string) =>
      h('button', { type: 'button', class: 'secondary', 'data-testid': testid, onClick: () => {
        download(name, text(), mime);
        announce(t.debrief.downloaded(name));
      } }, label);
    return h('div', { class: 'actions report-exports' },
      dl(t.report.exportStudents, `${base}-students.csv`, () => studentsCsv(list, ok ? report : null), 'text/csv', 'export-students'),
      ok ? dl(t.report.exportChoices, `${base}-choices.csv`, () => choicesCsv(report), 'text/csv', 'export-choices') : null,
      ok ? dl(t.report.exportJson, `${base}.json`, () => reportJson(report), 'application/json', 'export-json') : null,
      h('button', { type: 'button', class: 'secondary', onClick: () => window.print() }, t.report.print),
    );
  }

  function drawList(list: Submission[]): void {
    fill(listBox, list.length
      ? h('details', { class: 'sub-list' },
          h('summary', null, t.report.listSummary(list.length)),
          h('ul', null, list.map((s, i) => h('li', null, h('span', null, s.name), h('button', { type: 'button', class: 'quiet', onClick: () => {
            save(list.filter((_, k) => k !== i));
            announce(t.report.removed(s.name));
            draw();
          } }, t.report.remove, h('span', { class: 'offscreen' }, ` ${s.name}`))))),
        )
      : null);
  }

  function draw(): void {
    const list = stored();
    drawList(list);
    if (!list.length) {
      fill(out, h('p', { class: 'muted empty' }, t.report.empty), undo ? h('button', { type: 'button', class: 'secondary', onClick: () => {
        save(undo ?? []);
        undo = null;
        draw();
      } }, t.report.undoClear) : null);
      return;
    }
    const { report, ok } = compute(list);
    const clear = h('button', { type: 'button', class: 'secondary danger', onClick: () => {
      undo = list;
      save([]);
      status.textContent = t.report.cleared;
      announce(t.report.cleared);
      draw();
    } }, t.report.clear);
    if (!ok) {
      fill(out, h('h2', { id: 'report-h' }, t.report.noScenarioHeading), h('p', { class: 'notice' }, t.report.noScenario(report.scenario.id)), refusedTable(report.refused), h('div', { class: 'actions' }, exportsFor(list, report, ok), clear));
      return;
    }
    const exports = exportsFor(list, report, ok);
    exports.append(clear);
    fill(out, reportView(compiled(findScenario(report.scenario.id)!), report, exports, (name) => {
      const sub = list.find((x) => x.name === name);
      const r = sub ? loadReplayText(typeof sub.replay === 'string' ? sub.replay : JSON.stringify(sub.replay)) : null;
      if (!r?.ok) return;
      setLoadedReplay(r.loaded);
      window.location.hash = hashOf('viewer', '', { code: r.loaded.code });
    }));
  }

  const inputs = h('section', { class: 'panel report-inputs', 'aria-labelledby': 'collect-h' },
    h('h2', { id: 'collect-h' }, t.report.collect),
    h('div', { class: 'loader-grid' },
      h('form', { class: 'loader-paste', onSubmit: (e: Event) => {
        e.preventDefault();
        if (!area.value.trim()) {
          status.textContent = t.report.nothingPasted;
          return;
        }
        const offset = stored().length;
        add([parseText(area.value, t.report.pasted, (n) => t.report.pastedLine(offset + n))], t.report.fromPaste);
        area.value = '';
      } },
        h('label', { for: pasteId }, t.report.pasteLabel),
        h('p', { class: 'help', id: `${pasteId}-help` }, t.report.pasteHelp),
        area,
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, t.report.addCodes)),
      ),
      h('div', { class: 'drop-zone' },
        h('p', { class: 'label-like' }, t.report.filesLabel),
        h('p', { class: 'help' }, t.report.filesHelp),
        filePicker(t.report.chooseFiles, true, (f) => void fromFiles(f)),
        h('p', { class: 'drop-hint', 'aria-hidden': 'true' }, t.report.dropHint),
      ),
    ),
    status,
    listBox,
  );
  dropTarget(root, (f) => void fromFiles(f));
  root.append(sectionHeading(t.report.heading), h('p', { class: 'lead' }, t.report.intro), inputs, out);
  draw();
};
