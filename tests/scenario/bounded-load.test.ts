import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.js';
import { formatIssue } from '../../src/scenario/issues.js';
import { MAX_FILE_CHARS } from '../../src/scenario/yaml-read.js';
import { fixturePath } from '../helpers.js';

const MINI = readFileSync(fixturePath('mini.yaml'), 'utf8');
const problems = (text: string, file = 'x.yaml') => {
  const r = loadScenarioText(text, file);
  return r.ok ? [] : r.issues.map(formatIssue);
};

/** `n` distinct keys at the top level. */
const manyKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('');

describe('loading is bounded', () => {
  it('refuses a file that is too large before parsing it', () => {
    expect(problems('#'.repeat(MAX_FILE_CHARS + 1), 'big.yaml')).toEqual(['big.yaml:1:1: (file): the file is too large (5.0 million characters; a scenario file may have at most 5 million)']);
  });

  it('answers a file of 200,000 keys in seconds, with one message for them', () => {
    const started = performance.now();
    const out = problems(manyKeys(200_000), 'keys.yaml');
    // About 2 s of CPU; the bound leaves room for a busy machine. The old check was quadratic (40,000 keys took 10 s: 200,000 would take minutes).
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(out).toContain('keys.yaml:1:1: (top level): unknown fields "k0", "k1", "k2", "k3", "k4" and 199995 more');
  }, 60_000);

  it('finds a duplicate key among 200,000', () => {
    expect(problems(manyKeys(200_000) + 'k123: again\n', 'dup.yaml')).toEqual(['dup.yaml:200001:1: (yaml): YAML syntax: the key "k123" appears twice in this mapping']);
  }, 60_000);

  it('locates 100,000 problems in one mapping in linear time', () => {
    const start = Array.from({ length: 100_000 }, (_, i) => `      s${i}: 5\n`).join('');
    const text = MINI.replace('  - { id: standard, name: Standard, description: As written. }', `  - id: standard\n    name: Standard\n    description: As written.\n    start:\n${start}`);
    const started = performance.now();
    const out = problems(text, 'start.yaml');
    // Each problem used to search the mapping's keys one by one: 20,000 took 17 s on a busy machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(out).toHaveLength(100_000);
    expect(out[0]).toBe('start.yaml:159:11: difficulties[1].start.s0: unknown stat "s0"');
    expect(out[99_999]).toBe('start.yaml:100158:15: difficulties[1].start.s99999: unknown stat "s99999"');
  }, 60_000);

  it('reports nesting too deep at its line, in flow and in block style', () => {
    expect(problems('id: x\ncards: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', 'flow.yaml')).toEqual(['flow.yaml:2:110: (yaml): nested too deeply (more than 100 levels of lists and mappings)']);
    const block = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('');
    expect(problems(block, 'block.yaml')).toEqual(['block.yaml:101:101: (yaml): nested too deeply (more than 100 levels of lists and mappings)']);
  });

  it('checks 100,000 aliases in one walk, then applies yaml\'s alias limit', () => {
    const text = 'a: &a x\nlist:\n' + '  - *a\n'.repeat(100_000);
    const started = performance.now();
    expect(problems(text, 'aliases.yaml')).toEqual(["aliases.yaml:3:5: (yaml): YAML aliases expand too much (over yaml's limit of 1000 expansions): write the data out, or use fewer aliases"]);
    expect(performance.now() - started).toBeLessThan(30_000); // resolving each alias on its own would walk the whole document each time
  }, 60_000);

  it('reports an alias without its anchor', () => {
    expect(problems(MINI.replace('intro: A test.', 'intro: *nowhere'), 'm.yaml')).toEqual(['m.yaml:7:8: (yaml): YAML alias *nowhere has no anchor &nowhere before it']);
  });

  it('never throws, whatever the text (mutations of a valid scenario)', () => {
    const lines = MINI.split('\n');
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom('&a ', '*a', '[', ']', '{', '}', ':', '-', ' ', '\n', '!!', '"', "'", '#', '?', '|', '>', 'x', '1e999', '.nan', '\u200b', '__proto__', 'constructor') }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const text = [...lines];
        for (const e of edits) {
          const i = e.at % text.length;
          if (e.kind === 'delete') text.splice(i, 1);
          else if (e.kind === 'duplicate') text.splice(i, 0, text[i]!);
          else text[i] = text[i]!.slice(0, (e.at * 7) % (text[i]!.length + 1)) + e.text + text[i]!.slice((e.at * 7) % (text[i]!.length + 1));
        }
        const r = loadScenarioText(text.join('\n'), 'f.yaml');
        if (!r.ok) for (const issue of r.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
