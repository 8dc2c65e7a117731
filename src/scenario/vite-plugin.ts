import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioText } from './load.js';
import { formatIssue } from './issues.js';

const ID = 'virtual:scenarios';
const RESOLVED = '\0' + ID;

/** Serves `virtual:scenarios`: every scenario in `dir`, validated at build time (a broken file fails the build, listing each problem). */
export function scenariosPlugin(dir: string): Plugin {
  return {
    name: 'suspicious-bind-scenarios',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readdirSync(dir).filter((f) => /^[^.]+\.ya?ml$/.test(f)).sort();
      const scenarios = files.map((f) => {
        const path = join(dir, f);
        this.addWatchFile(path);
        const r = loadScenarioText(readFileSync(path, 'utf8'), `scenarios/${f}`);
        if (!r.ok) this.error(`Scenario problems:\n${r.issues.map(formatIssue).join('\n')}`);
        return r.scenario;
      });
      return `export default ${JSON.stringify(scenarios)};`;
    },
  };
}
