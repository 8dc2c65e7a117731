import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { ScenarioData } from './types.js';
import { SCENARIO_GLOBAL, scenarioFileKey } from './vite-plugin-names.js';
import { readScenarioFolder, type BuildRead } from './build-scenarios.js';
import type { OverlayName } from './overlay-names.js';
import { discussionQuestions } from '../app/debrief-sheet.js';
import { rulesHash } from '../engine/rules-hash.js';
import type { CatalogEntry, TitleTexts } from './catalog.js';

// Every scenario in a folder and its text overlays (<folder>/overlays), validated at build time (a broken file
// fails the build, listing each problem), as
// - `virtual:scenarios`: all of them in the bundle, in their own text (the teacher page, which needs every one);
// - `virtual:scenario-catalog`: what the game's title needs (titles, summaries, periods, difficulties, in every
//   text variant) and, for each, the files that hold the whole scenario: one classic script (it works from file://
//   too) for its own text and one for each variant it has overlays for, with the overlays applied at build time,
//   so that a game loads one file whatever its language and level. See src/game/scenarios.ts.
// And a teacher notes file imported with `?debrief-questions` as its debrief questions only (src/teacher/teacher-notes.ts),
// so that the teacher page carries the questions, not the whole notes of every language.

const ALL = 'virtual:scenarios';
const CATALOG = 'virtual:scenario-catalog';
const QUESTIONS = '?debrief-questions';

/** The questions of a teacher notes file; a translation's (<scenario>.fa.md) is read beside the English notes. */
function questionsModule(file: string, watch: (path: string) => void): string {
  watch(file);
  const english = file.replace(/\.[a-z]{2}\.md$/, '.md');
  const beside = english !== file && existsSync(english) ? readFileSync(english, 'utf8') : undefined;
  return `export default ${JSON.stringify(discussionQuestions(readFileSync(file, 'utf8'), beside))};`;
}

/**
 * A classic script that registers one scenario; JSON.parse of a string parses faster than an object literal. The
 * JSON is a single-quoted string literal with only its backslashes and apostrophes escaped (~0.2% larger than the
 * JSON). Not a template literal: V8 keeps a tagged template's strings, cooked and raw, for as long as the script is
 * alive, and Chromium may keep a classic script alive for its compile hints: String.raw kept two copies of the
 * scenario (~420 KB) in the game's JS heap, in one measured session for all of its 1,000 turns.
 */
export function scenarioScript(s: ScenarioData, variant = ''): string {
  const literal = `'${JSON.stringify(s).replace(/[\\']/g, (c) => `\\${c}`)}'`;
  return `(self.${SCENARIO_GLOBAL} = self.${SCENARIO_GLOBAL} || {})[${JSON.stringify(scenarioFileKey(s.id, variant))}] = JSON.parse(${literal});\n`;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The words of a scenario in a variant that its title screen shows. */
const titleTexts = (s: ScenarioData): TitleTexts => ({ title: s.title, summary: s.summary, difficulties: s.difficulties.map(({ id, name, description }) => ({ id, name, description })) });

export function scenariosPlugin(dir: string): Plugin {
  let serving = false;
  const read = (watch: (path: string) => void, fail: (message: string) => never, warn: (message: string) => void): BuildRead => {
    const r = readScenarioFolder(dir, watch);
    if (r.problems.length) fail(`Scenario problems:\n${r.problems.join('\n')}`);
    for (const line of r.incomplete) warn(line);
    return r;
  };
  return {
    name: 'suspicious-bind-scenarios',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === ALL || id === CATALOG ? '\0' + id : undefined),
    load(id) {
      if (id.endsWith(QUESTIONS)) return questionsModule(id.slice(0, -QUESTIONS.length), (p) => this.addWatchFile(p));
      if (id !== '\0' + ALL && id !== '\0' + CATALOG) return undefined;
      const { built } = read((p) => this.addWatchFile(p), (m) => this.error(m), (m) => this.warn?.(m));
      if (id === '\0' + ALL) return `export default JSON.parse(${JSON.stringify(JSON.stringify(built.map((b) => b.scenario)))});`;
      const emit = (s: ScenarioData, variant: string) => {
        const script = scenarioScript(s, variant);
        const name = scenarioFileKey(s.id, variant);
        const file = serving ? `scenarios/${name}.js` : `scenarios/${name}-${hash(script)}.js`;
        if (!serving) this.emitFile({ type: 'asset', fileName: file, source: script });
        return file;
      };
      const catalog = built.map(({ scenario: s, variants, shown }) => {
        const files = new Map([...variants].map(([key, v]) => [key, emit(v, key)]));
        const inVariants = Object.fromEntries(
          [...shown].map(([key, last]) => [key, { key: scenarioFileKey(s.id, last), file: files.get(last)!, ...titleTexts(variants.get(last)!) }]),
        );
        const rules = rulesHash(s);
        const entry: CatalogEntry = { id: s.id, version: s.version, rules, title: s.title, summary: s.summary, difficulties: s.difficulties, period: s.period, file: emit(s, ''), variants: inVariants };
        return entry;
      });
      return `export default ${JSON.stringify(catalog)};`;
    },
    // The dev server serves the scenario files from the YAML as it is now.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/scenarios\/([^/?.]+)(?:\.([a-z-]+))?\.js(\?|$)/.exec(req.url ?? '');
        if (!m) return next();
        const fail = (message: string): never => {
          throw new Error(message);
        };
        const b = read(() => undefined, fail, () => undefined).built.find((x) => x.scenario.id === m[1]);
        const s = m[2] ? b?.variants.get(m[2] as OverlayName) : b?.scenario;
        if (!s) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(scenarioScript(s, m[2] ?? ''));
      });
    },
  };
}
