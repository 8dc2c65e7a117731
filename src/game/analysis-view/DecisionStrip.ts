import type Phaser from 'phaser';
import type { Focusable } from '../a11y/controls';
import type { DecisionOdds } from '../../analysis/decision-analysis';
import { BALANCED_COLOUR, REACHED_COLOUR } from '../../app/analysis-endings';
import { host } from './host';
import { words as tw } from './words';

// The analysis timeline: one cell per decision of the game, its two bars how far that decision's options moved the
// odds of the ending reached and of a balanced verdict (highest option minus lowest). The decisions that mattered
// most are starred and outlined; the one open below is selected. Each cell is a control (see a11y/controls.ts).

export { BALANCED_COLOUR, REACHED_COLOUR } from '../../app/analysis-endings';
const BAR_W = 16;

const { Phaser: P, layout, theme, text: tx } = host();
const { boxX } = layout;
const { C } = theme;
const { text } = tx;

export interface StripCellOpts {
  x: number;
  y: number;
  w: number;
  h: number;
  decision: DecisionOdds;
  flagged: boolean;
  /** The swing drawn full height (the game's largest, so that small swings still show). */
  scale: number;
}

export class StripCell extends P.GameObjects.Container implements Focusable {
  private readonly bg: Phaser.GameObjects.Graphics;
  private focused = false;
  private hovered = false;
  private selected = false;
  private activate: (() => void) | null = null;

  constructor(scene: Phaser.Scene, private readonly o: StripCellOpts) {
    super(scene, o.x, o.y);
    this.setName(`analysis-decision-${o.decision.index}`);
    this.bg = scene.add.graphics();
    this.add(this.bg);
    const d = o.decision;
    const cx = o.w / 2;
    const label = text(scene, cx, 4, `${o.flagged ? '\u2605' : ''}${tw.turnShort(d.turn)}`, { size: 18, bold: true, color: o.flagged ? C.accent : C.text, align: 'center' });
    this.add(label);
    const top = 30;
    const room = o.h - top - 30;
    const bars = this.scene.add.graphics();
    const bar = (share: number, colour: number, at: number) => {
      const bh = Math.max(share > 0 ? 2 : 0, Math.round((share / o.scale) * room));
      bars.fillStyle(0x0d1117, 1).fillRect(at, top, BAR_W, room);
      bars.fillStyle(colour, 1).fillRect(at, top + room - bh, BAR_W, bh);
    };
    // Reached first on the start side, balanced after it, in reading order.
    bar(d.swingReached, REACHED_COLOUR, boxX(cx - BAR_W - 3, BAR_W, o.w));
    bar(d.swingBalanced, BALANCED_COLOUR, boxX(cx + 3, BAR_W, o.w));
    this.add(bars);
    this.add(text(scene, cx, o.h - 27, `${tw.points(d.swingReached)}\u00B7${tw.points(d.swingBalanced)}`, { size: 18, color: C.muted, align: 'center' }));
    const zone = scene.add.zone(0, 0, o.w, o.h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    zone.on('pointerover', () => this.hover(true));
    zone.on('pointerout', () => this.hover(false));
    zone.on('pointerup', () => this.activate?.());
    this.add(zone);
    this.draw();
    scene.add.existing(this);
  }

  onActivate(fn: () => void): void {
    this.activate = fn;
  }

  setFocused(on: boolean): void {
    this.focused = on;
    this.draw();
  }

  setSelected(on: boolean): void {
    this.selected = on;
    this.draw();
  }

  private hover(on: boolean): void {
    this.hovered = on;
    this.draw();
  }

  private draw(): void {
    const { w, h, flagged } = this.o;
    const g = this.bg.clear();
    g.fillStyle(this.selected ? C.buttonHover : this.hovered ? C.button : C.panel, 1).fillRoundedRect(0, 0, w, h, 8);
    g.lineStyle(this.selected ? 3 : flagged ? 2 : 1, this.selected || flagged ? C.accent : C.panelEdge, 1).strokeRoundedRect(0, 0, w, h, 8);
    if (this.focused) {
      g.lineStyle(4, C.focus, 1).strokeRoundedRect(-5, -5, w + 10, h + 10, 12);
      g.lineStyle(2, C.ink, 1).strokeRoundedRect(-2, -2, w + 4, h + 4, 9);
    }
  }
}
