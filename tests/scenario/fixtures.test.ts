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
  'out-of-range': ['bad/out-of-range.yaml:10:67: meters.west.start: must be at most 100, but is the number 160'],
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
  'locked-turn-99': [
    'bad/locked-turn-99.yaml:90:5: cards[2]: can be drawn with no open choice, which stops the game: on turn 2, after turn 1 talks → accept, no choice\'s "requires" holds ("host" needs turn 99 or later; "decline" needs turn 99 or later)',
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
