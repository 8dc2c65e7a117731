import { en, type Catalog } from './en';

// The catalog in use. English only for now; a translation copies en's shape and may set dir: 'rtl'
// (the layout uses logical CSS properties, so it mirrors).
export const t: Catalog = en;
export type { Catalog };
