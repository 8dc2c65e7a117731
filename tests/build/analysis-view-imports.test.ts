import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The debrief's analysis view is a script of its own that draws with the page's own Phaser, app, catalog and
// widgets, handed to it at run time (src/game/analysis-view/host.ts): a copy of any of them would hold state of its
// own (another session, the English catalog, render scale 1). So its files take values only from each other, the
// analysis, the engine, the analysis's app helpers and its own words; from the page's modules, types only. (The build refuses a copy
// too: src/build/analysis-script.ts.)

const VIEW = fileURLToPath(new URL('../../src/game/analysis-view', import.meta.url));
const ALLOWED = [/^\.\/[\w-]+$/, /^\.\.\/\.\.\/analysis\//, /^\.\.\/\.\.\/engine\//, /^\.\.\/\.\.\/app\/analysis-[\w-]+$/, /^\.\.\/i18n\/(en|fa)-analysis$/];

describe('the analysis view', () => {
  it('imports values only from itself, the analysis, the engine, the analysis helpers and its words', () => {
    const files = readdirSync(VIEW).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['host.ts', 'index.ts', 'Analysis.ts']));
    for (const f of files) {
      const text = readFileSync(join(VIEW, f), 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'"]*)from\s+['"]([^'"]+)['"]/gm)) {
        const typeOnly = !!m[1] || /^\{\s*type\s[^,}]*\}\s*$/.test(m[2]!.trim());
        if (!typeOnly) expect(ALLOWED.some((r) => r.test(m[3]!)), `${f} imports ${m[3]}`).toBe(true);
      }
    }
  });
});
