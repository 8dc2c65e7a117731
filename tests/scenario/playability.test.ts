import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlayability } from '../../src/scenario/playability.js';
import { loadScenarioText } from '../../src/scenario/load.js';
import { shippedScenarioFiles } from '../../src/cli/scenarios.js';
import type { Condition, ScenarioData } from '../../src/scenario/types.js';
import { mini } from '../helpers.js';

/** The mini scenario with the "summit" card's two choices requiring the given conditions. */
function summitRequiring(host: Condition, decline: Condition, edit?: (d: ScenarioData) => void): ScenarioData {
  const data = structuredClone(mini);
  const summit = data.cards.find((c) => c.id === 'summit')!;
  summit.choices[0]!.requires = host;
  summit.choices[1]!.requires = decline;
  edit?.(data);
  return data;
}

const messages = (d: ScenarioData) => checkPlayability(d).problems.map((p) => p.message);

describe('every card that can be drawn has an open choice', () => {
  it('clears choices that cover every state between them', () => {
    expect(messages(summitRequiring({ flag: 'hosted' }, { notFlag: 'hosted' }))).toEqual([]);
    expect(messages(summitRequiring({ stat: 'west', atLeast: 50 }, { stat: 'west', atMost: 50 }))).toEqual([]);
    expect(messages(summitRequiring({ track: 'jcpoa', is: 'talks' }, { track: 'jcpoa', in: ['restored', 'collapsed'] }))).toEqual([]);
  });

  it('clears a choice that only the card\'s own "when" guarantees', () => {
    const d = summitRequiring({ track: 'jcpoa', is: 'restored' }, { track: 'jcpoa', is: 'restored' }, (x) => {
      x.cards.find((c) => c.id === 'summit')!.when = { track: 'jcpoa', is: 'restored' };
    });
    expect(messages(d)).toEqual([]);
  });

  it('finds a gap between stat ranges that the game can reach', () => {
    // West starts at 50 to 60 (by difficulty) and drifts by 2 a month: 51–54 is reachable on turn 2.
    expect(messages(summitRequiring({ stat: 'west', atLeast: 55 }, { stat: 'west', atMost: 50 }))).toEqual([
      'can be drawn with no open choice, which stops the game: on turn 2, after turn 1 drones → send, no choice\'s "requires" holds ("host" needs west at least 55; "decline" needs west at most 50)',
    ]);
  });

  it('finds a track state that a delayed, uncertain effect brings about', () => {
    const d = summitRequiring({ not: { track: 'drones', is: 'exposed' } }, { not: { track: 'drones', is: 'exposed' } }, (x) => {
      x.cards.find((c) => c.id === 'summit')!.turns = { from: 3, to: 6 };
    });
    expect(messages(d)).toEqual([
      'can be drawn with no open choice, which stops the game: on turn 3, after turn 1 drones → send, turn 2 talks → accept, no choice\'s "requires" holds ("host" needs not track "drones" at "exposed"; "decline" needs not track "drones" at "exposed")',
    ]);
  });

  it('clears a card whose lock needs a state no path reaches', () => {
    // The drones can only be exposed two turns after they are sent (turn 1 at the earliest): never on turn 2.
    const d = summitRequiring({ not: { track: 'drones', is: 'exposed' } }, { not: { track: 'drones', is: 'exposed' } }, (x) => {
      x.cards.find((c) => c.id === 'summit')!.turns = { from: 2, to: 2 };
    });
    expect(messages(d)).toEqual([]);
  });

  it('stays bounded on a file of thousands of such cards, and says what it could not prove', () => {
    const data = structuredClone(mini);
    data.period.turns = 60;
    const filler = data.cards.find((c) => c.id === 'filler')!;
    for (let i = 0; i < 2000; i++) {
      const c = structuredClone(filler);
      Object.assign(c, { id: `x${i}`, repeatable: false, turns: { from: 1, to: 60 } });
      c.choices[0]!.requires = { turn: { from: 1 } };
      c.choices[1]!.requires = { notFlag: 'hosted' };
      data.cards.push(c);
    }
    const report = checkPlayability(data);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(new Set(report.problems.map((p) => p.message))).toEqual(
      new Set(['could not prove within the search\'s limits that this card keeps an open choice (too many states, or too many cards whose every choice has "requires"); give one choice no "requires"']),
    );
  }, 60_000);

  it('is quick on the shipped scenarios, even with every choice given a "requires"', () => {
    for (const file of shippedScenarioFiles()) {
      const r = loadScenarioText(readFileSync(file, 'utf8'), file);
      expect(r.ok, file).toBe(true);
      if (!r.ok) continue;
      const data = structuredClone(r.scenario);
      for (const c of data.cards) for (const ch of c.choices) ch.requires ??= c.when ?? { turn: { from: 1 } };
      const report = checkPlayability(data);
      expect(report.problems, file).toEqual([]);
      expect(report.states).toBeGreaterThan(0);
    }
  });
});
