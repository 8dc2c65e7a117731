import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.js';

// simulate over many runs: the same result on one core or several, and bot games on one class seed.

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const MINI = fixturePath('mini.yaml');
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('simulate at scale', () => {
  it('gives exactly the same summary with --jobs 1 and --jobs 3 (runs spread over worker threads)', () => {
    const args = ['simulate', '--scenario', MINI, '--runs', '1300', '--seed', 'jobs', '--json', '--strategy', 'all'];
    const one = cli([...args, '--jobs', '1']);
    const three = cli([...args, '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three.err).toBe('');
    expect(three.out).toBe(one.out);
    expect(JSON.parse(one.out).runs).toBe(1300);
  }, 120_000);

  it('--same-seed plays every game on the class seed, each with its own choices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-same-seed-'));
    try {
      expect(cli(['simulate', '--scenario', MINI, '--runs', '12', '--seed', 'class7', '--same-seed', '--replays', dir, '--jobs', '2']).code).toBe(0);
      const replays = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { seed: string; decisions: { choice: string }[] });
      expect(replays).toHaveLength(12);
      expect(new Set(replays.map((r) => r.seed))).toEqual(new Set(['class7']));
      expect(new Set(replays.map((r) => r.decisions.map((d) => d.choice).join(','))).size).toBeGreaterThan(1);
      const json = JSON.parse(cli(['simulate', '--scenario', MINI, '--runs', '12', '--seed', 'class7', '--same-seed', '--json']).out);
      expect(json).toMatchObject({ seed: 'class7', sameSeed: true, runs: 12 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad --jobs in one line', () => {
    const r = cli(['simulate', '--scenario', MINI, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('suspicious-bind: --jobs must be a whole number from 1 to 256, not "0"');
  });
});
