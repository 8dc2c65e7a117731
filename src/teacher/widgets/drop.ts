import { h } from '../../app/dom';
import { newId } from '../dom';

// Files in: a real file input (keyboard and screen readers) plus drag-and-drop anywhere on the page (the shared
// hand-in reader in src/app reads them). The page
// itself takes every drop (so a file dropped on the header or footer never opens in the tab and leaves the page)
// and hands it to the section that asked for files last, or says where files go.

/** A button-like label over a hidden-but-focusable file input. */
export function filePicker(label: string, multiple: boolean, onFiles: (files: File[]) => void, accept = '.json,.txt,application/json,text/plain'): HTMLElement {
  const id = newId('file');
  const input = h('input', {
    type: 'file', id, class: 'file-input', multiple, accept,
    onChange: () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (files.length) onFiles(files);
    },
  });
  return h('span', { class: 'file-picker' }, input, h('label', { for: id, class: 'button secondary' }, label));
}

type FilesHandler = (files: File[]) => void;
let handler: { el: HTMLElement; onFiles: FilesHandler } | null = null;
let depth = 0;
let onNoTarget: () => void = () => {};

const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

/** Installed once by the page: every drag and drop anywhere is taken here, never by the browser. */
export function guardPageDrops(noTarget: () => void): void {
  onNoTarget = noTarget;
  window.addEventListener('dragenter', (e) => {
    e.preventDefault();
    if (!hasFiles(e) || !handler) return;
    depth++;
    document.body.classList.add('is-dragging');
    handler.el.classList.add('is-dragging');
  });
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = handler && hasFiles(e) ? 'copy' : 'none';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) {
      document.body.classList.remove('is-dragging');
      handler?.el.classList.remove('is-dragging');
    }
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('is-dragging');
    handler?.el.classList.remove('is-dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    if (handler && document.contains(handler.el)) handler.onFiles(files);
    else onNoTarget();
  });
}

/** Dropped files anywhere on the page go to `onFiles` while `el` is shown (the last section to ask wins). */
export function dropTarget(el: HTMLElement, onFiles: FilesHandler): () => void {
  const mine = { el, onFiles };
  handler = mine;
  return () => {
    if (handler === mine) handler = null;
  };
}
