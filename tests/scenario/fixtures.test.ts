import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.js';
import { formatIssue } from '../../src/scenario/issues.js';
import { fixturePath } from '../helpers.js';

function problems(name: string): string[] {
  const file = `bad/${name}.yaml`;
  const r = loadScenarioText(readFileSync(fixturePath(file), 'utf8'), file);
  return r.ok ? [] : r.issues.map(formatIssue);
}

// One fixture per kind of error, each with the exact message a scenario author sees.
const cases: Record<string, string[]> = {
  'yaml-syntax': ['bad/yaml-syntax.yaml:8:1: (yaml): YAML syntax: Flow map in block collection must be sufficiently indented and end with a }'],
  'missing-field': ['bad/missing-field.yaml:40:5: cards[0].title: is missing (expected a text)'],
  'wrong-type': ['bad/wrong-type.yaml:44:13: cards[0].weight: should be a number, but is the text "heavy"'],
  'unknown-field': [
    'bad/unknown-field.yaml:90:5: cards[2].title: is missing (expected a text)',
    'bad/unknown-field.yaml:91:5: cards[2]: unknown field "titel"',
  ],
  'out-of-range': ['bad/out-of-range.yaml:10:67: meters.west.start: must be a whole number from 0 to 100, but is 160'],
  'number-ranges': [
    'bad/number-ranges.yaml:6:10: version: must be a whole number from 1 to 999999, but is 1.5',
    'bad/number-ranges.yaml:17:76: indicators[0].start: must be a whole number from 0 to 100, but is -5',
    'bad/number-ranges.yaml:44:13: cards[0].weight: must be a number from 0.01 to 10000, but is infinite (.inf)',
    'bad/number-ranges.yaml:54:32: cards[0].choices[0].effects[0].add: must be a whole number from -100 to 100, but is -250',
    'bad/number-ranges.yaml:93:27: cards[2].turns.to: must be a whole number from 1 to 60, but is 99',
    'bad/number-ranges.yaml:103:21: cards[2].choices[0].effects[2].chance: must be a number from 0 to 1, but is 1.5',
  ],
  'reserved-id': [
    'bad/reserved-id.yaml:33:11: flags[1].id: "constructor" is a name every JavaScript object already has; choose another id',
    'bad/reserved-id.yaml:103:20: cards[2].choices[0].effects[2].set: "constructor" is a name every JavaScript object already has; choose another id',
  ],
  'invisible-text': [
    'bad/invisible-text.yaml:91:12: cards[2].title: must not be empty: it holds only invisible characters (zero-width spaces, direction marks, soft hyphens)',
    'bad/invisible-text.yaml:109:16: cards[2].choices[1].label: must not be empty: it holds only invisible characters (zero-width spaces, direction marks, soft hyphens)',
  ],
  'unsafe-url': [
    'bad/unsafe-url.yaml:38:37: sources[0].url: must be an https: web address, but is "javascript:alert(document.cookie)"',
    'bad/unsafe-url.yaml:39:43: sources[1].url: must be an https: web address, but is "http://example.org/b"',
    'bad/unsafe-url.yaml:40:43: sources[2].url: must be an https: web address, but is "data:text/html,<b>hi</b>"',
  ],
  'unknown-stat': ['bad/unknown-stat.yaml:54:21: cards[0].choices[0].effects[0].stat: unknown stat "wset"'],
  'unknown-track-state': ['bad/unknown-track-state.yaml:64:33: cards[0].choices[1].effects[2].to: track "jcpoa" has no state "colapsed"'],
  'unknown-advisor': ['bad/unknown-advisor.yaml:48:20: cards[0].advisors[1].advisor: unknown advisor "hawke"'],
  'unknown-source': ['bad/unknown-source.yaml:112:55: cards[2].history.sources[0]: unknown source "S9" (list it under "sources")'],
  'unknown-flag': ['bad/unknown-flag.yaml:126:27: cards[3].choices[1].requires.flag: unknown flag "hostd"'],
  'duplicate-id': ['bad/duplicate-id.yaml:90:9: cards[2].id: card id "drones" is used twice'],
  'impossible-range': ['bad/impossible-range.yaml:116:12: cards[3].turns: impossible range: from turn 5 is after turn 2'],
  'never-eligible': ['bad/never-eligible.yaml:118:11: cards[3].when: this card can never be eligible: no path sets what its "when" needs'],
  'missing-endings': ['bad/missing-endings.yaml:142:3: endings: no crisis ending for the russia meter'],
  'period-months': [
    'bad/period-months.yaml:7:45: period.months: lists 5 months for 6 turns; give one month for each turn',
    "bad/period-months.yaml:7:46: period.months[0]: the first turn's month must be the start month 2022-02",
    'bad/period-months.yaml:7:64: period.months[2]: impossible range: 2022-04 does not come after 2022-05',
  ],
  'locked-unset-flag': [
    'bad/locked-unset-flag.yaml:114:5: cards[3]: can be drawn with no open choice, which stops the game: on turn 3, after turn 1 drones → send, turn 2 talks → accept, no choice\'s "requires" holds ("deny" needs flag "never_set" set; "admit" needs flag "hosted" set)',
  ],
  'locked-late-window': [
    'bad/locked-late-window.yaml:90:5: cards[2]: can be drawn with no open choice, which stops the game: on turn 2, after turn 1 talks → accept, no choice\'s "requires" holds ("host" needs turn 7 or later; "decline" needs turn 7 or later)',
  ],
  'locked-later-flag': [
    'bad/locked-later-flag.yaml:40:5: cards[0]: can be drawn with no open choice, which stops the game: on turn 1, no choice\'s "requires" holds ("accept" needs flag "hosted" set; "reject" needs card "summit" played)',
  ],
  'many-problems': [
    'bad/many-problems.yaml:40:5: cards[0].title: is missing (expected a text)',
    'bad/many-problems.yaml:53:21: cards[0].choices[0].effects[0].stat: unknown stat "wset"',
    'bad/many-problems.yaml:115:12: cards[3].turns: impossible range: from turn 5 is after turn 2',
  ],
};

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
