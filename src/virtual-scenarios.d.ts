declare module 'virtual:scenarios' {
  import type { ScenarioData } from './scenario/types.js';
  const scenarios: ScenarioData[];
  export default scenarios;
}

declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry } from './scenario/catalog';
  const catalog: CatalogEntry[];
  export default catalog;
}

declare module 'virtual:game-catalogs' {
  import type { Catalog } from './game/i18n/en';
  /** The catalog of a language other than English, loaded when it is chosen (src/build/catalog-scripts.ts). */
  export function loadCatalogScript(lang: string): Promise<Catalog>;
}

declare module 'virtual:persian-font' {
  /** The Persian font's files (woff2, subset at build time) by weight: src/build/persian-font.ts. */
  export const FONT_FILES: Readonly<Record<string, string>>;
  export const FONT_FAMILY: string;
}

declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';
  /** seedrandom's Alea generator on its own: `seedrandom.alea` is this module (src/engine/rng.ts). */
  const alea: seedrandom['alea'];
  export default alea;
}
