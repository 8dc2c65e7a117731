// The teacher page's own DOM helpers: ids for label/field pairs, announcing results, copying, keys in fields.
// Building elements and downloads are src/app/dom.ts.
import { h } from '../app/dom';

let uid = 0;
/** A unique id for label/field pairs. */
export const newId = (prefix: string): string => `${prefix}-${++uid}`;

/** Says something to screen readers (the page's polite live region) and shows it in the status line. */
export function announce(message: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => {
    live.textContent = message;
  }, 30);
}

/** Copies text; falls back to a selected text area where the clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way */
  }
  const area = h('textarea', { class: 'offscreen', 'aria-hidden': 'true', readonly: true });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** True when a key event comes from a field where arrows and Home/End edit text. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  const tag = t.tagName;
  return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && (t as HTMLInputElement).type !== 'checkbox' && (t as HTMLInputElement).type !== 'radio') || t.isContentEditable;
}
