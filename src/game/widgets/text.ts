import Phaser from 'phaser';
import { isRtl } from '../i18n';
import { startOrigin } from '../layout';
import { C, css, getRenderScale, MIN_TEXT, sansFont, serifFont } from '../theme';

// Text objects in the house style. Every string shown comes from the catalog or the scenario.

export interface TextOpts {
  size: number;
  serif?: boolean;
  color?: number;
  bold?: boolean;
  italic?: boolean;
  /** Wrap width in pixels. */
  wrap?: number;
  align?: 'start' | 'end' | 'center';
  lineSpacing?: number;
  letterSpacing?: number;
  /** Left-to-right whatever the language (seeds and codes, which are Latin letters and digits). */
  ltr?: boolean;
  /** A filled box behind the text, padded by x and y pixels. */
  box?: { colour: number; padX: number; padY: number };
}

export function style(o: TextOpts): Phaser.Types.GameObjects.Text.TextStyle {
  const rtl = isRtl() && !o.ltr;
  const align = o.align === 'center' ? 'center' : (o.align === 'end') !== rtl ? 'right' : 'left';
  return {
    fontFamily: o.serif ? serifFont() : sansFont(),
    fontSize: `${Math.max(MIN_TEXT, o.size)}px`,
    fontStyle: [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].join(' ').trim() || 'normal',
    color: css(o.color ?? C.text),
    align,
    rtl,
    resolution: getRenderScale(),
    lineSpacing: o.lineSpacing ?? Math.round(Math.max(MIN_TEXT, o.size) * 0.28),
    // No letter-spacing in right-to-left scripts: it breaks the joining of Persian letters.
    ...(o.letterSpacing && !rtl ? { letterSpacing: o.letterSpacing } : {}),
    ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
    // In the style, not set after: each setter redraws the text's canvas.
    ...(o.box ? { backgroundColor: css(o.box.colour), padding: { left: o.box.padX, right: o.box.padX, top: o.box.padY, bottom: o.box.padY } } : {}),
  };
}

/** A text at (x, y), anchored at its start edge (left, or right in RTL) and top, unless align says otherwise. */
export function text(scene: Phaser.Scene, x: number, y: number, s: string, o: TextOpts): Phaser.GameObjects.Text {
  const obj = scene.add.text(x, y, s, style(o));
  const start = o.ltr ? 0 : startOrigin();
  const ox = o.align === 'center' ? 0.5 : o.align === 'end' ? 1 - start : start;
  obj.setOrigin(ox, 0);
  return obj;
}

/**
 * Shrinks a wrapped text until it fits a height (down to minSize), then, if still too tall,
 * cuts it at a word and adds an ellipsis. Returns true when the whole text is shown.
 */
export function fitText(obj: Phaser.GameObjects.Text, maxHeight: number, minSize: number): boolean {
  minSize = Math.max(MIN_TEXT, minSize);
  let size = parseInt(String(obj.style.fontSize), 10);
  while (obj.height > maxHeight && size > minSize) {
    size -= 1;
    obj.setFontSize(size);
    obj.setLineSpacing(Math.round(size * 0.28));
  }
  if (obj.height <= maxHeight) return true;
  const words = obj.text.split(' ');
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    obj.setText(`${words.slice(0, mid).join(' ')}\u2026`);
    if (obj.height <= maxHeight) lo = mid;
    else hi = mid - 1;
  }
  obj.setText(`${words.slice(0, Math.max(1, lo)).join(' ')}\u2026`);
  obj.setData('cut', true);
  return false;
}

/** The font size of a text in canvas pixels. */
export const sizeOf = (obj: Phaser.GameObjects.Text): number => parseInt(String(obj.style.fontSize), 10) || MIN_TEXT;

/** Cuts a one-line text to a width with an ellipsis. */
export function fitWidth(obj: Phaser.GameObjects.Text, maxWidth: number): void {
  if (obj.width <= maxWidth) return;
  const full = obj.text;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    obj.setText(`${full.slice(0, mid).trimEnd()}\u2026`);
    if (obj.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  obj.setText(`${full.slice(0, lo).trimEnd()}\u2026`);
  obj.setData('cut', true);
}

/** Shrinks a one-line text's font until it fits a width (for headings, where cutting words would be wrong). */
export function fitSize(obj: Phaser.GameObjects.Text, maxWidth: number, minSize: number): void {
  minSize = Math.max(MIN_TEXT, minSize);
  let size = parseInt(String(obj.style.fontSize), 10);
  while (obj.width > maxWidth && size > minSize) obj.setFontSize(--size);
  if (obj.width > maxWidth) fitWidth(obj, maxWidth);
}

/** Sets a text's colour if it differs: Phaser redraws a text's canvas on every setColor, even to the same colour. */
export function recolour(obj: Phaser.GameObjects.Text, colour: number): Phaser.GameObjects.Text {
  const c = css(colour);
  if (obj.style.color !== c) obj.setColor(c);
  return obj;
}
