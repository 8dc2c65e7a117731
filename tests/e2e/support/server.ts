import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { buildSite } from '../../../src/build/site';
import { scenariosPlugin } from '../../../src/scenario/vite-plugin';

// The production build (both pages), served on 127.0.0.1. The browser tests serve the one build their global
// setup made (global-setup.ts); the benchmark builds its own.

const ROOT = resolve(import.meta.dirname, '../../..');

export interface Served {
  url: string;
  dist: string;
  close(): Promise<void>;
}

/** The scenarios the test build carries: everything in scenarios/ (overlays too), plus the mini fixture (with its overlays) and the layout stress fixture. */
export function testScenarios(): { dir: string; plugin: Plugin } {
  const dir = mkdtempSync(join(tmpdir(), 'sb-scenarios-'));
  for (const f of readdirSync(join(ROOT, 'scenarios')).filter((f) => /\.ya?ml$/.test(f))) cpSync(join(ROOT, 'scenarios', f), join(dir, f));
  cpSync(join(ROOT, 'scenarios/overlays'), join(dir, 'overlays'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/overlays'), join(dir, 'overlays'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/mini.yaml'), join(dir, 'mini.yaml'));
  cpSync(join(ROOT, 'tests/e2e/fixtures/stress.yaml'), join(dir, 'stress.yaml'));
  // The mini fixture written in Persian: the Persian interface's tests see no English scenario text.
  cpSync(join(ROOT, 'tests/e2e/fixtures/fa-mini.yaml'), join(dir, 'fa-mini.yaml'));
  return { dir, plugin: { ...scenariosPlugin(dir), enforce: 'pre' } };
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serve(dist: string, onClose: () => void = () => undefined): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    dist,
    async close() {
      await new Promise<void>((r) => server.httpServer.close(() => r()));
      onClose();
    },
  };
}

/** Builds the site afresh (only the shipped scenarios unless asked) and serves it: for the benchmarks. */
export async function buildAndServe(options: { withFixture?: boolean } = {}): Promise<Served> {
  const dist = mkdtempSync(join(tmpdir(), 'sb-dist-'));
  const extra = options.withFixture ? testScenarios() : null;
  await buildSite(dist, extra ? [extra.plugin] : []);
  return serve(dist, () => {
    rmSync(dist, { recursive: true, force: true });
    if (extra) rmSync(extra.dir, { recursive: true, force: true });
  });
}
