import scenarios from 'virtual:scenarios';
import { compileScenario, type CompiledScenario } from '../engine';
import type { ScenarioData } from '../scenario/types';

// The scenarios built into this copy of the game (validated at build time by the Vite plugin).

export function allScenarios(): readonly ScenarioData[] {
  return scenarios;
}

export function findScenario(id: string): ScenarioData | undefined {
  return scenarios.find((s) => s.id === id);
}

export function compiled(s: ScenarioData): CompiledScenario {
  return compileScenario(s);
}

/** The difficulty a new game uses when none is given: "standard" if the scenario has it, else the first. */
export { defaultDifficulty } from '../app';

export function difficultyOf(s: ScenarioData, id: string) {
  return s.difficulties.find((d) => d.id === id);
}
