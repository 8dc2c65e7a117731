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
    if (/^[1-9]$/.test(e.key) && this.handlers.digit) {
      e.preventDefault();
      this.handlers.digit(Number(e.key));
      return;
    }
    const letter = this.handlers.letters?.[e.key.toLowerCase()];
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
