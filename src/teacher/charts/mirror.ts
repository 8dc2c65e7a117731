import { formatNumber } from '../../app/defaults';
import { t } from '../i18n';

// Charts in a right-to-left page are mirrored: time runs from right to left, the scale stands on the right, and
// labels are anchored on the mirrored side. Coordinates are computed left to right and put through `x`; each
// chart's <svg> is `direction: ltr` (charts.css) so that its anchors are physical. Numbers in the page's digits.

export interface Mirror {
  rtl: boolean;
  /** An x coordinate of a chart `width` wide, mirrored in a right-to-left page. */
  x(v: number): number;
  /** A text anchor, mirrored likewise. */
  anchor(a: 'start' | 'end' | 'middle'): 'start' | 'end' | 'middle';
}

export function mirror(width: number): Mirror {
  const rtl = t.dir === 'rtl';
  return {
    rtl,
    x: (v) => (rtl ? width - v : v),
    anchor: (a) => (!rtl || a === 'middle' ? a : a === 'start' ? 'end' : 'start'),
  };
}

/** A number as the page writes it (Persian digits on a Persian page). */
export const chartNumber = (n: number): string => formatNumber(n, t.lang);
