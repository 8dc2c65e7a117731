import type { ScenarioData } from '../scenario/types.js';
import { SCENARIO_GLOBAL } from '../scenario/vite-plugin-names.js';

// Loading a built scenario file (see src/scenario/vite-plugin.ts) as a classic script: unlike fetch() or a module
// import, it works from file:// too. Both pages load scenario files this way.

/** Loads the file and reads the scenario it registers under `key`; rejects when the file cannot be had or holds another. */
export function loadScenarioScript(file: string, key: string): Promise<ScenarioData> {
  const registered = () => (window as unknown as Record<string, Record<string, ScenarioData> | undefined>)[SCENARIO_GLOBAL]?.[key];
  const already = registered();
  if (already) return Promise.resolve(already);
  return new Promise<ScenarioData>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = file;
    script.onload = () => {
      const data = registered();
      if (data) resolve(data);
      else reject(new Error(`${file} did not hold the scenario "${key}"`));
    };
    script.onerror = () => reject(new Error(`${file} could not be loaded`));
    document.head.append(script);
  });
}
