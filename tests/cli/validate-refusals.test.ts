import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cases } from '../fixtures/bad-expected.js';

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function validate(files: string[], cwd = FIXTURES) {
  const r = spawnSync(process.execPath, [BIN, 'validate', ...files], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('validate refuses every broken fixture with its message, exit 1, never a crash', () => {
  it('prints each fixture\'s exact messages', () => {
    const names = Object.keys(cases);
    const r = validate(names.map((n) => `bad/${n}.yaml`));
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    for (const name of names) for (const message of cases[name]!) expect(lines, name).toContain(message);
    for (const name of names) expect(lines, name).toContain(`bad/${name}.yaml: ${cases[name]!.length} problem${cases[name]!.length === 1 ? '' : 's'}`);
  }, 120_000);

  it('refuses a file too large and answers a file of 200,000 keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-validate-'));
    writeFileSync(join(dir, 'big.yaml'), '#'.repeat(5_000_001));
    writeFileSync(join(dir, 'huge.yaml'), '#'.repeat(21_000_000));
    writeFileSync(join(dir, 'keys.yaml'), Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}\n`).join(''));
    const r = validate(['big.yaml', 'huge.yaml', 'keys.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('big.yaml:1:1: (file): the file is too large (5.0 million characters; a scenario file may have at most 5 million)');
    expect(r.out).toContain('huge.yaml:1:1: (file): the file is too large (21.0 MB; a scenario file may have at most 5 million characters)');
    expect(r.out).toContain('keys.yaml:1:1: (top level): unknown fields "k0", "k1", "k2", "k3", "k4" and 199995 more');
  }, 120_000);
});
