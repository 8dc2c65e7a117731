import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../../src/build/site';
import { ensureChromium } from './install-chromium';
import { testScenarios } from './server';

// Once per run of the browser tests: a Chromium to drive (installed when missing and possible), and one
// production build of both pages, with the test fixtures beside the shipped scenarios, that every file serves.

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  ensureChromium();
  const extra = testScenarios();
  const dist = mkdtempSync(join(tmpdir(), 'sb-dist-'));
  await buildSite(dist, [extra.plugin]);
  project.provide('dist', dist);
  return () => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(extra.dir, { recursive: true, force: true });
  };
}
