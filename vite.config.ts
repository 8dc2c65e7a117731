import { defineConfig } from 'vitest/config';
import { scenariosPlugin } from './src/scenario/vite-plugin.ts';
import { phaserBuild } from './src/game/phaser-build.ts';
import { classicScripts } from './src/build/classic-scripts.ts';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { catalogScripts } from './src/build/catalog-scripts.ts';
import { persianFont } from './src/build/persian-font.ts';
import { analysisScript } from './src/build/analysis-script.ts';

// One page a build: `vite build` is the game (index.html), `vite build --mode teacher` the teacher tools; each is
// one classic script so that both work from a folder (src/build/classic-scripts.ts). `npm run build` builds both
// into dist/, adds the service worker and checks the size budget (src/build/site.ts). The dev server serves both.

const root = import.meta.dirname;
const PAGES: Record<string, string> = { main: `${root}/index.html`, teacher: `${root}/teacher.html` };
/** Built only by the browser benchmarks (`--mode blank`, `--mode blank-texts`): a blank Phaser scene, the floor, and one with the first turn's texts. */
const BENCH_PAGES: Record<string, string> = { blank: `${root}/bench/blank/index.html`, 'blank-texts': `${root}/bench/blank-texts/index.html` };
const page = (mode: string): Record<string, string> => (mode in BENCH_PAGES ? { [mode]: BENCH_PAGES[mode]! } : mode === 'teacher' ? { teacher: PAGES.teacher! } : { main: PAGES.main! });

export default defineConfig(({ command, mode }) => ({
  root,
  publicDir: 'assets',
  base: './',
  plugins: [scenariosPlugin(`${root}/scenarios`), phaserBuild(root), classicScripts(), contentSecurityPolicy(), catalogScripts(root), persianFont(root), analysisScript(root)],
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: command === 'build' ? page(mode) : PAGES },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], testTimeout: 20_000 } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 20_000, globalSetup: ['tests/e2e/support/global-setup.ts'] } },
    ],
  },
}));
