import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('class-report over 200 simulated replays with broken ones mixed in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-class-'));
  beforeAll(() => {
    expect(cli(['simulate', '--scenario', '2022-suspicious-bind', '--runs', '200', '--seed', 'class', '--replays', dir]).status).toBe(0);
    const files = readdirSync(dir).sort();
    const sample = JSON.parse(readFileSync(join(dir, files[0]!), 'utf8'));
    writeFileSync(join(dir, 'zz-cut.json'), readFileSync(join(dir, files[1]!), 'utf8').slice(0, 150));
    writeFileSync(join(dir, 'zz-edited.json'), JSON.stringify({ ...sample, decisions: [...sample.decisions].reverse() }));
    writeFileSync(join(dir, 'zz-old-version.json'), JSON.stringify({ ...sample, scenario: { ...sample.scenario, version: sample.scenario.version + 1 } }));
    writeFileSync(join(dir, 'zz-notes.txt'), 'my answer is 42');
  }, 120_000);

  it('verifies the 200, reports each broken one with why, and still counts the rest', () => {
    const r = cli(['class-report', dir, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.submitted).toBe(204);
    expect(report.verified).toBe(200);
    expect(report.refused.map((x: { name: string; kind: string }) => `${x.name}:${x.kind}`)).toEqual([
      'zz-cut.json:truncated',
      'zz-edited.json:tampered',
      'zz-notes.txt:malformed',
      'zz-old-version.json:version',
    ]);
    expect(report.endings.reduce((a: number, e: { count: number }) => a + e.count, 0)).toBe(200);
    expect(report.meters[0].stats.west.n).toBe(200);
  });

  it('prints a table in the terminal and a gradebook CSV', () => {
    const table = cli(['class-report', dir]);
    expect(table.stdout).toContain('200 of 204 replays verified.');
    expect(table.stdout).toContain('Choices by card (* = what Tehran actually did):');
    const csv = cli(['class-report', dir, '--csv']).stdout.trim().split('\r\n');
    expect(csv[0]).toBe('name,verified,reason,scenario,seed,ending,turns,west,russia,elites');
    expect(csv).toHaveLength(205);
    expect(csv.filter((l) => l.includes(',no,'))).toHaveLength(4);
  });
});
