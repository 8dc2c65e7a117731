import { isRtl } from '../i18n';
import type { Controls } from './controls';

// One keyboard listener for the whole page. Buttons handle Enter and Space natively; this adds
// number keys, Escape, arrow-key movement between controls, and Enter when nothing has focus.

export interface KeyHandlers {
  digit?: (n: number) => void;
  escape?: () => void;
  /** Enter or Space when no control has focus. */
  confirm?: () => void;
  /** Left and right arrows (start/end in reading order) when a screen pages through items. */
  page?: (step: 1 | -1) => void;
  /** Page Up / Page Down: scroll the screen's long column. */
  scroll?: (step: 1 | -1) => void;
  /** Letter shortcuts, by lower-case key. */
  letters?: Record<string, () => void>;
}

/** A digit key's value: 1–9, also as typed on a Persian or Arabic layout (۱–۹, ١–٩). */
export function digitOf(key: string): number | null {
  if (/^[1-9]$/.test(key)) return Number(key);
  const c = key.length === 1 ? key.charCodeAt(0) : 0;
  if (c >= 0x06f1 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x0661 && c <= 0x0669) return c - 0x0660;
  return null;
}

/** A letter shortcut's key: the letter typed, or on another layout (Persian types «ق» on R) the key's own letter. */
export function letterOf(e: Pick<KeyboardEvent, 'key' | 'code'>, known: Record<string, unknown>): string | null {
  const typed = e.key.toLowerCase();
  if (typed in known) return typed;
  const physical = /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase();
  return physical && !/^[a-z]$/.test(typed) && physical in known ? physical : null;
}

export class Keys {
  private handlers: KeyHandlers = {};

  constructor(private readonly controls: Controls) {
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  set(handlers: KeyHandlers): void {
    this.handlers = handlers;
  }

  clear(): void {
    this.handlers = {};
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Escape') {
      if (this.handlers.escape) {
        e.preventDefault();
        this.handlers.escape();
      }
      return;
    }
    if (typing) return;
    if ((e.key === 'PageDown' || e.key === 'PageUp') && this.handlers.scroll) {
      e.preventDefault();
      this.handlers.scroll(e.key === 'PageDown' ? 1 : -1);
      return;
    }
    const digit = digitOf(e.key);
    if (digit !== null && this.handlers.digit) {
      e.preventDefault();
      this.handlers.digit(digit);
      return;
    }
    const letters = this.handlers.letters ?? {};
    const name = letterOf(e, letters);
    const letter = name ? letters[name] : undefined;
    if (letter) {
      e.preventDefault();
      letter();
      return;
    }
    const forward = isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const back = isRtl() ? 'ArrowRight' : 'ArrowLeft';
    if ((e.key === forward || e.key === back) && this.handlers.page) {
      e.preventDefault();
      this.handlers.page(e.key === forward ? 1 : -1);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === forward || e.key === back) {
      e.preventDefault();
      this.controls.move(e.key === 'ArrowDown' || e.key === forward ? 1 : -1);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && !this.controls.hasFocus()) {
      e.preventDefault();
      if (this.handlers.confirm) this.handlers.confirm();
      else this.controls.focusFirst();
    }
  }
}
