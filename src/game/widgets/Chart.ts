import Phaser from 'phaser';
import { num, t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, DANGER_FROM, FONT, METER_COLOUR } from '../theme';
import { text } from './text';

// A line chart of the three tension meters over the turns. Each line has its own dash and marker shape
// and a name at its end, so it reads without colour; the danger band is hatched and named.

export interface Series {
  stat: string;
  name: string;
  values: number[];
}

type Marker = 'circle' | 'square' | 'triangle';
const STYLE: Record<string, { dash: number; gap: number; marker: Marker }> = {
  west: { dash: 0, gap: 0, marker: 'circle' },
  russia: { dash: 10, gap: 6, marker: 'square' },
  elites: { dash: 3, gap: 5, marker: 'triangle' },
};

function segment(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, dash: number, gap: number): void {
  if (!dash) return void g.lineBetween(x1, y1, x2, y2);
  const len = Math.hypot(x2 - x1, y2 - y1);
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ((x2 - x1) * d) / len, y1 + ((y2 - y1) * d) / len, x1 + ((x2 - x1) * e) / len, y1 + ((y2 - y1) * e) / len);
  }
}

function marker(g: Phaser.GameObjects.Graphics, m: Marker, x: number, y: number, r: number): void {
  if (m === 'circle') g.fillCircle(x, y, r);
  else if (m === 'square') g.fillRect(x - r, y - r, 2 * r, 2 * r);
  else g.fillTriangle(x - r - 1, y + r, x + r + 1, y + r, x, y - r - 1);
}

export class Chart extends Phaser.GameObjects.Container {
  private readonly cursor: Phaser.GameObjects.Graphics;
  private readonly px: (turn: number) => number;

  constructor(scene: Phaser.Scene, x: number, y: number, private readonly cw0: number, private readonly ch0: number, series: Series[], lastTurn: number) {
    super(scene, x, y);
    scene.add.existing(this);
    const w = cw0;
    const h = ch0;
    const left = 52;
    const right = 24;
    const top = 40;
    const bottom = 30;
    const cw = w - left - right;
    const ch = h - top - bottom;
    this.px = (turn: number) => boxX(left + (cw * turn) / Math.max(1, lastTurn), 0, w);
    const py = (v: number) => top + ch - (ch * v) / 100;
    const g = scene.add.graphics();
    this.add(g);
    const x0 = Math.min(this.px(0), this.px(lastTurn));
    const dy = py(100);
    g.fillStyle(C.danger, 0.14).fillRect(x0, dy, cw, py(DANGER_FROM) - dy);
    g.lineStyle(1, C.danger, 0.35);
    for (let sx = x0; sx < x0 + cw; sx += 10) g.lineBetween(sx, py(DANGER_FROM), Math.min(x0 + cw, sx + 14), dy);
    this.add(text(scene, textX(left + 6, w), dy + 2, t.meter.dangerZone.toUpperCase(), { size: FONT.tiny, bold: true, color: 0xff8a8a, letterSpacing: 2 }));
    g.lineStyle(1, C.panelEdge, 1);
    for (const v of [0, 25, 50, 75, 100]) {
      g.lineBetween(x0, py(v), x0 + cw, py(v));
      this.add(text(scene, textX(left - 8, w), py(v) - 11, num(v), { size: FONT.tiny, color: C.muted, align: 'end' }));
    }
    for (let turn = 0; turn <= lastTurn; turn++) {
      // Every turn when there is room for its label, else every other one.
      if ((cw / Math.max(1, lastTurn) < 44 && turn % 2) || (cw / Math.max(1, lastTurn) < 22 && turn % 4)) continue;
      this.add(text(scene, this.px(turn), top + ch + 4, turn === 0 ? num(0) : t.debrief.turnShort(turn), { size: FONT.tiny, color: C.muted, align: 'center' }));
    }
    this.cursor = scene.add.graphics();
    this.add(this.cursor);
    // The legend on one row above the plot: each line's name, last value and marker, so it reads without colour.
    let lx = 8;
    for (const s of series) {
      const st = STYLE[s.stat] ?? STYLE.west!;
      const colour = METER_COLOUR[s.stat] ?? C.text;
      g.lineStyle(3, colour, 1);
      s.values.forEach((v, i) => {
        if (i > 0) segment(g, this.px(i - 1), py(s.values[i - 1]!), this.px(i), py(v), st.dash, st.gap);
      });
      g.fillStyle(colour, 1);
      s.values.forEach((v, i) => marker(g, st.marker, this.px(i), py(v), 4.5));
      const last = s.values.length - 1;
      g.lineStyle(3, colour, 1);
      segment(g, boxX(lx, 0, w), 14, boxX(lx + 26, 0, w), 14, st.dash, st.gap);
      marker(g, st.marker, boxX(lx + 13, 0, w), 14, 4.5);
      const label = text(scene, textX(lx + 34, w), 3, t.fmt.nameValue(s.name, s.values[last] ?? ''), { size: FONT.tiny, bold: true, color: colour });
      this.add(label);
      lx += 34 + label.width + 22;
    }
  }

  /** Highlights one turn (the decision shown below the chart). */
  select(turn: number): void {
    const x = this.px(turn);
    this.cursor.clear().fillStyle(C.focus, 0.12).fillRect(x - 10, 26, 20, this.ch0 - 50);
    this.cursor.lineStyle(2, C.focus, 0.8).lineBetween(x, 26, x, this.ch0 - 24);
  }
}
