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
