import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('suspicious-bind chronology', () => {
  it('prints each dated card per strategy and exits 0 when all are at or above 95%', () => {
    const r = cli(['chronology', '--scenario', '2018-maximum-pressure', '--runs', '30']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Soleimani is killed|d14 \(2020-01-03 – 2020-01-08\)/);
    expect(r.out).toContain('Every dated card is at or above 95% for every strategy.');
  });

  it('--json gives the counts and the shares', () => {
    const r = cli(['chronology', '--scenario', '2022-suspicious-bind', '--runs', '10', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { scenario: string; runs: number; cards: { card: string; share: Record<string, number>; byStrategy: Record<string, { appeared: number; inside: number }> }[] };
    expect(report.scenario).toBe('2022-suspicious-bind');
    const putin = report.cards.find((c) => c.card === 'putin-summit')!;
    expect(putin.byStrategy.balanced!.appeared).toBeGreaterThan(0);
    expect(putin.share.balanced).toBe(1);
  });

  it('refuses a bad --runs with a usage error', () => {
    expect(cli(['chronology', '--runs', 'lots'])).toMatchObject({ code: 2 });
  });
});
