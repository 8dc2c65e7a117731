import { classLineIn } from '../class-words';
import { classScenarioId, type ClassReport, type Submission } from '../../analysis';
import { binaryKind, parseHandInText, readHandInFile, tallyHandIns, type FileResult, type HandIn } from '../../app';
import { allScenarios, compiled, findScenario, loadReplayText, MAX_INPUT_BYTES } from '../data';
import { download, fill, h } from '../../app/dom';
import { announce, newId } from '../dom';
import { t } from '../i18n';
import { choicesCsv, reportJson, studentsCsv } from '../report-export';
import { removedAll, saveSubmissions, setIncluded, setRemovedAll, setReportClass, submissions } from '../report-store';
import { hashOf, type Section } from '../router';
import { setLoadedReplay } from '../state';
import { confirmButton } from '../widgets/confirm';
import { dropTarget, filePicker } from '../widgets/drop';
import { sectionHeading } from '../widgets/fields';
import { classBar, counts, otherGroups } from './report-groups';
import { refusedTable, reportView, type CardOrder } from './report-view';
import { compute, type Computed } from './report-compute';
import { projectorPage, sheetsPage } from './report-pages';
import { classAnalysisPart } from './report-analysis';

// The class report: what a class hands in (pasted e-mails and spreadsheet rows, replay files, zips, drops anywhere
// on the page) checked against the class, and one comparison out. Everything is kept in this browser.

const MAX_ZIP_BYTES = 20_000_000;
const w = t.classReport;
const keyOf = (s: Submission) => `${s.name}\u0000${typeof s.replay === 'string' ? s.replay : JSON.stringify(s.replay ?? s.refusal ?? null)}`;
const toSubmission = (i: HandIn): Submission => ({ name: i.name, replay: i.replay, nameFrom: i.nameFrom, source: i.source, ...(i.refusal ? { refusal: i.refusal } : {}) });

/** The printed report's first lines: what it is, which class, when, and what was counted. */
function printHead(r: ClassReport): HTMLElement {
  const date = new Date().toLocaleDateString(t.lang, { year: 'numeric', month: 'long', day: 'numeric' });
  return h('header', { class: 'print-only report-print-head' },
    h('p', { class: 'print-title' }, w.printTitle(r.scenario.title)),
    h('p', null, classLineIn(allScenarios(), r.class)),
    h('p', null, w.printMeta(date, r.submitted, t.groupSummary(r.groups), r.counted)),
  );
}

export const reportSection: Section = (root, at) => {
  if (at.sub === 'sheets') return sheetsPage(root);
  if (at.sub === 'projector') return projectorPage(root);
  const status = h('p', { class: 'add-status', role: 'status', 'data-testid': 'add-status' });
  const out = h('div', { class: 'report-out' });
  const listBox = h('div');
  const pasteId = newId('codes');
  const area = h('textarea', { id: pasteId, rows: '6', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${pasteId}-help`, placeholder: t.report.pastePlaceholder });
  let order: CardOrder = 'split';

  function say(msg: string, warn = false): void {
    status.textContent = msg;
    status.classList.toggle('is-warn', warn);
    announce(msg);
  }

  function add(results: FileResult[], from: string): void {
    const tally = tallyHandIns(results);
    const before = submissions();
    const seen = new Set(before.map(keyOf));
    const fresh = results.flatMap((r) => r.items).map(toSubmission).filter((s) => !seen.has(keyOf(s)) && (seen.add(keyOf(s)), true));
    const again = tally.items - fresh.length;
    if (!tally.items) return say(t.handInSummary(tally, from));
    if (!fresh.length) return say(w.nothingNew(again));
    const kept = saveSubmissions([...before, ...fresh]);
    const c = compute(submissions());
    const groups: Record<string, number> = {};
    if (c) for (const s of c.report.students.slice(before.length)) groups[s.group] = (groups[s.group] ?? 0) + 1;
    else groups.refused = fresh.length;
    const apart = Object.entries(groups).some(([g, n]) => g !== 'class' && g !== 'duplicate' && n > 0);
    say(w.addedThen(t.handInSummary(tally, from), t.groupSummary(groups)) + (again ? w.alreadyIn(again) : '') + (kept ? '' : ` ${w.notKept}`), apart || !kept);
    draw(c);
  }

  async function fromFiles(files: File[]): Promise<void> {
    const results: FileResult[] = [];
    const refuse = (f: File, kind: 'oversized' | 'malformed', message: string): FileResult =>
      ({ items: [{ name: f.name, nameFrom: 'label', source: f.name, replay: null, refusal: { kind, message } }], skipped: 0, otherEntries: 0 });
    for (const f of files) {
      try {
        // The first bytes say whether it is a zip before the whole of it is read. Any other file is read only up to
        // one byte over the limit: the shared reader refuses it (too large, or an image) in the words the CLI uses.
        const zip = binaryKind(new Uint8Array(await f.slice(0, 8192).arrayBuffer())) === 'zip';
        if (zip && f.size > MAX_ZIP_BYTES) {
          results.push(refuse(f, 'oversized', w.zipTooLarge));
          continue;
        }
        results.push(readHandInFile(f.name, new Uint8Array(await f.slice(0, zip ? f.size : MAX_INPUT_BYTES + 1).arrayBuffer())));
      } catch {
        results.push(refuse(f, 'malformed', t.refusal.unreadable));
      }
    }
    add(results, w.fromFiles(files.length));
  }

  function openStudent(list: Submission[], r: ClassReport, index: number): void {
    const sub = list[index];
    const row = r.students.find((s) => s.index === index);
    const loaded = sub ? loadReplayText(typeof sub.replay === 'string' ? sub.replay : JSON.stringify(sub.replay)) : null;
    if (!loaded?.ok || !row) return;
    setLoadedReplay({ ...loaded.loaded, student: row.name });
    window.location.hash = hashOf('viewer', '', { code: loaded.loaded.code, student: row.name });
  }

  function exportsFor(report: ClassReport): HTMLElement {
    const base = `class-report-${report.scenario.id}-${report.class.seed}`;
    const dl = (label: string, name: string, text: () => string, mime: string, testid: string) =>
      h('button', { type: 'button', class: 'secondary', 'data-testid': testid, onClick: () => {
        download(name, text(), mime);
        announce(t.debrief.downloaded(name));
      } }, label);
    return h('div', { class: 'actions report-exports no-print' },
      dl(t.report.exportStudents, `${base}-students.csv`, () => studentsCsv(report), 'text/csv', 'export-students'),
      dl(t.report.exportChoices, `${base}-choices.csv`, () => choicesCsv(report), 'text/csv', 'export-choices'),
      dl(t.report.exportJson, `${base}.json`, () => reportJson(report), 'application/json', 'export-json'),
      h('button', { type: 'button', class: 'secondary', onClick: () => window.print() }, w.printReport),
      h('a', { class: 'button secondary', href: '#report/sheets', 'data-testid': 'to-sheets' }, w.printSheets),
      h('a', { class: 'button secondary', href: '#report/projector', 'data-testid': 'to-report-projector' }, w.toProjector),
    );
  }

  function clearControls(list: Submission[]): HTMLElement {
    const undo = removedAll();
    const undoButton = undo?.length
      ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'undo-clear', onClick: () => {
          const keys = new Set(submissions().map(keyOf));
          saveSubmissions([...undo.filter((s) => !keys.has(keyOf(s))), ...submissions()]);
          setRemovedAll(null);
          say(w.undone(undo.length));
          draw();
        } }, w.undoAfterReload(undo.length))
      : null;
    if (!list.length) return h('div', { class: 'actions no-print' }, undoButton);
    const clear = confirmButton(t.report.clear, { class: 'secondary danger' }, {
      question: w.confirmClear(list.length),
      yes: w.confirmYes,
      no: w.confirmNo,
      testid: 'confirm-clear',
      onYes: () => {
        setRemovedAll(list);
        saveSubmissions([]);
        say(t.report.cleared);
        draw();
      },
    });
    return h('div', { class: 'actions no-print' }, clear, undoButton);
  }

  function drawList(list: Submission[]): void {
    fill(listBox, list.length
      ? h('details', { class: 'sub-list no-print' },
          h('summary', null, t.report.listSummary(list.length)),
          h('ul', null, list.map((s, i) => h('li', null, h('span', null, s.name), s.source && s.source !== s.name ? h('span', { class: 'muted' }, ` \u00B7 ${s.source}`) : null,
            h('button', { type: 'button', class: 'quiet', onClick: () => {
              saveSubmissions(list.filter((_, k) => k !== i));
              say(t.report.removed(s.name));
              draw();
            } }, t.report.remove, h('span', { class: 'offscreen' }, ` ${s.name}`))))),
        )
      : null);
  }

  /** Draws the report; `known` is the report just computed for the same list (one verification per change). */
  function draw(known?: Computed): void {
    const list = submissions();
    drawList(list);
    const controls = clearControls(list);
    if (!list.length) return fill(out, h('p', { class: 'muted empty' }, t.report.empty), controls);
    const c = known !== undefined ? known : compute(list);
    if (!c) {
      const refused = list.map((s) => ({ name: s.name, kind: s.refusal?.kind ?? ('unknown-scenario' as const), message: s.refusal?.message ?? t.report.noScenario(classScenarioId(list) ?? '') }));
      return fill(out, h('h2', { id: 'report-h' }, t.report.noScenarioHeading), h('p', { class: 'notice' }, t.report.noScenario(classScenarioId(list) ?? '')), refusedTable(refused), controls);
    }
    const { report } = c;
    const top = [
      printHead(report),
      h('h2', { id: 'report-h', tabindex: '-1', class: 'no-print' }, t.report.resultsHeading(report.scenario.title)),
      classBar(report, c.from, (k) => {
        setReportClass(k);
        say(w.classSet(classLineIn(allScenarios(), k)));
        draw();
      }, c.inferred),
      counts(report),
      ...otherGroups(report, (which) => {
        setIncluded({ ...report.include, [which]: !report.include[which] });
        draw();
      }),
      report.refused.length ? refusedTable(report.refused) : h('span'),
      exportsFor(report),
      controls,
    ];
    const scenario = findScenario(report.scenario.id)!;
    const counted = report.students.filter((s) => s.counted);
    const analysed = JSON.stringify(counted.map((s) => [s.seed, s.difficulty, s.decisions.map((d) => d.choice)]));
    const records = () => counted.flatMap((s) => {
      const sub = list[s.index];
      const r = sub ? loadReplayText(typeof sub.replay === 'string' ? sub.replay : JSON.stringify(sub.replay)) : null;
      return r?.ok ? [r.loaded.record] : [];
    });
    fill(out, reportView(compiled(scenario), report, top, {
      analysis: counted.length ? classAnalysisPart(scenario, analysed, counted.length, records) : undefined,
      open: (index) => openStudent(list, report, index),
      order,
      onOrder: (next) => {
        order = next;
        draw(c);
      },
    }));
  }

  const inputs = h('section', { class: 'panel report-inputs', 'aria-labelledby': 'collect-h' },
    h('h2', { id: 'collect-h' }, t.report.collect),
    h('div', { class: 'loader-grid' },
      h('form', { class: 'loader-paste', onSubmit: (e: Event) => {
        e.preventDefault();
        if (!area.value.trim()) return say(t.report.nothingPasted);
        const offset = submissions().length;
        const parsed = parseHandInText(area.value, w.fromPaste, (n) => t.report.pastedLine(offset + n));
        // A paste with no code in it adds nothing (a file without one is listed as refused, to be asked for again).
        const nothing = !/SB[12]\./.test(area.value) && !/^\s*[[{]/.test(area.value);
        if (nothing) return say(t.handInSummary({ items: 0, named: 0, unreadable: 0, skippedLines: area.value.split('\n').filter((l) => l.trim()).length, otherEntries: 0, otherFiles: 0 }, w.fromPaste), true);
        add([{ ...parsed, otherEntries: 0 }], w.fromPaste);
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
        filePicker(t.report.chooseFiles, true, (f) => void fromFiles(f), '.json,.txt,.zip,application/json,text/plain,application/zip'),
        h('p', { class: 'drop-hint', 'aria-hidden': 'true' }, t.report.dropHint),
      ),
    ),
    status,
    listBox,
  );
  const stopDrops = dropTarget(root, (f) => void fromFiles(f));
  root.append(sectionHeading(t.report.heading), h('p', { class: 'lead no-print' }, t.report.intro), inputs, out);
  draw();
  return stopDrops;
};
