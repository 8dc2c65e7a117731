import Phaser from 'phaser';
import type { Focusable } from '../a11y/controls';
import { isRtl } from '../i18n';
import { C, FONT } from '../theme';
import { text } from './text';

// A one-line text field drawn on the canvas. The typing happens in the paired HTML input; this shows its value and a caret.
// Seeds and class codes (Latin letters and digits) read left to right in every language; a name (`ltr: false`)
// starts where the page's language starts. A value longer than the box shows its end (where the typing is), after an
// ellipsis; the paired input holds it whole.

/** Letter spacing draws a text one UTF-16 unit at a time, which splits an emoji's surrogate pair. */
const hasSurrogates = (v: string): boolean => /[\uD800-\uDFFF]/.test(v);
const SPACING = 1;

export class Field extends Phaser.GameObjects.Container implements Focusable {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly value: Phaser.GameObjects.Text;
  private readonly caret: Phaser.GameObjects.Rectangle;
  private focused = false;
  private invalid = false;
  private activate: (() => void) | null = null;
  private blink: Phaser.Time.TimerEvent;
  private readonly spacing: number;

  constructor(scene: Phaser.Scene, x: number, y: number, private readonly fw: number, private readonly fh: number, initial: string, opts: { ltr?: boolean } = {}) {
    super(scene, x, y);
    this.bg = scene.add.graphics();
    const ltr = opts.ltr ?? true;
    this.spacing = ltr ? SPACING : 0;
    this.value = text(scene, ltr || !isRtl() ? 14 : fw - 14, fh / 2 - 12, '', { size: FONT.h3, color: C.text, ltr, ...(this.spacing ? { letterSpacing: this.spacing } : {}) });
    this.value.setName('field-value');
    this.caret = scene.add.rectangle(0, fh / 2, 2, 26, C.focus).setVisible(false);
    const zone = scene.add.zone(0, 0, fw, fh).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => this.activate?.());
    this.add([this.bg, this.value, this.caret, zone]);
    this.blink = scene.time.addEvent({ delay: 530, loop: true, callback: () => this.caret.setVisible(this.focused && !this.caret.visible) });
    this.show(initial);
    this.draw();
    scene.add.existing(this);
  }

  onActivate(fn: () => void): void {
    this.activate = fn;
  }

  setText(v: string, invalid: boolean): void {
    this.show(v);
    this.invalid = invalid;
    this.draw();
  }

  /** The value, or as much of its end as fits the box (whole characters, so that an emoji is never split). */
  private show(v: string): void {
    const spacing = this.spacing && !hasSurrogates(v) ? this.spacing : 0;
    if (this.value.letterSpacing !== spacing) this.value.setLetterSpacing(spacing);
    this.value.setText(v);
    const room = this.fw - 28 - 6;
    if (this.value.width <= room) return;
    const chars = Array.from(v);
    // The fewest characters dropped from the start for "…" and the rest to fit.
    let lo = 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      this.value.setText(`\u2026${chars.slice(mid).join('')}`);
      if (this.value.width <= room) hi = mid;
      else lo = mid + 1;
    }
    this.value.setText(`\u2026${chars.slice(lo).join('')}`);
  }

  setFocused(on: boolean): void {
    this.focused = on;
    this.caret.setVisible(on);
    this.draw();
  }

  private draw(): void {
    const g = this.bg.clear();
    g.fillStyle(0x0d1117, 1).fillRoundedRect(0, 0, this.fw, this.fh, 6);
    g.lineStyle(this.invalid ? 3 : 1.5, this.invalid ? C.danger : C.buttonEdge, 1).strokeRoundedRect(0, 0, this.fw, this.fh, 6);
    if (this.focused) g.lineStyle(4, C.focus, 1).strokeRoundedRect(-5, -5, this.fw + 10, this.fh + 10, 10);
    const end = this.value.x + (this.value.originX === 0 ? this.value.width + 3 : -this.value.width - 3);
    this.caret.setX(end);
  }

  override destroy(fromScene?: boolean): void {
    this.blink.remove();
    super.destroy(fromScene);
  }
}
