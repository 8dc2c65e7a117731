import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/engine/index.js';
import { encodeRecordCode, recordJson } from '../../src/app/index.js';
import { analyseGame, playThroughMachine } from '../../src/analysis/index.js';
import { fixturePath, mini } from '../helpers.js';

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const MINI = fixturePath('mini.yaml');
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('suspicious-bind analyse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-analyse-'));
  const game = playThroughMachine(mini, 'cli-analyse', 'standard', 'random');
  const record = recordOf(game, { previews: false });
  const file = join(dir, 'game.json');
  writeFileSync(file, recordJson(record));

  it('--json prints exactly the analysis the API gives (what the pages show), for a file and for a code', () => {
    const expected = analyseGame(mini, record, { policy: 'random', futures: 40 });
    const r = cli(['analyse', file, '--scenario', MINI, '--policy', 'random', '--futures', '40', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(expected);
    const code = cli(['analyse', encodeRecordCode(record, game, mini), '--scenario', MINI, '--policy', 'random', '--futures', '40', '--json']);
    expect(code.out).toBe(r.out);
  });

  it('prints a table per decision, the model caveat and the flagged decisions, by default as-played with 500 futures', () => {
    const r = cli(['analyse', file, '--scenario', MINI]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("These are the game's odds under the as-played policy");
    expect(r.out).toContain('from 500 futures per choice');
    for (let i = 1; i <= record.decisions.length; i++) expect(r.out).toContain(`Decision ${i}, turn `);
    expect(r.out).toMatch(/choice \(\* = made\)\s+same end/);
    expect(r.out).toMatch(/The decisions that moved the odds most:|No decision moved the odds clearly/);
  });

  it('refuses an altered replay and an unfinished game (exit 1), and bad options in one line (exit 2)', () => {
    const altered = join(dir, 'altered.json');
    writeFileSync(altered, recordJson({ ...record, result: { ...record.result!, final: 'abc' } }));
    const refused = cli(['analyse', altered, '--scenario', MINI]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Refused \(tampered\): /);
    const save = join(dir, 'save.json');
    writeFileSync(save, recordJson({ ...record, decisions: record.decisions.slice(0, 1), result: undefined }));
    const unfinished = cli(['analyse', save, '--scenario', MINI, '--json']);
    expect(unfinished.code).toBe(1);
    expect(JSON.parse(unfinished.out)).toMatchObject({ analysed: false, reason: 'unfinished', message: expect.stringMatching(/not finished/) });
    for (const args of [['analyse', file, '--policy', 'chaos'], ['analyse', file, '--futures', '0'], ['analyse', file, '--futures', 'lots'], ['analyse'], ['analyse', '/no/such/file.json']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^suspicious-bind: /);
    }
  });
});
