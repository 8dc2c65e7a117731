import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../src/scenario/vite-plugin';
import { SCENARIO_GLOBAL } from '../../src/scenario/vite-plugin-names';
import { shippedScenarioFiles, readScenarioFile } from '../../src/cli/scenarios';

// The build's scenarios: the game's catalog holds what the title needs, each whole scenario is its own file (a
// classic script), and every problem in a broken scenario fails the build.

type Hook = (this: unknown, id: string) => string | undefined;

function loadVirtual(dir: string, id: string) {
  const plugin = scenariosPlugin(dir);
  const emitted: { fileName: string; source: string }[] = [];
  const ctx = {
    addWatchFile: () => undefined,
    emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
    error: (m: string) => {
      throw new Error(m);
    },
  };
  (plugin.configResolved as (c: { command: string }) => void)({ command: 'build' });
  const code = (plugin.load as Hook).call(ctx, `\0${id}`)!;
  return { code, emitted };
}

const ROOT = resolve(import.meta.dirname, '../..');
const shipped = shippedScenarioFiles().map((f) => readScenarioFile(f)).map((r) => (r.ok ? r.scenario : null)!);

describe('the scenarios plugin', () => {
  it('gives the game a catalog of titles, summaries, periods and difficulties, and one file per scenario', () => {
    const { code, emitted } = loadVirtual(join(ROOT, 'scenarios'), 'virtual:scenario-catalog');
    const catalog = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>[];
    expect(catalog.map((c) => c.id)).toEqual(shipped.map((s) => s.id).sort());
    for (const entry of catalog) expect(Object.keys(entry).sort()).toEqual(['difficulties', 'file', 'id', 'period', 'summary', 'title', 'version']);
    expect(emitted.map((e) => e.fileName).sort()).toEqual(catalog.map((c) => c.file).sort());
    for (const e of emitted) {
      const self: Record<string, Record<string, unknown>> = {};
      runInNewContext(e.source, { self });
      const [id, data] = Object.entries(self[SCENARIO_GLOBAL]!)[0]!;
      expect(data).toEqual(shipped.find((s) => s.id === id));
      expect(e.fileName).toMatch(new RegExp(`^scenarios/${id}-[0-9a-f]{10}\\.js$`));
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
});
