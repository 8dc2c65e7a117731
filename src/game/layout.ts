import { isRtl } from './i18n';
import { WIDTH } from './theme';

// Layout helpers written in "start/end" terms so that a right-to-left catalog mirrors every screen.

/** The left x of a box of width `w` placed `x` from the start edge of a span (the screen by default). */
export function boxX(x: number, w = 0, span = WIDTH): number {
  return isRtl() ? span - x - w : x;
}

/** The anchor x for text that starts `x` from the start edge of a span. */
export function textX(x: number, span = WIDTH): number {
  return isRtl() ? span - x : x;
}

/** The horizontal origin of start-aligned text. */
export const startOrigin = (): number => (isRtl() ? 1 : 0);
export const endOrigin = (): number => (isRtl() ? 0 : 1);
export const startAlign = (): 'left' | 'right' => (isRtl() ? 'right' : 'left');

/** Lays out `n` equal boxes in rows of `perRow` inside a rectangle, returning their boxes in reading order. */
export function grid(x: number, y: number, w: number, h: number, n: number, perRow: number, gap: number) {
  const rows = Math.max(1, Math.ceil(n / perRow));
  const bw = (w - gap * (perRow - 1)) / perRow;
  const bh = (h - gap * (rows - 1)) / rows;
  const out: { x: number; y: number; w: number; h: number }[] = [];
  for (let i = 0; i < n; i++) {
    const col = i % perRow;
    const row = Math.floor(i / perRow);
    out.push({ x: boxX(x + col * (bw + gap), bw, 2 * x + w) , y: y + row * (bh + gap), w: bw, h: bh });
  }
  return out;
}

/** The anchor x for end-aligned text at the end edge of a local span [0, span] (a widget's own width).
 *  For a page position use textX(x) with align 'end'. */
export function endX(span = WIDTH): number {
  return isRtl() ? 0 : span;
}
