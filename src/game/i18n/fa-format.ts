import { formatNumber } from '../../app/defaults';

// Numbers as Persian writes them, for the Persian catalogs: Persian digits, a true minus sign, and marks that keep a
// sign beside its number inside right-to-left text.

/** ۱۲ */
export const n = (x: number): string => formatNumber(x, 'fa');
/** ‎+۵, ‎−۳, ۰ (the left-to-right mark keeps the sign on the number's left, as Persian writes signed numbers) */
export const signed = (x: number): string => (x > 0 ? `\u200e+${n(x)}` : x < 0 ? `\u200e\u2212${n(Math.abs(x))}` : n(0));
/** ۴۵٪ */
export const pct = (p: number): string => `${n(Math.round(p * 100))}\u066a`;
/** A left-to-right run (a seed, a code, a key name) isolated inside Persian text, so that its neighbours stay put. */
export const ltr = (s: string): string => `\u2066${s}\u2069`;
