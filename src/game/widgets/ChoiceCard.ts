import Phaser from 'phaser';
import type { Focusable } from '../a11y/controls';
import { num } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, reducedMotion } from '../theme';
import { panelOf, revealInPanel } from './ScrollPanel';
import { text } from './text';

// One option of a decision, as tall as its words: number badge, label, detail (or why it is locked), and the
// preview of its likely effects, all wrapped in full. Chosen (awaiting confirmation) it is drawn selected.

export interface ChoiceCardOpts {
  x: number;
  y: number;
  w: number;
  n: number;
  label: string;
  sub?: string;
  footer?: string;
  /** A risk of ending the game, from the likely effects (shown with previews). */
  warning?: string;
  locked: boolean;
}

const PAD = 14;
const R = 16;

export class ChoiceCard extends Phaser.GameObjects.Container implements Focusable {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private focused = false;
  private hovered = false;
  private selected = false;
  private activate: (() => void) | null = null;
  h: number;

  constructor(scene: Phaser.Scene, private readonly o: ChoiceCardOpts) {
    super(scene, o.x, o.y);
    this.bg = scene.add.graphics();
    this.add(this.bg);
    const start = PAD + 2 * R + 12;
    const innerW = o.w - start - PAD;
    const badge = scene.add.graphics();
    const bx = boxX(PAD, 2 * R, o.w) + R;
    badge.lineStyle(2, o.locked ? C.panelEdge : C.accent, 1).strokeCircle(bx, PAD + R, R);
    const badgeNumber = text(scene, bx, PAD + R - 12, num(o.n), { size: FONT.body, bold: true, color: o.locked ? C.muted : C.accent, align: 'center' });
    const label = text(scene, textX(start, o.w), PAD, o.label, { size: FONT.body, bold: true, color: o.locked ? C.muted : C.text, wrap: innerW });
    this.add([badge, badgeNumber, label]);
    let y = PAD + Math.max(label.height, 2 * R) + 6;
    if (o.sub) {
      const sub = text(scene, textX(start, o.w), y, o.sub, { size: FONT.small, color: o.locked ? 0xffb4a2 : C.muted, wrap: innerW });
      this.add(sub);
      y += sub.height + 6;
    }
    if (o.footer) {
      const f = text(scene, textX(start, o.w), y, o.footer, { size: FONT.small, bold: true, color: C.text, wrap: innerW });
      this.add(f);
      y += f.height + 6;
    }
    if (o.warning) {
      const warn = text(scene, textX(start, o.w), y, o.warning, { size: FONT.small, bold: true, color: 0xff9f8a, wrap: innerW });
      this.add(warn);
      y += warn.height + 6;
    }
    this.h = y + PAD - 6;
    this.zone = scene.add.zone(0, 0, o.w, this.h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    const seen = (p: Phaser.Input.Pointer) => panelOf(this)?.contains(p.worldX, p.worldY) ?? true;
    this.zone.on('pointerover', (p: Phaser.Input.Pointer) => seen(p) && this.hover(true));
    this.zone.on('pointerout', () => this.hover(false));
    this.zone.on('pointerup', (p: Phaser.Input.Pointer) => seen(p) && this.activate?.());
    this.add(this.zone);
    this.draw();
    scene.add.existing(this);
  }

  /** Makes the card as tall as the tallest in its row. */
  setHeight(h: number): void {
    this.h = h;
    this.zone.setSize(this.o.w, h);
    this.zone.input?.hitArea.setSize(this.o.w, h);
    this.draw();
  }

  onActivate(fn: () => void): void {
    this.activate = fn;
  }

  onAttention?: (on: boolean) => void;

  setFocused(on: boolean): void {
    this.focused = on;
    if (on) revealInPanel(this, this.h);
    this.onAttention?.(on || this.hovered);
    this.draw();
  }

  setSelected(on: boolean): void {
    this.selected = on;
    this.draw();
  }

  /** A short shake: the answer to pressing a locked option (its reason is said in words too). */
  refuse(): void {
    if (reducedMotion()) return;
    const x = this.x;
    this.scene.tweens.add({ targets: this, x: { from: x - 6, to: x }, duration: 220, ease: 'Bounce.easeOut' });
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.onAttention?.(on || this.focused);
    this.draw();
  }

  private draw(): void {
    const { w, locked } = this.o;
    const h = this.h;
    const g = this.bg.clear();
    let fill: number = this.selected ? 0x3a3216 : C.button;
    if (this.hovered && !locked && !this.selected) fill = C.buttonHover;
    g.fillStyle(fill, locked ? 0.5 : 1).fillRoundedRect(0, 0, w, h, 8);
    g.lineStyle(this.selected ? 3 : 1.5, this.selected ? C.accent : C.buttonEdge, locked ? 0.5 : 1).strokeRoundedRect(0, 0, w, h, 8);
    if (this.selected) g.fillStyle(C.accent, 1).fillRect(boxX(0, 6, w), 8, 6, h - 16);
    if (locked) {
      g.lineStyle(1, C.panelEdge, 0.6);
      for (let x = 0; x < w; x += 18) g.lineBetween(x, h - 4, Math.min(w, x + 10), h - 4);
    }
    if (this.focused) {
      g.lineStyle(4, C.focus, 1).strokeRoundedRect(-5, -5, w + 10, h + 10, 12);
      g.lineStyle(2, C.ink, 1).strokeRoundedRect(-2, -2, w + 4, h + 4, 9);
    }
  }
}
