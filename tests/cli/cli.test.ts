import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.js';

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const MINI = fixturePath('mini.yaml');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('suspicious-bind CLI', () => {
  it('validate: exit 0 for a valid file, 1 with every problem for broken ones', () => {
    expect(cli(['validate', MINI])).toMatchObject({ code: 0 });
    const bad = cli(['validate', fixturePath('bad/many-problems.yaml'), fixturePath('bad/unknown-flag.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('many-problems.yaml:40:5: cards[0].title: is missing (expected a text)');
    expect(bad.out).toContain('many-problems.yaml:115:12: cards[3].turns: impossible range: from turn 5 is after turn 2');
    expect(bad.out).toContain('unknown-flag.yaml:126:27: cards[3].choices[1].requires.flag: unknown flag "hostd"');
  });

  it('user errors print one clear line and exit 2, never a stack trace', () => {
    for (const args of [['simulate', '--scenario', 'no-such-scenario', '--runs', '3'], ['simulate', '--bogus'], ['frobnicate'], ['validate', '/no/such/file.yaml'], ['simulate', '--scenario', MINI, '--runs', 'many'], ['simulate', '--scenario', MINI, '--strategy', 'chaos'], ['replay', '/no/such/replay.json']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^suspicious-bind: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('simulate --json prints the same JSON twice in a row, with the endings counted', () => {
    const args = ['simulate', '--scenario', MINI, '--runs', '300', '--seed', 's', '--json', '--strategy', 'all'];
    const a = cli(args);
    const b = cli(args);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const json = JSON.parse(a.out);
    expect(json).toMatchObject({ scenario: 'mini', runs: 300, strategy: 'all' });
    expect(Object.values(json.endings as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(1500);
  });

  it('replay verifies files written by simulate --replays, and refuses one with a choice changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-replays-'));
    expect(cli(['simulate', '--scenario', MINI, '--runs', '4', '--seed', 'r', '--replays', dir]).code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(4);
    const file = join(dir, files[0]!);
    const ok = cli(['replay', file, '--scenario', MINI]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Verified: Mini test scenario/);
    expect(ok.out).toContain('Turn 1, Feb 2022');
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    const i = replay.decisions.findIndex((d: { choice: string }) => d.choice === 'accept' || d.choice === 'reject');
    replay.decisions[i].choice = replay.decisions[i].choice === 'accept' ? 'reject' : 'accept';
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(replay));
    const refused = cli(['replay', join(dir, 'tampered.json'), '--scenario', MINI, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({ verified: false, reason: 'tampered' });
  });

  it('play runs a whole game in the terminal and ends with the seed and a replay code that verifies', () => {
    const r = cli(['play', '--scenario', MINI, '--seed', 'terminal'], '9\n1\n\n'.repeat(2) + '2\n\n'.repeat(10));
    expect(r.code).toBe(0);
    expect(r.out).toContain('=== Turn 1 of 6');
    expect(r.out).toContain('Please type the number of an open choice');
    expect(r.out).toContain('Consequences:');
    expect(r.out).toMatch(/ENDING: /);
    const code = /Replay code: (\S+)/.exec(r.out)![1]!;
    expect(cli(['replay', code, '--scenario', MINI]).code).toBe(0);
  });
  it('chart prints a scenario\'s statechart as Mermaid or JSON, and says what it needs', () => {
    const m = cli(['chart', '--scenario', MINI]);
    expect(m.code).toBe(0);
    expect(m.out).toMatch(/^stateDiagram-v2/);
    const j = cli(['chart', '--scenario', MINI, '--format', 'json']);
    expect(JSON.parse(j.out).tracks.length).toBeGreaterThan(0);
    expect(cli(['chart']).code).toBe(2);
    expect(cli(['chart', '--scenario', MINI, '--format', 'svg']).code).toBe(2);
  });
});
