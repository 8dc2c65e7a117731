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
    it(`${file} imports only xstate, seedrandom, the engine itself, and scenario types`, () => {
      const imports = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ typeOnly: !!m[2], from: m[3]! }));
      const dynamic = [...text.matchAll(/\bimport\(|\brequire\(/g)];
      expect(dynamic).toEqual([]);
      for (const { typeOnly, from } of imports) {
        const allowed = from === 'xstate' || from === 'seedrandom' || from.startsWith('./') || (typeOnly && from === '../scenario/types.js');
        expect(allowed, `${file} imports ${from}`).toBe(true);
      }
    });
    it(`${file} reads no clock, no Math.random, no DOM and no Node API`, () => {
      const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(/Math\.random|Date\.now|new Date\b|performance\.now|\bwindow\.|\bdocument\.|localStorage|\bprocess\.|\bBuffer\b|\bbtoa\b|\batob\b/);
    });
  }
});
