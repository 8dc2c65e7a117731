import Phaser from 'phaser';
import { previewArrows, type PreviewMark } from '../../app/preview';
import { isRtl, t } from '../i18n';
import { boxX, endX, textX } from '../layout';
import { C, FONT, reducedMotion } from '../theme';
import { inZone, type Zone } from '../view-model';
import { iconFor } from './icons';
import { recolour, text } from './text';

// A 0–100 bar with its name, value and a status word. Changes animate, with a floating "▲ +8" label.
// Danger zones are hatched and named; colour is never the only signal.

export interface MeterOpts {
  x: number;
  y: number;
  w: number;
  stat: string;
  name: string;
  colour: number;
  zones: Zone[];
  /** 'tension': higher is worse (status words); 'plain': a neutral indicator. */
  kind: 'tension' | 'plain';
  size: 'large' | 'small';
  value: number;
  iconIndex?: number;
  /** Which way is better (tensions: down); 0 leaves changes neutral. */
  better?: 1 | -1 | 0;
}

export class Meter extends Phaser.GameObjects.Container {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text | null;
  private readonly barY: number;
  /** The bar leaves room at its end for the change label. */
  private readonly barW: number;
  private readonly barH: number;
  private shown: number;
  private tween: Phaser.Tweens.Tween | null = null;
  private chip: Phaser.GameObjects.Text | null = null;
  private preview: Phaser.GameObjects.Text | null = null;
  private readonly nameText: Phaser.GameObjects.Text;
  private readonly nameRoom: number;
  readonly rowHeight: number;

  constructor(scene: Phaser.Scene, private readonly o: MeterOpts) {
    super(scene, o.x, o.y);
    const large = o.size === 'large';
    const nameSize = large ? FONT.body : FONT.small;
    const iconSize = large ? 22 : 18;
    const icon = iconFor(scene, o.stat, o.iconIndex ?? 0, iconSize);
    icon.setPosition(boxX(0, iconSize, o.w) + iconSize / 2, nameSize * 0.65);
    this.add(icon);
    // Made with their first words and colours: each change redraws a text's canvas.
    const first = this.words(o.value);
    this.valueText = text(scene, endX(o.w), 0, first.value, { size: large ? 22 : FONT.small, bold: true, align: 'end', color: first.valueColour });
    this.add(this.valueText);
    // The name wraps rather than being cut; room is kept at the end for the value.
    this.nameRoom = o.w - iconSize - 8 - 56;
    this.nameText = text(scene, textX(iconSize + 8, o.w), 0, o.name, { size: nameSize, bold: large, color: C.text, wrap: this.nameRoom });
    this.add(this.nameText);
    this.barY = this.nameText.height + (large ? 8 : 6);
    this.barW = o.w - (o.kind === 'tension' ? 124 : 64);
    this.barH = large ? 14 : 10;
    this.status = o.kind === 'tension' ? text(scene, endX(o.w), this.barY + this.barH / 2, first.status, { size: FONT.tiny, bold: true, color: first.statusColour, align: 'end', letterSpacing: 1 }) : null;
    if (this.status) {
      this.status.setOrigin(this.valueText.originX, 0.5);
      this.add(this.status);
    }
    this.bar = scene.add.graphics();
    this.add(this.bar);
    this.rowHeight = this.barY + Math.max(this.barH, this.status ? 12 : 0) + (large ? 6 : 4);
    this.shown = o.value;
    this.draw(o.value);
    scene.add.existing(this);
  }

  get value(): number {
    return this.shown;
  }

  /** Moves to a new value; with `label`, shows the change floating above the value. */
  setValue(v: number, animate: boolean): void {
    const from = this.shown;
    this.tween?.stop();
    this.tween = null;
    if (!animate || from === v) {
      this.shown = v;
      this.draw(v);
      return;
    }
    this.shown = v;
    this.floatLabel(v - from);
    this.tween = this.scene.tweens.addCounter({
      from,
      to: v,
      duration: reducedMotion() ? 0 : 900,
      ease: 'Cubic.easeOut',
      onUpdate: (tw) => this.draw(tw.getValue() ?? v),
      onComplete: () => this.draw(v),
    });
    this.shown = v;
  }

  /** Removes the change label of an earlier step. */
  clearChip(): void {
    if (this.chip) this.scene.tweens.killTweensOf(this.chip);
    this.chip?.destroy();
    this.chip = null;
    if (!this.preview) this.status?.setVisible(true);
  }

  /** Shows which way a choice under the pointer or keyboard focus is likely to move this meter (null hides it). */
  setPreview(mark: PreviewMark | null): void {
    this.preview?.destroy();
    this.preview = null;
    if (!mark) return void this.status?.setVisible(!this.chip);
    this.clearChip();
    this.status?.setVisible(false);
    const arrows = previewArrows(mark, t.outcome.marks);
    const p = text(this.scene, endX(this.o.w), this.barY + this.barH / 2, arrows, { size: FONT.small, bold: true, color: C.focus, align: 'end', box: { colour: 0x2a2410, padX: 5, padY: 1 } });
    p.setOrigin(this.valueText.originX, 0.5);
    p.setName('meter-preview');
    this.preview = p;
    this.add(p);
  }

  private floatLabel(delta: number): void {
    const way = this.o.better ?? (this.o.kind === 'tension' ? -1 : 0);
    const colour = !way ? C.neutral : Math.sign(delta) === way ? 0x9fd8b4 : 0xff9f8a;
    const label = `${delta > 0 ? t.up : t.down} ${t.signed(delta)}`;
    // The change shows where the status word is (for a few seconds), at the end of the bar's row.
    const l = text(this.scene, endX(this.o.w), this.barY + this.barH / 2, label, { size: FONT.small, bold: true, color: colour, align: 'end', box: { colour: 0x0d1117, padX: 6, padY: 1 } });
    l.setOrigin(this.valueText.originX, 0.5);
    l.setName('meter-chip');
    this.clearChip();
    this.chip = l;
    this.status?.setVisible(false);
    this.add(l);
    if (!reducedMotion()) this.scene.tweens.add({ targets: l, scale: { from: 1.5, to: 1 }, duration: 260, ease: 'Back.easeOut' });
    this.scene.tweens.add({ targets: l, alpha: { from: 1, to: 0 }, delay: 3200, duration: 800, onComplete: () => this.clearChip() });
  }

  private draw(v: number): void {
    const { zones, colour } = this.o;
    const w = this.barW;
    const g = this.bar.clear();
    const y = this.barY;
    const h = this.barH;
    const off = isRtl() ? this.o.w - w : 0;
    g.fillStyle(0x0d1117, 1).fillRect(off, y, w, h);
    const px = (val: number) => off + boxX((val / 100) * w, 0, w);
    for (const z of zones) {
      const a = px(z.from);
      const b = px(z.to);
      const zx = Math.min(a, b);
      const zw = Math.abs(b - a);
      g.fillStyle(C.danger, 0.22).fillRect(zx, y, zw, h);
      g.lineStyle(1, C.danger, 0.6);
      for (let sx = zx; sx < zx + zw; sx += 6) {
        const x2 = Math.min(sx + h, zx + zw);
        g.lineBetween(sx, y + h, x2, y + h - (x2 - sx));
      }
      const edge = z.from > 0 ? px(z.from) : px(z.to);
      g.lineStyle(2, C.danger, 0.9).lineBetween(edge, y - 3, edge, y + h + 3);
    }
    const fw = Math.max(0, Math.min(1, v / 100)) * w;
    g.fillStyle(colour, 1).fillRect(off + boxX(0, fw, w), y + 2, fw, h - 4);
    g.lineStyle(1, C.panelEdge, 1).strokeRect(off, y, w, h);
    const words = this.words(v);
    recolour(this.valueText.setText(words.value), words.valueColour);
    if (this.status) recolour(this.status.setText(words.status), words.statusColour);
  }

  /** The value and status shown for a value, and their colours (red in a danger zone). */
  private words(v: number): { value: string; valueColour: number; status: string; statusColour: number } {
    const rounded = Math.round(v);
    const danger = inZone(rounded, this.o.zones);
    return {
      value: t.meter.value(rounded),
      valueColour: danger ? DANGER_TEXT : C.text,
      status: danger ? `\u26A0 ${t.meter.danger.toUpperCase()}` : statusWord(rounded).toUpperCase(),
      statusColour: danger ? DANGER_TEXT : C.muted,
    };
  }
}

const DANGER_TEXT = 0xff8a8a;

function statusWord(v: number): string {
  if (v >= 60) return t.meter.high;
  if (v >= 40) return t.meter.strained;
  return t.meter.calm;
}
