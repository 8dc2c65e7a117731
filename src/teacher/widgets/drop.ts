import { MAX_INPUT_BYTES } from '../data';
import { h, newId } from '../dom';
import { t } from '../i18n';

// Files in: a real file input (keyboard and screen readers) plus drag-and-drop on a target element.
// Each file is read as text; anything over the size limit is refused before it is read.

export interface ReadFile {
  name: string;
  text?: string;
  refusal?: { kind: 'oversized' | 'unreadable'; message: string };
}

export async function readFiles(files: readonly File[]): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  for (const f of files) {
    if (f.size > MAX_INPUT_BYTES) {
      out.push({ name: f.name, refusal: { kind: 'oversized', message: t.refusal.tooLarge(MAX_INPUT_BYTES) } });
      continue;
    }
    try {
      out.push({ name: f.name, text: await f.text() });
    } catch {
      out.push({ name: f.name, refusal: { kind: 'unreadable', message: t.refusal.unreadable } });
    }
  }
  return out;
}

/** A button-like label over a hidden-but-focusable file input. */
export function filePicker(label: string, multiple: boolean, onFiles: (files: File[]) => void): HTMLElement {
  const id = newId('file');
  const input = h('input', {
    type: 'file', id, class: 'file-input', multiple, accept: '.json,.txt,application/json,text/plain',
    onChange: () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (files.length) onFiles(files);
    },
  });
  return h('span', { class: 'file-picker' }, input, h('label', { for: id, class: 'button secondary' }, label));
}

/** Makes `el` accept dropped files, showing that it will while something is dragged over it. */
export function dropTarget(el: HTMLElement, onFiles: (files: File[]) => void): void {
  let depth = 0;
  el.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    depth++;
    el.classList.add('is-dragging');
  });
  el.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  el.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) el.classList.remove('is-dragging');
  });
  el.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    el.classList.remove('is-dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  });
}
