import { monthName as intlMonth } from '../../app';
import { en, type Catalog } from './en';

// The catalog in use. English only for now; a Persian catalog would set dir: 'rtl' and the layout mirrors.
export const t: Catalog = en;

export const monthName = (ym: string): string => intlMonth(ym, t.lang);
export const isRtl = (): boolean => t.dir === 'rtl';
export type { Catalog };
