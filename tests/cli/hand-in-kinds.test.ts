import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { playThroughMachine } from '../../src/analysis/index.js';
import { compileScenario } from '../../src/engine/index.js';
import { recordFor } from '../e2e/support/records.js';
import { main, shipped, studentReplay } from '../app/class-fixtures.js';

// The CLI given what is not a replay (a photo, a 40 MB file, a folder with a photo in it) and a class of another
// scenario than some of its games: each file is named for what it is, each game described by its own scenario.

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
const of2015 = shipped.find((s) => s.id === '2015-deal-and-syria')!;
const of2018 = shipped.find((s) => s.id === '2018-maximum-pressure')!;

const dir = mkdtempSync(join(tmpdir(), 'sb-kinds-'));
const folder = join(dir, 'class');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 0x41)]);
const ana = studentReplay({ student: 'Ana', seed: 'kinds1', strategy: 'west' });
const cem = recordFor(playThroughMachine(of2018, 'kinds1', 'standard', 'west'), { previews: false, student: 'Cem' });
beforeAll(() => {
  writeFileSync(join(dir, 'photo.png'), PNG);
  writeFileSync(join(dir, 'Huge.json'), '');
  truncateSync(join(dir, 'Huge.json'), 40_526_315);
  mkdirSync(folder);
  writeFileSync(join(folder, 'photo.png'), PNG);
  writeFileSync(join(folder, 'Ana.json'), JSON.stringify(ana));
  writeFileSync(join(folder, 'Cem.json'), JSON.stringify(cem));
});

describe('replay <file that is no replay>', () => {
  it('says an image is an image, not a replay', () => {
    const r = cli(['replay', join(dir, 'photo.png')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Refused \(malformed\): This is an image \(PNG\), not a replay file/);
    expect(r.stdout).not.toContain('characters long');
  });

  it('says a 40 MB file is too large to be a replay, from its size', () => {
    const r = cli(['replay', join(dir, 'Huge.json'), '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ verified: false, reason: 'oversized', message: 'This file is 40.5 MB, too large to be a replay file (they are under 1 MB).' });
  });
});

describe('class-report over a folder with a photo, and games of two scenarios', () => {
  it('counts the photo in a folder as another file, not one in a zip, and names a photo given by name as an image', () => {
    const r = cli(['class-report', folder, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('From 2 files: 2 replays read (all with names); 1 other file left out.\n');
    const named = cli(['class-report', folder, join(dir, 'photo.png'), '--json']);
    const photo = JSON.parse(named.stdout).refused.find((x: { name: string }) => x.name === 'photo.png');
    expect(photo.message).toMatch(/^This is an image \(PNG\), not a replay file/);
  });

  it('with a class of another scenario, gives every game its own months, endings and cards in the gradebook', () => {
    const link = `http://127.0.0.1/index.html?scenario=${of2015.id}&seed=kinds1&difficulty=standard&previews=0`;
    const csv = cli(['class-report', folder, '--class', link, '--csv']);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.slice(1).trim().split('\r\n');
    for (const [name, s, strategyGame] of [['Ana', main, ana], ['Cem', of2018, cem]] as const) {
      const cs = compileScenario(s);
      const game = playThroughMachine(s, strategyGame.seed, 'standard', 'west');
      const line = lines.find((l) => l.startsWith(`${name},`))!;
      const first = game.log.find((x) => x.card && x.choice)!;
      expect(line).toContain(`,${cs.endingById.get(game.ending!.id)!.title},${cs.months[game.log[game.log.length - 1]!.turn - 1]},`);
      expect(line).toContain(`${cs.cardById.get(first.card!)!.title}: ${cs.choiceById.get(first.card!)!.get(first.choice!)!.label}`);
      expect(line.endsWith(`,${s.id} v${s.version}`)).toBe(true);
      // Not a word of the class's (2015) scenario for a card of the same id.
      const other = compileScenario(of2015).cardById.get(first.card!);
      if (other && other.title !== cs.cardById.get(first.card!)!.title) expect(line).not.toContain(other.title);
    }
    const text = cli(['class-report', folder, '--class', link]).stdout;
    expect(text).toContain('(a game of another scenario: it cannot be compared with this class\'s games; replay it on its own)');
  });
});
