import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.js';
import { formatIssue } from '../../src/scenario/issues.js';
import { fixturePath } from '../helpers.js';
import { cases } from '../fixtures/bad-expected.js';

function problems(name: string): string[] {
  const file = `bad/${name}.yaml`;
  const r = loadScenarioText(readFileSync(fixturePath(file), 'utf8'), file);
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('scenario validation reports every problem with file, line, column and path', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => expect(problems(name)).toEqual(expected));
  }

  it('accepts the complete test scenario', () => {
    const r = loadScenarioText(readFileSync(fixturePath('mini.yaml'), 'utf8'), 'mini.yaml');
    expect(r.ok).toBe(true);
  });

  it('refuses a file that is not a mapping', () => {
    const r = loadScenarioText('- just\n- a list\n', 'list.yaml');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual(['list.yaml:1:1: (top level): a scenario file must be a mapping of fields (id, title, cards, …)']);
  });

  it('refuses every built-in object name as an id, and says only that', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const text = readFileSync(fixturePath('mini.yaml'), 'utf8').replace('- { id: S1,', `- { id: "${name}",`).replaceAll('sources: [S1]', `sources: ["${name}"]`);
      const r = loadScenarioText(text, 'm.yaml');
      expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([`sources[0].id: "${name}" is a name every JavaScript object already has; choose another id`]);
    }
  });

  it('refuses text made of any invisible character, and keeps text with visible ones', () => {
    for (const invisible of ['\\u200B', '\\u200C\\u200D', '\\u2060', '\\u200E\\u200F', '\\u202A\\u202C', '\\u2067', '\\u061C', '\\u00AD', '\\u180E', '\\u034F \\uFE0F']) {
      const r = loadScenarioText(readFileSync(fixturePath('mini.yaml'), 'utf8').replace('intro: A test.', `intro: "${invisible}"`), 'm.yaml');
      expect(r.ok ? [] : r.issues.map((i) => i.message), invisible).toEqual(['must not be empty: it holds only invisible characters (zero-width spaces, direction marks, soft hyphens)']);
    }
    // White space alone (including the byte-order mark and the ideographic space) is simply empty.
    for (const blank of ['\\uFEFF', '\\u3000\\u00A0']) {
      const r = loadScenarioText(readFileSync(fixturePath('mini.yaml'), 'utf8').replace('intro: A test.', `intro: "${blank}"`), 'm.yaml');
      expect(r.ok ? [] : r.issues.map((i) => i.message), blank).toEqual(['must not be empty']);
    }
    const kept = loadScenarioText(readFileSync(fixturePath('mini.yaml'), 'utf8').replace('intro: A test.', 'intro: "\\u200BA test\\u00AD."'), 'm.yaml');
    expect(kept.ok).toBe(true);
  });

  it('explains conditions and effects that mix kinds', () => {
    const text = readFileSync(fixturePath('mini.yaml'), 'utf8')
      .replace('when: { track: drones, is: exposed }', 'when: { track: drones, is: exposed, flag: hosted }')
      .replace('- { stat: russia, add: -10 }', '- { stat: russia }');
    const r = loadScenarioText(text, 'm.yaml');
    const messages = r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('cards[3].when: a condition takes only one of track, flag; wrap several in "all:"');
    expect(messages).toContain('cards[2].choices[0].effects[0]: "stat" needs "add"');
  });
});
