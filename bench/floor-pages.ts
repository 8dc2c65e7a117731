import { resolve } from 'node:path';
import { build } from 'vite';

// The browser benchmarks' floors, built by the game's own Vite config into the served folder: a blank Phaser Canvas
// scene (bench/blank/) and the same scene with the first turn's texts (bench/blank-texts/).

const ROOT = resolve(import.meta.dirname, '..');

export const FLOOR_PAGES = { blank: 'bench/blank/index.html', 'blank-texts': 'bench/blank-texts/index.html' } as const;

export async function buildFloorPages(dist: string): Promise<void> {
  for (const mode of Object.keys(FLOOR_PAGES))
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), root: ROOT, mode, logLevel: 'warn', build: { outDir: dist, emptyOutDir: false } });
}
