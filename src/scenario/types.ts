// The scenario's types are the engine's (src/engine/scenario.ts); this re-export keeps the fronts' imports short.
export type { ScenarioData, Condition, Effect } from '../engine/scenario.js';
