import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioText } from './load.js';
import { formatIssue } from './issues.js';
import type { ScenarioData } from './types.js';
import { SCENARIO_GLOBAL } from './vite-plugin-names.js';

// Every scenario in a folder, validated at build time (a broken file fails the build, listing each problem), as
// - `virtual:scenarios`: all of them in the bundle (the teacher page, which needs every one);
// - `virtual:scenario-catalog`: what the game's title needs (titles, summaries, periods, difficulties) and, for
//   each, the file that holds the whole scenario: a classic script (it works from file:// too) that the game loads
//   when the scenario is chosen. See src/game/scenarios.ts.

const ALL = 'virtual:scenarios';
const CATALOG = 'virtual:scenario-catalog';


/** A classic script that registers one scenario; JSON.parse of a string literal parses faster than an object literal. */
export function scenarioScript(s: ScenarioData): string {
  return `(self.${SCENARIO_GLOBAL} = self.${SCENARIO_GLOBAL} || {})[${JSON.stringify(s.id)}] = JSON.parse(${JSON.stringify(JSON.stringify(s))});\n`;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

export function scenariosPlugin(dir: string): Plugin {
  let serving = false;
  const read = (watch: (path: string) => void, fail: (message: string) => never): ScenarioData[] => {
    const files = readdirSync(dir).filter((f) => /^[^.]+\.ya?ml$/.test(f)).sort();
    const issues: string[] = [];
    const scenarios = files.flatMap((f) => {
      const path = join(dir, f);
      watch(path);
      const r = loadScenarioText(readFileSync(path, 'utf8'), `scenarios/${f}`);
      if (!r.ok) issues.push(...r.issues.map(formatIssue));
      return r.ok ? [r.scenario] : [];
    });
    if (issues.length) fail(`Scenario problems:\n${issues.join('\n')}`);
    return scenarios;
  };
  return {
    name: 'suspicious-bind-scenarios',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ALL || id === CATALOG ? '\0' + id : undefined),
    load(id) {
      if (id !== '\0' + ALL && id !== '\0' + CATALOG) return undefined;
      const scenarios = read((p) => this.addWatchFile(p), (m) => this.error(m));
      if (id === '\0' + ALL) return `export default JSON.parse(${JSON.stringify(JSON.stringify(scenarios))});`;
      const catalog = scenarios.map((s) => {
        const script = scenarioScript(s);
        const file = serving ? `scenarios/${s.id}.js` : `scenarios/${s.id}-${hash(script)}.js`;
        if (!serving) this.emitFile({ type: 'asset', fileName: file, source: script });
        return { id: s.id, version: s.version, title: s.title, summary: s.summary, period: s.period, difficulties: s.difficulties, file };
      });
      return `export default ${JSON.stringify(catalog)};`;
    },
    // The dev server serves the scenario files from the YAML as it is now.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/scenarios\/([^/?]+)\.js(\?|$)/.exec(req.url ?? '');
        if (!m) return next();
        const s = read(() => undefined, (message) => { throw new Error(message); }).find((x) => x.id === m[1]);
        if (!s) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(scenarioScript(s));
      });
    },
  };
}
