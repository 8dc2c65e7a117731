import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PHASER_MODULES, PHASER_VERSION, phaserBuildProblem } from '../../src/game/phaser-build';

// The game's Phaser is built from a list of Phaser's modules: the list must match the Phaser that package.json installs.

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** A copy of the project's package.json and Phaser's, with the versions given, to check the check itself. */
function fakeRoot(wanted: string, installed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-phaser-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { ...pkg.dependencies, phaser: wanted } }));
  mkdirSync(join(dir, 'node_modules/phaser'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/phaser/package.json'), JSON.stringify({ version: installed }));
  dirs.push(dir);
  return dir;
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the Phaser build', () => {
  it('is for the Phaser version package.json asks for, and every listed module exists in it', () => {
    expect(pkg.dependencies.phaser).toBe(PHASER_VERSION);
    expect(phaserBuildProblem(ROOT)).toBeNull();
  });

  it('fails when package.json or the installed Phaser is another version', () => {
    expect(phaserBuildProblem(fakeRoot('4.3.0', PHASER_VERSION))).toMatch(/package\.json asks for 4\.3\.0/);
    expect(phaserBuildProblem(fakeRoot(PHASER_VERSION, '4.3.0'))).toMatch(/4\.3\.0 is installed/);
  });

  it('fails when a listed module is missing from the installed Phaser', () => {
    const dir = fakeRoot(PHASER_VERSION, PHASER_VERSION);
    expect(phaserBuildProblem(dir)).toContain(Object.values(PHASER_MODULES)[0]);
  });
});
