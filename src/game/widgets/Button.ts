import Phaser from 'phaser';
import type { Focusable } from '../a11y/controls';
import { boxX, textX } from '../layout';
import { C, FONT } from '../theme';
import { panelOf, revealInPanel } from './ScrollPanel';
import { fitText, fitWidth, text } from './text';

// A large canvas button: rounded panel, optional number badge, label and second line.
// It never acts by itself: the paired HTML button (a11y/controls.ts) runs the action.

export interface ButtonOpts {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  sub?: string;
  badge?: string;
  variant?: 'primary' | 'normal' | 'quiet';
  size?: number;
  disabled?: boolean;
  selected?: boolean;
  align?: 'start' | 'center';
  /** Let the label wrap onto up to this many lines (shrinking if needed); the second line then sits at the bottom. */
  wrapLines?: number;
  /** With wrapLines: the second text follows the label and wraps too. */
  subFlows?: boolean;
  /** A last line pinned to the bottom (choice previews). */
  footer?: string;
}

export class Button extends Phaser.GameObjects.Container implements Focusable {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private focused = false;
  private hovered = false;
  private activate: (() => void) | null = null;
  readonly label: Phaser.GameObjects.Text;
  readonly sub: Phaser.GameObjects.Text | null = null;
  /** Space for extra content, from the top of the second line to the bottom. */
  readonly inner: { x: number; y: number; w: number };

  constructor(scene: Phaser.Scene, private readonly o: ButtonOpts) {
    super(scene, o.x, o.y);
    this.bg = scene.add.graphics();
    this.add(this.bg);
    const size = o.size ?? FONT.body;
    const pad = 16;
    let start = pad;
    if (o.badge) {
      const r = Math.min(17, o.h / 2 - 6);
      const bx = boxX(pad, 2 * r, o.w) + r;
      const by = o.sub || o.wrapLines ? pad + r - 4 : o.h / 2;
      const badge = scene.add.graphics();
      badge.lineStyle(2, o.disabled ? C.panelEdge : C.accent, 1).strokeCircle(bx, by, r);
      this.add(badge);
      this.add(text(scene, bx, by - size * 0.62, o.badge, { size, bold: true, color: o.disabled ? C.muted : C.accent, align: 'center' }));
      start = pad + 2 * r + 12;
    }
    const labelY = o.sub || o.wrapLines ? 12 : o.h / 2 - size * 0.62;
    const ink = o.variant === 'primary' ? C.ink : o.disabled ? C.muted : C.text;
    const align = o.badge || o.sub || o.wrapLines || o.align === 'start' ? 'start' : 'center';
    const lx = align === 'center' ? o.w / 2 : textX(start, o.w);
    const innerW = o.w - start - pad;
    this.label = text(scene, lx, labelY, o.label, { size, bold: true, color: ink, align, ...(o.wrapLines ? { wrap: innerW } : {}) });
    if (o.wrapLines) fitText(this.label, o.wrapLines * size * 1.3, 14);
    else if (this.label.width > innerW) {
      // Too long for one line: wrap it (never cut it), centred in the button's height.
      this.label.setWordWrapWidth(innerW, true);
      this.label.setY(Math.max(4, o.h / 2 - this.label.height / 2));
    }
    this.add(this.label);
    // The footer (choice previews) takes what room the label leaves, up to two lines, or is left out.
    const footerRoom = Math.min(40, o.h - (labelY + this.label.height) - 10);
    const footer = o.footer && footerRoom >= 17 ? text(scene, textX(start, o.w), 0, o.footer, { size: FONT.small - 1, bold: true, color: C.text, wrap: o.w - start - pad }) : null;
    if (footer) fitText(footer, footerRoom, 13);
    const footerY = footer ? o.h - footer.height - 10 : o.h - FONT.small - 11;
    footer?.setY(footerY);
    const subY = o.subFlows ? labelY + this.label.height + 3 : o.wrapLines ? footerY : labelY + size + 8;
    const subRoom = o.subFlows ? (footer ? footerY - 2 : o.h - 8) - subY : Infinity;
    if (o.sub && subRoom >= 16) {
      const flows = o.subFlows === true;
      this.sub = text(scene, textX(start, o.w), subY, o.sub, { size: flows ? 15 : FONT.small, color: o.variant === 'primary' ? C.ink : C.muted, ...(flows ? { wrap: innerW } : {}) });
      if (flows) fitText(this.sub, subRoom, 13);
      else fitWidth(this.sub, innerW);
      this.add(this.sub);
    }
    if (footer) this.add(footer);
    this.inner = { x: start, y: subY, w: innerW };
    this.zone = scene.add.zone(0, 0, o.w, o.h).setOrigin(0, 0);
    this.zone.setInteractive({ useHandCursor: !o.disabled });
    // Inside a scroll panel, only the part in its window answers the pointer.
    const seen = (p: Phaser.Input.Pointer) => panelOf(this)?.contains(p.worldX, p.worldY) ?? true;
    this.zone.on('pointerover', (p: Phaser.Input.Pointer) => seen(p) && this.hover(true));
    this.zone.on('pointerout', () => this.hover(false));
    this.zone.on('pointerup', (p: Phaser.Input.Pointer) => seen(p) && this.activate?.());
    this.add(this.zone);
    this.draw();
    scene.add.existing(this);
  }

  onActivate(fn: () => void): void {
    this.activate = fn;
  }

  /** Called when keyboard focus or the pointer arrives (true) or leaves (false). */
  onAttention?: (on: boolean) => void;

  setFocused(on: boolean): void {
    this.focused = on;
    if (on) revealInPanel(this, this.o.h);
    this.onAttention?.(on || this.hovered);
    this.draw();
  }

  setDisabled(on: boolean): void {
    this.o.disabled = on;
    this.label.setAlpha(on ? 0.45 : 1);
    this.draw();
  }

  setSelected(on: boolean): void {
    this.o.selected = on;
    this.draw();
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.onAttention?.(on || this.focused);
    this.draw();
  }

  private draw(): void {
    const { w, h, variant, disabled, selected } = this.o;
    const g = this.bg.clear();
    const r = 8;
    let fill: number = variant === 'primary' ? C.accent : variant === 'quiet' ? C.panel : C.button;
    if (this.hovered && !disabled) fill = variant === 'primary' ? 0xdcb43a : C.buttonHover;
    g.fillStyle(fill, disabled ? 0.45 : 1).fillRoundedRect(0, 0, w, h, r);
    g.lineStyle(selected ? 3 : 1.5, selected ? C.accent : C.buttonEdge, disabled ? 0.5 : 1).strokeRoundedRect(0, 0, w, h, r);
    if (selected) {
      const mx = boxX(0, 6, w);
      g.fillStyle(C.accent, 1).fillRect(mx, 8, 6, h - 16);
    }
    if (this.focused) {
      g.lineStyle(4, C.focus, 1).strokeRoundedRect(-5, -5, w + 10, h + 10, r + 4);
      g.lineStyle(2, C.ink, 1).strokeRoundedRect(-2, -2, w + 4, h + 4, r + 1);
    }
  }
}
