import catalog from 'virtual:scenario-catalog';
import { compileScenario, type CompiledScenario } from '../engine';
import { SCENARIO_GLOBAL } from '../scenario/vite-plugin-names';
import type { ScenarioData } from '../scenario/types';

// The scenarios built into this copy of the game (validated at build time by the Vite plugin). The catalog (titles,
// summaries, periods, difficulties) is in the bundle; each whole scenario is its own file, loaded when chosen.

/** What the title needs to list and describe a scenario before its file is loaded. */
export type ScenarioEntry = Pick<ScenarioData, 'id' | 'version' | 'title' | 'summary' | 'period' | 'difficulties'> & { file: string };

const loaded = new Map<string, ScenarioData>();
const loading = new Map<string, Promise<ScenarioData>>();

/** Every scenario of this copy, loaded or not. */
export function allScenarios(): readonly ScenarioEntry[] {
  return catalog;
}

/** A scenario whose file is loaded (see loadScenario), or undefined. */
export function findScenario(id: string): ScenarioData | undefined {
  return loaded.get(id);
}

/** A scenario of this copy whose file is not loaded (yet). */
export function notLoadedYet(id: string): boolean {
  return !loaded.has(id) && catalog.some((s) => s.id === id);
}

/** Loads a scenario's file (once) as a classic script, which works over http and from file:// alike. */
export function loadScenario(id: string): Promise<ScenarioData> {
  const done = loaded.get(id);
  if (done) return Promise.resolve(done);
  const entry = catalog.find((s) => s.id === id);
  if (!entry) return Promise.reject(new Error(`no scenario "${id}" in this copy`));
  let p = loading.get(id);
  if (!p) {
    p = new Promise<ScenarioData>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = entry.file;
      script.onload = () => {
        const data = (window as unknown as Record<string, Record<string, ScenarioData> | undefined>)[SCENARIO_GLOBAL]?.[id];
        if (!data) return reject(new Error(`${entry.file} did not hold the scenario "${id}"`));
        loaded.set(id, data);
        resolve(data);
      };
      script.onerror = () => reject(new Error(`The scenario "${entry.title}" could not be loaded (${entry.file}): check the network connection and open the game again.`));
      document.head.append(script);
    });
    p.catch(() => loading.delete(id));
    loading.set(id, p);
  }
  return p;
}

export function loadScenarios(ids: Iterable<string>): Promise<ScenarioData[]> {
  return Promise.all([...new Set(ids)].map(loadScenario));
}

export function compiled(s: ScenarioData): CompiledScenario {
  return compileScenario(s);
}

/** The difficulty a new game uses when none is given: "standard" if the scenario has it, else the first. */
export { defaultDifficulty } from '../app';

export function difficultyOf(s: Pick<ScenarioData, 'difficulties'>, id: string) {
  return s.difficulties.find((d) => d.id === id);
}
