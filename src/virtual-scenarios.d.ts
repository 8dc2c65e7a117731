declare module 'virtual:scenarios' {
  import type { ScenarioData } from './scenario/types.js';
  const scenarios: ScenarioData[];
  export default scenarios;
}
