import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Decision analysis runs in a Web Worker and in the CLI: it and what it imports use the engine and nothing else
// (no app code, DOM or Node), so a worker bundle built from src/analysis/decision-analysis.ts stays small and pure.
const ANALYSIS = fileURLToPath(new URL('../../src/analysis', import.meta.url));
const roots = readdirSync(ANALYSIS).filter((f) => f.startsWith('decision-analysis') && f.endsWith('.ts'));

function localImports(file: string): { runtime: string[]; all: string[] } {
  const text = readFileSync(join(ANALYSIS, file), 'utf8');
  const all = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm)];
  return { runtime: all.filter((m) => !m[1]).map((m) => m[2]!), all: all.map((m) => m[2]!) };
}

describe('decision analysis is pure', () => {
  it('has its files', () => expect(roots.length).toBeGreaterThanOrEqual(4));

  it('imports, directly or through its helpers, only the engine, the scenario types and itself', () => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { runtime, all } = localImports(file);
      for (const from of all) {
        const ok = from.startsWith('../engine/') || from === '../scenario/types.js' || from.startsWith('./');
        expect(ok, `${file} imports ${from}`).toBe(true);
      }
      for (const from of runtime) if (from.startsWith('./')) queue.push(from.slice(2).replace(/\.js$/, '.ts'));
      const code = readFileSync(join(ANALYSIS, file), 'utf8').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Math\.random|Date\.now|performance\.now|\bwindow\.|\bdocument\.|\bprocess\./);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['strategies.ts', 'scenario-shape.ts']));
  });
});
