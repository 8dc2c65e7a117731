import type Phaser from 'phaser';
import type { Interval } from '../../analysis/decision-analysis-stats';
import type { ScenarioData } from '../../scenario/types';
import { host } from './host';

// One option's odds as a stacked bar: a segment per ending, verdicts first (the balanced ones leading), then the
// collapse and the crises, each in its colour (crises in their meter's), with its share written in it where it fits.
// Colour is never the only signal: the legend names every colour, and the numbers are written and in words.

export interface EndingKey {
  id: string;
  title: string;
  kind: string;
  colour: number;
}

const CRISIS: Record<string, number[]> = { west: [0x7aa7d8, 0xa9c6e8], russia: [0xe07a6f, 0xf0a79f], elites: [0xd4b44a, 0xeeda94] };
const BALANCED = 0x7fd19b;
const VERDICTS = [0xc3a3e6, 0x6fd0d6, 0xe8a0bf, 0xb8d77a];
const COLLAPSE = 0xa3a9b2;
const OTHER = 0x8a96a3;
/** Dark ink for the numbers written on the light segments. */
const INK = '#0d1117';

const { i18n, layout, theme, text: tx } = host();
const { t } = i18n;
const { boxX } = layout;
const { C } = theme;
const { text } = tx;

/** The scenario's endings in the order and colours the bars use. */
export function endingKeys(s: ScenarioData, balanced: readonly string[]): EndingKey[] {
  const seen: Record<string, number> = {};
  let verdict = 0;
  const key = (e: ScenarioData['endings'][number]): EndingKey => {
    let colour = OTHER;
    if (e.kind === 'verdict') colour = balanced.includes(e.id) ? BALANCED : VERDICTS[verdict++ % VERDICTS.length]!;
    else if (e.kind === 'collapse') colour = COLLAPSE;
    else if (e.kind === 'crisis' && e.meter) {
      const n = (seen[e.meter] = (seen[e.meter] ?? -1) + 1);
      colour = CRISIS[e.meter]?.[n % 2] ?? OTHER;
    }
    return { id: e.id, title: e.title, kind: e.kind, colour };
  };
  const rank = (e: ScenarioData['endings'][number]) => (e.kind === 'verdict' ? (balanced.includes(e.id) ? 0 : 1) : e.kind === 'collapse' ? 2 : 3);
  // Colours are given in the scenario's order (stable whatever the sort), then the endings sorted for the bars.
  const keyed = s.endings.map((e) => ({ e, k: key(e) }));
  return keyed.sort((a, b) => rank(a.e) - rank(b.e)).map((x) => x.k);
}

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
    const label = t.analysis.percent(share);
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
