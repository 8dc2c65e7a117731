import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

// The game's catalogs other than English are not in the page's script: each is its own classic script, loaded at
// boot only when its language is chosen (English players do not download Persian words; the script works from
// file:// as the scenario files do). `virtual:game-catalogs` exports `loadCatalogScript(lang)`.
// The dev server (and Vitest) import the catalog's module directly instead.

const ID = 'virtual:game-catalogs';
/** What each script sets: self[CATALOG_GLOBAL][lang] = the catalog. */
export const CATALOG_GLOBAL = '__sbCatalogs';
/** Language → the module that registers its catalog (it imports the catalog and sets the global). */
export const LAZY_CATALOGS: Readonly<Record<string, string>> = { fa: 'src/game/i18n/fa-register.ts' };
/** Language → the catalog module itself and its export (for the dev server). */
const SOURCES: Readonly<Record<string, [string, string]>> = { fa: ['src/game/i18n/fa.ts', 'fa'] };

/** One catalog as a minified classic script (an IIFE), bundled on its own. */
export async function catalogScript(root: string, lang: string): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { write: false, minify: true, emptyOutDir: false, lib: { entry: resolve(root, LAZY_CATALOGS[lang]!), formats: ['iife'], name: `sbCatalog_${lang}` } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`the ${lang} catalog did not build`);
  return chunk.code;
}

const loaderSource = (files: Record<string, string>) => `const FILES = ${JSON.stringify(files)};
export function loadCatalogScript(lang) {
  const file = FILES[lang];
  if (!file) return Promise.reject(new Error('no catalog for the language "' + lang + '"'));
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = file;
    script.onload = () => {
      const c = self[${JSON.stringify(CATALOG_GLOBAL)}] && self[${JSON.stringify(CATALOG_GLOBAL)}][lang];
      if (c) resolve(c); else reject(new Error(file + ' did not hold the "' + lang + '" words'));
    };
    script.onerror = () => reject(new Error('the "' + lang + '" words could not be loaded (' + file + ')'));
    document.head.append(script);
  });
}
`;

export function catalogScripts(root: string): Plugin {
  let serving = false;
  return {
    name: 'suspicious-bind-catalog-scripts',
    // Bundling the catalog and subsetting the Persian font (persian-font.ts) take ~2–3 s of plugin time, known and
    // measured; without this the bundler prints its plugin-timing table on every build.
    config: () => ({ build: { rollupOptions: { checks: { bundlerTimings: false } } } }),
    configResolved: (c) => void (serving = c.command === 'serve'),
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    async load(id) {
      if (id !== '\0' + ID) return undefined;
      if (serving)
        return `export function loadCatalogScript(lang) {\n${Object.entries(SOURCES)
          .map(([lang, [file, name]]) => `  if (lang === ${JSON.stringify(lang)}) return import(${JSON.stringify(resolve(root, file))}).then((m) => m[${JSON.stringify(name)}]);`)
          .join('\n')}\n  return Promise.reject(new Error('no catalog for the language "' + lang + '"'));\n}\n`;
      const files: Record<string, string> = {};
      for (const lang of Object.keys(LAZY_CATALOGS)) {
        const code = await catalogScript(root, lang);
        const file = `i18n/${lang}-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
        this.emitFile({ type: 'asset', fileName: file, source: code });
        files[lang] = file;
      }
      return loaderSource(files);
    },
  };
}
