import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The browser tests' set-up, when it cannot find or install a Chromium, stops with one line, never a stack trace.

const ROOT = resolve(import.meta.dirname, '../..');
const SETUP = `import('tsx/esm/api').then((m) => { m.register(); return import('./tests/e2e/support/install-chromium.ts'); }).then((m) => { m.ensureChromium(); console.log('found'); })`;

describe('the browser tests\' Chromium', () => {
  it('is found where CHROMIUM_PATH says', () => {
    const r = spawnSync(process.execPath, ['-e', SETUP], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: process.execPath } });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('found');
  });

  it('when missing and not installable, stops the run with one clear line', () => {
    const r = spawnSync(process.execPath, ['-e', SETUP], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Browser tests: CHROMIUM_PATH is set to /no/such/chromium, but there is no file there.');
  });
});
