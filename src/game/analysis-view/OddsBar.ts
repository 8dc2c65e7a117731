import type Phaser from 'phaser';
import type { Interval } from '../../analysis/decision-analysis-stats';
import type { EndingKey } from '../../app/analysis-endings';
import { host } from './host';
import { words as tw } from './words';

export { endingKeys, type EndingKey } from '../../app/analysis-endings';

// One option's odds as a stacked bar: a segment per ending in the order and colours of src/app/analysis-endings.ts,
// with its share written in it where it fits. The legend names every colour; the numbers are written and in words.

/** Dark ink for the numbers written on the light segments. */
const INK = '#0d1117';

const { layout, theme, text: tx } = host();
const { boxX } = layout;
const { C } = theme;
const { text } = tx;

/** Draws the bar into `into` at (x, y) in a local span of width `span` (mirrored in right-to-left). */
export function oddsBar(scene: Phaser.Scene, into: Phaser.GameObjects.Container, keys: readonly EndingKey[], endings: Record<string, Interval>, x: number, y: number, w: number, h: number, span: number): void {
  const g = scene.add.graphics();
  into.add(g);
  g.fillStyle(0x0d1117, 1).fillRect(boxX(x, w, span), y, w, h);
  let at = 0;
  for (const k of keys) {
    const share = endings[k.id]?.mean ?? 0;
    if (share <= 0) continue;
    const sw = share * w;
    const sx = boxX(x + at, sw, span);
    g.fillStyle(k.colour, 1).fillRect(sx, y, sw, h);
    // A dark seam between segments, so that neighbours of like colour stay apart.
    if (at > 0) g.fillStyle(0x0d1117, 1).fillRect(boxX(x + at, 2, span), y, 2, h);
    const label = tw.percent(share);
    if (sw >= 48) {
      const n = text(scene, sx + sw / 2, y + h / 2 - 11, label, { size: 18, bold: true, align: 'center' });
      n.setColor(INK);
      into.add(n);
    }
    at += sw;
  }
  g.lineStyle(1, C.panelEdge, 1).strokeRect(boxX(x, w, span), y, w, h);
}

/** A swatch of an ending's colour. */
export function swatch(scene: Phaser.Scene, into: Phaser.GameObjects.Container, colour: number, x: number, y: number, size = 18): void {
  const g = scene.add.graphics();
  g.fillStyle(colour, 1).fillRect(x, y, size, size);
  g.lineStyle(1, 0x0d1117, 1).strokeRect(x, y, size, size);
  into.add(g);
}
