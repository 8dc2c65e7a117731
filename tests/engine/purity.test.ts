import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = fileURLToPath(new URL('../../src/engine', import.meta.url));
const files = readdirSync(ENGINE, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'));

describe('the engine is pure', () => {
  it('has source files to check', () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    const text = readFileSync(join(ENGINE, file), 'utf8');
    it(`${file} imports only xstate, seedrandom and the engine itself`, () => {
      const imports = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ from: m[3]! }));
      const dynamic = [...text.matchAll(/\bimport\(|\brequire\(/g)];
      expect(dynamic).toEqual([]);
      for (const { from } of imports) {
        const allowed = from === 'xstate' || from === 'seedrandom' || /^seedrandom\/lib\/\w+\.js$/.test(from) || from.startsWith('./');
        expect(allowed, `${file} imports ${from}`).toBe(true);
      }
    });
    it(`${file} reads no clock, no Math.random, no DOM and no Node API`, () => {
      const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(/Math\.random|Date\.now|new Date\b|performance\.now|\bwindow\.|\bdocument\.|localStorage|\bprocess\.|\bBuffer\b|\bbtoa\b|\batob\b/);
    });
  }
});

describe('the scenario format runs without the engine', () => {
  // The format (schema, loading, text ids) stands alone. The deeper checks (dates against turns, playability)
  // call the engine's own calendar and rules on purpose, so that the validator and the game cannot disagree.
  const SCENARIO = fileURLToPath(new URL('../../src/scenario', import.meta.url));
  for (const file of ['schema.ts', 'load.ts', 'raw.ts', 'types.ts', 'text-ids.ts', 'issues.ts']) {
    it(`${file} imports engine code only as types`, () => {
      const text = readFileSync(join(SCENARIO, file), 'utf8');
      const runtime = [...text.matchAll(/^\s*(import|export)\s+(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[2]!);
      expect(runtime.filter((f) => f.includes('/engine'))).toEqual([]);
    });
  }
});
