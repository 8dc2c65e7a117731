import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

// Decision analysis is not in the pages' scripts: it comes as classic scripts of its own, loaded the first time an
// analysis is opened (they work over http, from a folder and offline: the service worker keeps them with the build).
// - `virtual:analysis-script` (both pages): the analysis itself, src/app/analysis-worker.ts bundled alone. A page
//   opened from a folder (file://) cannot start a worker from a file, so the script keeps its whole code in one
//   function, and each worker is started from a Blob URL of that function's text: the same code, no second download.
// - `virtual:analysis-view` (the game): the debrief's analysis screen, src/game/analysis-view/, which draws with the
//   page's own Phaser and widgets handed to it at run time (host.ts): the build refuses any copy of them in it.
// The dev server (and Vitest) import the modules directly.

const SCRIPT = 'virtual:analysis-script';
const VIEW = 'virtual:analysis-view';
const SCRIPT_ENTRY = 'src/app/analysis-worker.ts';
const VIEW_ENTRY = 'src/game/analysis-view/index.ts';
/** The function that holds the analysis script's code, by its global name. */
const MAIN = '__sbAnalysisMain';
/** Where the scripts leave what they give the page (ANALYSIS_GLOBAL, ANALYSIS_VIEW_GLOBAL). */
const LIB = '__sbAnalysis';
const VIEW_GLOBAL = '__sbAnalysisView';

/** A module bundled alone as a minified IIFE. */
async function iife(root: string, entry: string, plugins: Plugin[] = []): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins,
    build: { write: false, minify: true, emptyOutDir: false, lib: { entry: resolve(root, entry), formats: ['iife'], name: 'sbLazy' } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`${entry} did not build`);
  return chunk.code;
}

/** The analysis script as shipped: its code inside one named function, run at once. */
export const wrapped = (code: string): string => `self.${MAIN}=function(){\n${code}\n};self.${MAIN}();\n`;

const fileFor = (dir: string, code: string) => `analysis/${dir}-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;

/** A classic script loaded once; resolves with what it left in self[global]. */
const scriptLoader = (name: string, file: string, global: string, then: string) => `let loading = null;
export function ${name}() {
  loading = loading || new Promise((resolve, reject) => {
    const done = () => resolve(${then});
    if (self[${JSON.stringify(global)}]) return done();
    const script = document.createElement('script');
    script.src = ${JSON.stringify(file)};
    script.onload = () => (self[${JSON.stringify(global)}] ? done() : reject(new Error(${JSON.stringify(`${file} did not load as it should`)})));
    script.onerror = () => {
      loading = null;
      reject(new Error(${JSON.stringify(`${file} could not be loaded: check the connection and try again`)}));
    };
    document.head.append(script);
  });
  return loading;
}
`;

const libLoader = (file: string) => `let workerUrl = null;
${scriptLoader('loadAnalysisLib', file, LIB, `{
      lib: self[${JSON.stringify(LIB)}],
      createWorker() {
        workerUrl = workerUrl || URL.createObjectURL(new Blob(['(' + self[${JSON.stringify(MAIN)}] + ')();'], { type: 'text/javascript' }));
        return new Worker(workerUrl);
      },
    }`)}`;

const devSources = (root: string): Record<string, string> => ({
  [SCRIPT]: `export async function loadAnalysisLib() {
  const m = await import(${JSON.stringify(resolve(root, 'src/app/analysis-lib.ts'))});
  return { lib: m.analysisLib, createWorker: () => new Worker(new URL(${JSON.stringify(`/${SCRIPT_ENTRY}`)}, location.href), { type: 'module' }) };
}
`,
  [VIEW]: `export async function loadAnalysisView() {
  await import(${JSON.stringify(resolve(root, VIEW_ENTRY))});
  return self[${JSON.stringify(VIEW_GLOBAL)}];
}
`,
});

/** In the view's bundle: the page's own modules are refused (the view takes them from host.ts); its words come along. */
function noPageModules(root: string): Plugin {
  const game = resolve(root, 'src/game') + sep;
  const view = resolve(root, 'src/game/analysis-view') + sep;
  const words = [resolve(root, 'src/game/i18n/en-analysis.ts'), resolve(root, 'src/game/i18n/fa-analysis.ts')];
  return {
    name: 'analysis-view-no-page-modules',
    load(id) {
      const copy = (id.startsWith(game) && !id.startsWith(view) && !words.includes(id)) || id.includes(`${sep}node_modules${sep}phaser${sep}`) || id.includes('phaser-build');
      if (copy) this.error(`The analysis view must not bundle ${relative(root, id)}: take it from host() (src/game/analysis-view/host.ts).`);
    },
  };
}

export function analysisScript(root: string): Plugin {
  let serving = false;
  let lib: { file: string; code: string } | null = null;
  let view: { file: string; code: string } | null = null;
  const libBuilt = async () => {
    if (!lib) {
      const code = wrapped(await iife(root, SCRIPT_ENTRY));
      lib = { file: fileFor('analysis', code), code };
    }
    return lib;
  };
  return {
    name: 'suspicious-bind-analysis-script',
    configResolved: (c) => void (serving = c.command === 'serve'),
    resolveId: (id) => (id === SCRIPT || id === VIEW ? '\0' + id : undefined),
    async load(id) {
      if (id !== '\0' + SCRIPT && id !== '\0' + VIEW) return undefined;
      if (serving) return devSources(root)[id.slice(1)];
      const l = await libBuilt();
      this.emitFile({ type: 'asset', fileName: l.file, source: l.code });
      if (id === '\0' + SCRIPT) return libLoader(l.file);
      if (!view) {
        // The view starts the analysis too: inside it, the analysis script's loader points at the same file.
        const loaderInside: Plugin = { name: 'analysis-script-inside-view', resolveId: (x) => (x === SCRIPT ? '\0' + SCRIPT : undefined), load: (x) => (x === '\0' + SCRIPT ? libLoader(l.file) : undefined) };
        const code = await iife(root, VIEW_ENTRY, [loaderInside, noPageModules(root)]);
        view = { file: fileFor('analysis-view', code), code };
      }
      this.emitFile({ type: 'asset', fileName: view.file, source: view.code });
      return scriptLoader('loadAnalysisView', view.file, VIEW_GLOBAL, `self[${JSON.stringify(VIEW_GLOBAL)}]`);
    },
  };
}
