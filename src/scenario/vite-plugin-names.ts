/** The global the built scenario files register themselves on (shared by the Vite plugin and the pages' loaders). */
export const SCENARIO_GLOBAL = '__suspiciousBindScenarios';

/** The key a scenario's file registers under: its id, or "<id>.<variant key>" for the scenario in a text variant. */
export const scenarioFileKey = (id: string, variant: string) => (variant ? `${id}.${variant}` : id);
