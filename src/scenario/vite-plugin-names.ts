/** The global the built scenario files register themselves on (shared by the Vite plugin and the game's loader). */
export const SCENARIO_GLOBAL = '__suspiciousBindScenarios';
