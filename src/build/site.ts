import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { firstTurnFiles, type Budget } from './budget.ts';
import { writeServiceWorker } from './service-worker.ts';

// `npm run build`: both pages into one folder (each its own classic script, see vite.config.ts), the service
// worker for the whole folder, and the game page's size budget. Tests and benchmarks build through this too.

const ROOT = resolve(import.meta.dirname, '../..');

export interface Site {
  dist: string;
  version: string;
  budget: Budget;
}

/** Builds the site into `dist`; `plugins` go before the config's own (e.g. another scenario folder). */
export async function buildSite(dist: string, plugins: Plugin[] = []): Promise<Site> {
  rmSync(dist, { recursive: true, force: true });
  // A production build wherever it runs (Vitest sets NODE_ENV to "test", which Vite would otherwise follow).
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const mode of ['production', 'teacher'])
      await build({ configFile: resolve(ROOT, 'vite.config.ts'), root: ROOT, mode, logLevel: 'warn', build: { outDir: dist, emptyOutDir: false }, plugins });
  } finally {
    process.env.NODE_ENV = env;
  }
  const version = writeServiceWorker(dist);
  return { dist, version, budget: firstTurnFiles(dist) };
}
