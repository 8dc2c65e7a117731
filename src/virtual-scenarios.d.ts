declare module 'virtual:scenarios' {
  import type { ScenarioData } from './scenario/types.js';
  const scenarios: ScenarioData[];
  export default scenarios;
}

declare module 'virtual:scenario-catalog' {
  import type { ScenarioEntry } from './game/scenarios';
  const catalog: ScenarioEntry[];
  export default catalog;
}
