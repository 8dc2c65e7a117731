import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scenarioScript, scenariosPlugin } from '../../src/scenario/vite-plugin';
import { SCENARIO_GLOBAL } from '../../src/scenario/vite-plugin-names';
import { shippedScenarioFiles, readScenarioFile } from '../../src/cli/scenarios';
import { rulesHash } from '../../src/engine';
import type { ScenarioData } from '../../src/scenario/types';
import type { CatalogEntry } from '../../src/scenario/catalog';
import { entryInVariant } from '../../src/scenario/catalog';

// The build's scenarios: the game's catalog holds what the title needs, each whole scenario is its own file (a
// classic script), and every problem in a broken scenario fails the build.

type Hook = (this: unknown, id: string) => string | undefined;

function loadVirtual(dir: string, id: string) {
  const plugin = scenariosPlugin(dir);
  const emitted: { fileName: string; source: string }[] = [];
  const warnings: string[] = [];
  const ctx = {
    addWatchFile: () => undefined,
    emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
    error: (m: string) => {
      throw new Error(m);
    },
    warn: (m: string) => warnings.push(m),
  };
  (plugin.configResolved as (c: { command: string }) => void)({ command: 'build' });
  const code = (plugin.load as Hook).call(ctx, `\0${id}`)!;
  return { code, emitted, warnings };
}

const catalogOf = (code: string) => JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as CatalogEntry[];

/** What a built file registers: its key and the scenario. */
function run(source: string): [string, ScenarioData] {
  const self: Record<string, Record<string, ScenarioData>> = {};
  runInNewContext(source, { self });
  return Object.entries(self[SCENARIO_GLOBAL]!)[0]!;
}

/** A scenarios folder with mini.yaml and the given overlays (file name → text). */
function miniFolder(overlays: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-variants-'));
  writeFileSync(join(dir, 'mini.yaml'), readFileSync(join(ROOT, 'tests/fixtures/mini.yaml'), 'utf8'));
  mkdirSync(join(dir, 'overlays'));
  for (const [f, text] of Object.entries(overlays)) writeFileSync(join(dir, 'overlays', f), text);
  return dir;
}
const fixtureOverlay = (name: string) => readFileSync(join(ROOT, `tests/fixtures/overlays/mini.${name}.yaml`), 'utf8');

const ROOT = resolve(import.meta.dirname, '../..');
const shipped = shippedScenarioFiles().map((f) => readScenarioFile(f)).map((r) => (r.ok ? r.scenario : null)!);

describe('the scenarios plugin', () => {
  it('gives the game a catalog of titles, summaries, periods and difficulties, and one file per scenario', () => {
    const { code, emitted } = loadVirtual(join(ROOT, 'scenarios'), 'virtual:scenario-catalog');
    const catalog = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>[];
    expect(catalog.map((c) => c.id)).toEqual(shipped.map((s) => s.id).sort());
    for (const entry of catalog) expect(Object.keys(entry).sort()).toEqual(['difficulties', 'file', 'id', 'period', 'rules', 'summary', 'title', 'variants', 'version']);
    const files = (catalog as unknown as CatalogEntry[]).flatMap((c) => [c.file, ...Object.values(c.variants).map((v) => v!.file)]);
    expect(emitted.map((e) => e.fileName).sort()).toEqual([...new Set(files)].sort());
    for (const e of emitted.filter((x) => !x.fileName.includes('.', 'scenarios/'.length))) {
      const [id, data] = run(e.source);
      expect(data).toEqual(shipped.find((s) => s.id === id));
      // The rules hash the game takes from the catalog rather than hashing the scenario as a game starts.
      expect((catalog as unknown as CatalogEntry[]).find((c) => c.id === id)!.rules).toBe(rulesHash(data));
      expect(e.fileName).toMatch(new RegExp(`^scenarios/${id}-[0-9a-f]{10}\\.js$`));
    }
  });

  it('builds one file per text variant a scenario has overlays for, with the overlays applied and the rules untouched', () => {
    const dir = miniFolder({ 'mini.fa.yaml': fixtureOverlay('fa'), 'mini.en-basic.yaml': fixtureOverlay('en-basic'), 'mini.fa-basic.yaml': fixtureOverlay('fa-basic') });
    try {
      const { code, emitted, warnings } = loadVirtual(dir, 'virtual:scenario-catalog');
      expect(warnings).toEqual([]);
      const [entry] = catalogOf(code);
      expect(Object.keys(entry!.variants).sort()).toEqual(['en-basic', 'fa', 'fa-basic']);
      expect(emitted.map((e) => e.fileName.replace(/-[0-9a-f]{10}\.js$/, '')).sort()).toEqual(['scenarios/mini', 'scenarios/mini.en-basic', 'scenarios/mini.fa', 'scenarios/mini.fa-basic']);
      const byKey = new Map(emitted.map((e) => run(e.source)));
      const own = byKey.get('mini')!;
      for (const [key, s] of byKey) expect(rulesHash(s), key).toBe(rulesHash(own));
      expect(entry!.rules).toBe(rulesHash(own));
      expect(entryInVariant(entry!, { lang: 'fa', level: 'basic' }).rules).toBe(rulesHash(own));
      expect(byKey.get('mini.fa')!.cards[0]!.title).toBe('مذاکرات');
      expect(byKey.get('mini.fa-basic')!.title).toBe('سناریوی کوچک');
      expect(byKey.get('mini.fa-basic')!.cards[0]!.title).toBe('مذاکرات');
      expect(byKey.get('mini.en-basic')!.title).toBe('Small test scenario');
      // The title shows each variant's words before any file loads.
      const fa = entryInVariant(entry!, { lang: 'fa', level: 'advanced' });
      expect(fa).toMatchObject({ title: 'سناریوی آزمایشی کوچک', key: 'mini.fa', file: entry!.variants.fa!.file });
      expect(fa.difficulties.map((d) => d.name)).toEqual(['داستان', 'معمولی', 'سخت']);
      expect(entryInVariant(entry!, { lang: 'en', level: 'advanced' })).toMatchObject({ title: 'Mini test scenario', key: 'mini', file: entry!.file });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves each variant\'s file from the YAML as it is now on the dev server', () => {
    const dir = miniFolder({ 'mini.fa.yaml': fixtureOverlay('fa') });
    try {
      const plugin = scenariosPlugin(dir);
      let handler: (req: { url: string }, res: { setHeader: () => void; end: (body: string) => void }, next: () => void) => void = () => undefined;
      (plugin.configureServer as (s: unknown) => void)({ middlewares: { use: (h: typeof handler) => (handler = h) } });
      const serve = (url: string) => {
        let body: string | null = null;
        handler({ url }, { setHeader: () => undefined, end: (b) => (body = b) }, () => (body = 'next'));
        return body as string | null;
      };
      expect(run(serve('/scenarios/mini.fa.js?t=1')!)).toEqual(['mini.fa', expect.objectContaining({ title: 'سناریوی آزمایشی کوچک' })]);
      expect(run(serve('/scenarios/mini.js')!)[0]).toBe('mini');
      expect(serve('/scenarios/mini.en-basic.js')).toBe('next');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets Persian basic without an overlay of its own show the Persian file, and a variant with no overlay the scenario', () => {
    const dir = miniFolder({ 'mini.fa.yaml': fixtureOverlay('fa') });
    try {
      const { code, emitted } = loadVirtual(dir, 'virtual:scenario-catalog');
      const [entry] = catalogOf(code);
      expect(emitted).toHaveLength(2);
      expect(entry!.variants['fa-basic']).toEqual(entry!.variants.fa);
      expect(entryInVariant(entry!, { lang: 'en', level: 'basic' }).key).toBe('mini');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build on a broken overlay, each problem at its line; texts still to translate only warn', () => {
    const broken = miniFolder({ 'mini.fa.yaml': readFileSync(join(ROOT, 'tests/fixtures/bad-overlays/mini.fa.yaml'), 'utf8') });
    const partial = miniFolder({ 'mini.fa.yaml': 'title: سناریو\n' });
    try {
      expect(() => loadVirtual(broken, 'virtual:scenario-catalog')).toThrow(/scenarios\/overlays\/mini\.fa\.yaml:4:1: intro: is empty[\s\S]*mini\.fa\.yaml:12:1: camps\.pragmatists\.name: its brackets/);
      const { warnings } = loadVirtual(partial, 'virtual:scenario-catalog');
      expect(warnings).toEqual(['scenarios/overlays/mini.fa.yaml: 106 texts still to translate (`suspicious-bind texts --scenario mini --lang fa --missing` lists them)']);
    } finally {
      rmSync(broken, { recursive: true, force: true });
      rmSync(partial, { recursive: true, force: true });
    }
  });

  it('fails the build with every problem of every broken scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-broken-'));
    try {
      writeFileSync(join(dir, 'a.yaml'), readFileSync(join(ROOT, 'tests/fixtures/bad/many-problems.yaml'), 'utf8'));
      writeFileSync(join(dir, 'b.yaml'), readFileSync(join(ROOT, 'tests/fixtures/bad/unknown-flag.yaml'), 'utf8'));
      expect(() => loadVirtual(dir, 'virtual:scenario-catalog')).toThrow(/scenarios\/a\.yaml:40:5: cards\[0\]\.title[\s\S]*scenarios\/b\.yaml:126:27/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes any text into a scenario file unchanged: quotes, backslashes, backticks, ${…}, line breaks, Persian', () => {
    const tricky = ['"quoted" \\ back\\slash \\` tick ` \\${x} ${y} $\\{z} \\u0060', 'line\nbreak\r\ttab \u2028 \u2029 \0', 'برجام «JCPOA» ۱۴۰۰', '\\'];
    const s = { ...shipped[0]!, title: tricky[0]!, summary: tricky[1]!, intro: `${tricky[2]!}${tricky[3]!}` };
    const source = scenarioScript(s, 'fa');
    // A plain string literal, no template (V8 keeps a template's strings as long as the script lives), and the JSON
    // in it escaped no more than its backslashes and apostrophes.
    expect(source).toMatch(/\] = JSON\.parse\('\{"id":/);
    expect(source).not.toContain('String.raw');
    expect(source.length - JSON.stringify(s).length).toBeLessThan(200 + JSON.stringify(s).replace(/[^\\']/g, '').length);
    expect(run(source)).toEqual([`${s.id}.fa`, JSON.parse(JSON.stringify(s))]);
  });
});
