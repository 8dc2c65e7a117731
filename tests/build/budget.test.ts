import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET_KB, budgetLines, firstTurnFiles } from '../../src/build/budget';

// The game page's budget counts the scripts index.html loads and the largest scenario file, gzipped.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(mainBytes: Buffer): string {
  const dist = mkdtempSync(join(tmpdir(), 'sb-budget-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 'scenarios'));
  writeFileSync(join(dist, 'index.html'), '<html><head><script defer src="./assets/main-x.js"></script></head></html>');
  writeFileSync(join(dist, 'assets/main-x.js'), mainBytes);
  writeFileSync(join(dist, 'assets/teacher-x.js'), randomBytes(400_000));
  writeFileSync(join(dist, 'scenarios/a-1.js'), 'x'.repeat(50_000));
  writeFileSync(join(dist, 'scenarios/b-2.js'), randomBytes(20_000));
  return dist;
}

describe('the first-turn budget', () => {
  it('counts the page\'s scripts and the largest scenario, not the teacher page', () => {
    const b = firstTurnFiles(site(Buffer.from('var a = 1;\n'.repeat(10_000))));
    expect(b.files.map((f) => f.file)).toEqual(['assets/main-x.js', 'scenarios/b-2.js']);
    expect(b.ok).toBe(true);
    expect(budgetLines(b)[0]).toMatch(new RegExp(`^Game page, first playable turn: [\\d.]+ KB of JavaScript gzipped \\(budget ${BUDGET_KB} KB\\)$`));
  });

  it('fails above the budget', () => {
    expect(firstTurnFiles(site(randomBytes(BUDGET_KB * 1024))).ok).toBe(false);
  });
});
