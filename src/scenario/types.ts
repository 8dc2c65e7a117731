// Type-only view of the scenario format, safe for the pure engine to import (erased at runtime).
export type { ScenarioData, Condition, Effect } from './schema.js';
