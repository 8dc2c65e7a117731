import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixturePath, mini } from '../helpers.js';
import { textEntries } from '../../src/scenario/text-ids.js';
import { scenarioInVariant } from '../../src/cli/scenarios.js';
import { UsageError } from '../../src/cli/errors.js';

// The overlays on the command line: `validate` checks them beside their scenario (or alone), `texts` lists a
// variant's texts, what is left to translate, and how much a player reads.

const BIN = fileURLToPath(new URL('../../bin/suspicious-bind.mjs', import.meta.url));
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(overlays: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-texts-'));
  dirs.push(dir);
  cpSync(fixturePath('mini.yaml'), join(dir, 'mini.yaml'));
  mkdirSync(join(dir, 'overlays'));
  for (const [name, text] of Object.entries(overlays)) writeFileSync(join(dir, 'overlays', name), text);
  return dir;
}
const ALL_BUT_SOURCES = textEntries(mini).filter((e) => !e.id.startsWith('sources.'));

describe('validate with overlays', () => {
  it('checks the overlays beside a scenario: valid ones say how many texts they cover', () => {
    const r = cli(['validate', fixturePath('mini.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`overlays/mini.fa.yaml: valid (107 of 107 texts)`);
    expect(r.out).toContain(`overlays/mini.en-basic.yaml: valid (107 of 107 texts)`);
    expect(r.out).toContain(`overlays/mini.fa-basic.yaml: valid (3 of 107 texts; the rest show the Persian text)`);
  });

  it('prints every problem of every overlay with file:line, and exits 1; an overlay given alone is checked the same way', () => {
    const dir = folder({ 'mini.fa.yaml': readFileSync(fixturePath('bad-overlays/mini.fa.yaml'), 'utf8'), 'mini.xx.yaml': 'title: x\n', 'mnii.fa.yaml': 'title: x\n' });
    const fa = join(dir, 'overlays/mini.fa.yaml');
    const r = cli(['validate', join(dir, 'mini.yaml')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines).toContain(`${fa}:4:1: intro: is empty: write the text (the English is “A test.”)`);
    expect(lines).toContain(`${fa}:13:1: advisors.hawk.name: warning: uses ي (Arabic yeh) where Persian writes ی`);
    expect(lines).toContain(`${fa}:14:1: meters.russia.description: is missing: no text for it here (the English is “Tension with Russia.”)`);
    expect(lines).toContain(`${fa}: 8 problems, 98 texts still to translate, 2 warnings`);
    expect(lines).toContain(`${join(dir, 'overlays/mini.xx.yaml')}:1:1: (file): "xx" is not an overlay name: an overlay is <scenario-id>.<name>.yaml with the name one of fa, en-basic, fa-basic (Persian, English basic, Persian basic)`);
    expect(lines).toContain(`${join(dir, 'overlays/mnii.fa.yaml')}:1:1: (file): no scenario file "mnii.yaml" is beside this overlay's folder: is the scenario id misspelt?`);
    const alone = cli(['validate', fa]);
    expect(alone.code).toBe(1);
    expect(alone.out.split('\n').filter((l) => l.startsWith(fa))).toEqual(lines.filter((l) => l.startsWith(fa)));
  });
});

describe('a scenario in a variant, for the command line', () => {
  it('has the overlays beside its file applied; a broken overlay is a usage error that lists its problems', () => {
    expect(scenarioInVariant(fixturePath('mini.yaml'), { lang: 'fa', level: 'basic' })).toMatchObject({ title: 'سناریوی کوچک', intro: 'یک آزمون.' });
    expect(scenarioInVariant(fixturePath('mini.yaml'), { lang: 'en', level: 'basic' }).title).toBe('Small test scenario');
    expect(scenarioInVariant(fixturePath('mini.yaml'), { lang: 'en', level: 'advanced' })).toEqual(mini);
    const dir = folder({ 'mini.fa.yaml': 'intro: ""\n' });
    expect(() => scenarioInVariant(join(dir, 'mini.yaml'), { lang: 'fa', level: 'advanced' })).toThrow(UsageError);
    expect(() => scenarioInVariant(join(dir, 'mini.yaml'), { lang: 'fa', level: 'advanced' })).toThrow(/overlays\/mini\.fa\.yaml:1:1: intro: is empty/);
  });
});

describe('texts', () => {
  it('--missing lists what is left to translate as YAML with the English, ready to fill in', () => {
    const dir = folder({ 'mini.fa.yaml': 'title: سناریو\nintro: A test.\n' });
    const r = cli(['texts', '--scenario', join(dir, 'mini.yaml'), '--lang', 'fa', '--missing']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`# 106 of 107 texts of mini left for Persian, advanced in ${join(dir, 'overlays/mini.fa.yaml')}; the English of each:`);
    const left = parse(r.out) as Record<string, string>;
    // "intro" is still the English, so it is left too.
    expect(Object.keys(left)).toEqual(ALL_BUT_SOURCES.map((e) => e.id).filter((id) => id !== 'title'));
    expect(left['cards.talks.situation']).toBe('The deal is near.');
    expect(cli(['texts', '--scenario', fixturePath('mini.yaml'), '--lang', 'fa', '--missing']).out).toBe(`# ${fixturePath('overlays/mini.fa.yaml')}: nothing left to translate (107 texts).\n`);
    expect(cli(['texts', '--scenario', fixturePath('mini.yaml'), '--missing']).out).toMatch(/^English, advanced is the scenario's own text/);
  });

  it('without --missing prints every id with its text in the variant and where it comes from', () => {
    const r = cli(['texts', '--scenario', fixturePath('mini.yaml'), '--lang', 'fa', '--level', 'basic']);
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\n');
    expect(rows).toHaveLength(1 + textEntries(mini).length);
    expect(rows.find((l) => l.startsWith('title '))).toMatch(/^title\s+fa-basic\s+سناریوی کوچک$/);
    expect(rows.find((l) => l.startsWith('intro '))).toMatch(/^intro\s+fa\s+یک آزمون\.$/);
    expect(rows.find((l) => l.startsWith('sources.S1.title '))).toMatch(/source\s+A source$/);
  });

  it('--stats measures the words per decision screen and the English grade, per variant', () => {
    const r = cli(['texts', '--stats', '--scenario', fixturePath('mini.yaml'), '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out) as { variant: { lang: string; level: string }; present: boolean; words: { median: number }; covered: number; ofAdvanced: number | null }[];
    expect(stats.map((s) => `${s.variant.lang} ${s.variant.level} ${s.present}`)).toEqual(['en advanced true', 'en basic true', 'fa advanced true', 'fa basic true']);
    expect(stats[0]!.words.median).toBe(7);
    expect(stats[3]!.covered).toBe(3);
    const table = cli(['texts', '--stats']);
    expect(table.out).toMatch(/2022-suspicious-bind \(en, advanced\)\s+\d+\s+\d+\s+\d+\s+\d+\.\d\s+\d+/);
  });

  it('refuses an unknown language or level in one line, exit 2', () => {
    for (const args of [['--lang', 'de'], ['--level', 'easy']]) {
      const r = cli(['texts', '--scenario', fixturePath('mini.yaml'), ...args]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(cli(['texts']).err).toBe('suspicious-bind: texts needs --scenario <id|file> (or --stats for every scenario)\n');
  });
});
