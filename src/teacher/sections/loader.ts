import { loadReplayText, type Loaded, type LoadResult } from '../data';
import { h } from '../../app/dom';
import { announce, newId } from '../dom';
import { t } from '../i18n';
import { readHandInFile } from '../../app';
import { dropTarget, filePicker } from '../widgets/drop';

// Opening one replay: paste a code, pick a file, or drop one. A refusal says which kind and why,
// and the panel (and whatever was open before) stays usable.

export interface LoaderOptions {
  /** Whether a replay is already open (it stays open when another is refused). */
  hasOpen: boolean;
  onLoaded: (loaded: Loaded) => void;
  /** Where to accept dropped files besides the panel itself (e.g. the whole section). */
  dropOn?: HTMLElement;
}

export function refusalBox(kind: string, message: string, source?: string, hasOpen = true): HTMLElement {
  return h('div', { class: 'refusal', role: 'alert', 'data-kind': kind },
    h('p', { class: 'refusal-title' }, h('span', { 'aria-hidden': 'true' }, '\u26A0\uFE0E '), t.viewer.refused(t.refusal.kind(kind), source)),
    h('p', null, message),
    h('p', { class: 'muted' }, hasOpen ? t.viewer.stillUsable : t.viewer.tryAnother),
  );
}

export function loaderPanel(opts: LoaderOptions): { panel: HTMLElement; showResult: (r: LoadResult, source?: string) => void } {
  const status = h('div', { class: 'loader-status' });
  const pasteId = newId('paste');
  const area = h('textarea', { id: pasteId, rows: '3', spellcheck: 'false', autocomplete: 'off', placeholder: 'SB2.…', 'aria-describedby': `${pasteId}-help` });

  function showResult(r: LoadResult, source?: string): void {
    if (r.ok) {
      status.replaceChildren();
      announce(t.viewer.loaded(r.loaded.scenario.title, r.loaded.record.seed));
      opts.onLoaded(r.loaded);
    } else {
      status.replaceChildren(refusalBox(r.kind, r.message, source, opts.hasOpen));
      announce(`${t.refusal.kind(r.kind)}: ${r.message}`);
    }
  }

  /** The first replay in the first file (a replay file, a text file of codes, or a zip of them), read as the report reads it. */
  async function fromFiles(files: File[]): Promise<void> {
    const file = files[0];
    if (!file) return;
    let read: ReturnType<typeof readHandInFile>;
    try {
      read = readHandInFile(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch {
      return showResult({ ok: false, kind: 'unreadable', message: t.refusal.unreadable }, file.name);
    }
    const item = read.items.find((i) => !i.refusal) ?? read.items[0];
    if (!item) return;
    if (item.refusal) return showResult({ ok: false, kind: item.refusal.kind, message: item.refusal.message }, item.source);
    const r = loadReplayText(typeof item.replay === 'string' ? item.replay : JSON.stringify(item.replay));
    showResult(r.ok && item.nameFrom !== 'label' ? { ok: true, loaded: { ...r.loaded, student: item.name } } : r, item.source);
    if (files.length > 1 || read.items.length > 1) announce(t.viewer.onlyFirst);
  }

  const panel = h('section', { class: 'panel loader', 'aria-labelledby': 'loader-h' },
    h('h2', { id: 'loader-h' }, t.viewer.openHeading),
    h('div', { class: 'loader-grid' },
      h('form', {
        class: 'loader-paste',
        onSubmit: (e: Event) => {
          e.preventDefault();
          if (!area.value.trim()) {
            showResult({ ok: false, kind: 'malformed', message: t.viewer.nothingPasted });
            return;
          }
          showResult(loadReplayText(area.value), t.viewer.pasted);
        },
      },
        h('label', { for: pasteId }, t.viewer.pasteLabel),
        h('p', { class: 'help', id: `${pasteId}-help` }, t.viewer.pasteHelp),
        area,
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, t.viewer.openCode)),
      ),
      h('div', { class: 'loader-file drop-zone' },
        h('p', { class: 'label-like' }, t.viewer.fileLabel),
        h('p', { class: 'help' }, t.viewer.fileHelp),
        filePicker(t.viewer.chooseFile, false, (f) => void fromFiles(f), '.json,.txt,.zip,application/json,text/plain,application/zip'),
        h('p', { class: 'drop-hint', 'aria-hidden': 'true' }, t.viewer.dropHint),
      ),
    ),
    status,
  );
  dropTarget(opts.dropOn ?? panel, (f) => void fromFiles(f));
  return { panel, showResult };
}
