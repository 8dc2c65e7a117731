import { formatNumber, monthName as intlMonth } from '../../app';
import { en, type Catalog } from './en';

// The catalog in use: English until startGame (main.ts) chooses the language, once, before any screen is drawn.
// `t` is a live binding: every `t.x` read after that sees the chosen catalog.

export let t: Catalog = en;

/** Sets the catalog for this page's life (a language change reloads the page: screens never mix languages). */
export function useCatalog(c: Catalog): void {
  t = c;
}

export const monthName = (ym: string): string => intlMonth(ym, t.lang);
/** A month where room is short (a period "from – to"): Persian leaves out the Solar Hijri months; English is as above. */
export const monthCompact = (ym: string): string => intlMonth(ym, t.lang, t.lang === 'en' ? 'long' : 'short');
export const isRtl = (): boolean => t.dir === 'rtl';
/** A number in the language's digits. */
export const num = (n: number): string => formatNumber(n, t.lang);
export type { Catalog };
