import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.js';
import { formatIssue } from '../../src/scenario/issues.js';

// The mini fixture (February to July 2022, six turns) with `happened` dates put on its cards.
const mini = readFileSync(new URL('../fixtures/mini.yaml', import.meta.url), 'utf8');

function withDates(dates: Record<string, string>, extra: (t: string) => string = (t) => t): string[] {
  let text = mini;
  for (const [card, happened] of Object.entries(dates))
    text = text.replace(new RegExp(`(  - id: ${card}\\n(?:    .*\\n)*?    turns: .*\\n)`), `$1    happened: ${happened}\n`);
  const r = loadScenarioText(extra(text), 'mini.yaml');
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('happened dates are checked against the turns', () => {
  it('accepts dates inside the period that the windows reach', () => {
    expect(withDates({ talks: '{ from: 2022-02-24, to: 2022-03-01 }', summit: '{ from: 2022-04, to: 2022-05 }', filler: 'none' })).toEqual([]);
  });

  it('refuses a range outside the period, at its line and column', () => {
    expect(withDates({ talks: '{ from: 2021-12, to: 2022-01-15 }' })).toEqual([
      'mini.yaml:43:15: cards[0].happened: 2021-12 – 2022-01-15 is outside the scenario\'s period (2022-02 to 2022-07)',
    ]);
  });

  it('refuses a window that cannot reach the months', () => {
    expect(withDates({ talks: '{ from: 2022-05-01, to: 2022-05-31 }' })).toEqual([
      'mini.yaml:42:12: cards[0].turns: turns 1–3 never reach the card\'s months (2022-05-01 – 2022-05-31 falls in turn 4)',
    ]);
  });

  it('refuses two dated cards competing for one single-card turn', () => {
    const both = { summit: '{ from: 2022-04, to: 2022-04 }', filler: '{ from: 2022-04-10, to: 2022-04-12 }' };
    expect(withDates(both)).toEqual([
      'mini.yaml:134:15: cards[4].happened: competes with card "summit" for turn 3 (2022-04), where only one card is drawn; widen a range or make their "when" exclusive',
    ]);
  });

  it('refuses a reversed range, slack on one-month turns, and a bad date', () => {
    expect(withDates({ talks: '{ from: 2022-03, to: 2022-02 }', summit: '{ from: 2022-04, to: 2022-04, slack: 1 }', filler: '{ from: 2022-13, to: 2022-04 }' })).toEqual([
      'mini.yaml:43:15: cards[0].happened: impossible range: 2022-03 is after 2022-02',
      'mini.yaml:94:52: cards[2].happened.slack: slack is only for turns that span months; turns 3 and 4 are one month each',
      'mini.yaml:135:23: cards[4].happened.from: must be a month or a day like 2022-03 or 2022-03-13',
    ]);
  });

  it('checks what a text assumes against the tracks and flags', () => {
    const issues = withDates({}, (t) => t.replace(/(  - id: summit\n(?:    .*\n)*?    turns: .*\n)/, '$1    assumes: [{ track: drones, not: nowhere }, { flag: no-such-flag }]\n'));
    expect(issues.some((i) => i.includes('track "drones" has no state "nowhere"'))).toBe(true);
    expect(issues.some((i) => i.includes('unknown flag "no-such-flag"'))).toBe(true);
  });
});
