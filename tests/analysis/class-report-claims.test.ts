import { describe, expect, it } from 'vitest';
import { classReport, playThroughMachine } from '../../src/analysis/index.js';
import { choicesCsv, gameCsv } from '../../src/app/index.js';
import { compileScenario, recordOf } from '../../src/engine/index.js';
import { claimMini, findClaimMini } from './claim-cards.js';
import { findShipped, main, studentReplay } from '../app/class-fixtures.js';

// A card whose history is only a reported claim (choiceIs: claim) is never reported as what Tehran did: the class
// report marks its option `claimed`, not `historical`, and both CSVs say "claim" where they say "record".

const STRATEGIES = ['random', 'west', 'russia', 'balanced'] as const;
const games = Array.from({ length: 12 }, (_, i) => playThroughMachine(claimMini, `claims-${i}`, 'standard', STRATEGIES[i % 4]!));
const report = classReport(games.map((g, i) => ({ name: `s${i}.json`, replay: JSON.parse(JSON.stringify(recordOf(g, { previews: false }))) })), claimMini, findClaimMini, { include: { copies: true } });

describe('class report on a claim card', () => {
  it('marks the option closest to the claim as claimed, never as what Tehran did, and leaves it out of "against history"', () => {
    const drones = report.cards.find((c) => c.card === 'drones');
    expect(drones, 'the drones card is played in these games').toBeDefined();
    expect(drones!.choices.map((c) => [c.choice, c.historical, c.claimed])).toEqual([['send', false, true], ['refuse', false, false]]);
    expect(drones!.againstHistory).toBeNull();
  });

  it('still marks a record card’s choice as what Tehran did, with its share against it', () => {
    const talks = report.cards.find((c) => c.card === 'talks')!;
    expect(talks.choices.map((c) => [c.choice, c.historical, c.claimed])).toEqual([['accept', false, false], ['reject', true, false]]);
    const reject = talks.choices.find((c) => c.choice === 'reject')!.count;
    expect(talks.againstHistory).toBe(Math.round((1 - reject / talks.seen) * 1000) / 1000);
  });

  it('never marks a shipped claim card’s option as what Tehran did', () => {
    const claims = new Set(main.cards.filter((c) => c.history.choiceIs === 'claim').map((c) => c.id));
    expect(claims.size).toBeGreaterThan(0);
    const strategies = ['balanced', 'west', 'russia', 'hardline', 'random'] as const;
    const subs = strategies.map((s, i) => ({ name: `${s}.json`, replay: JSON.parse(JSON.stringify(studentReplay({ seed: `claims-${i}`, strategy: s }))) }));
    const r = classReport(subs, main, findShipped, { include: { copies: true, otherClass: true } });
    const seen = r.cards.filter((c) => claims.has(c.card));
    expect(seen.length).toBeGreaterThan(0);
    for (const c of seen) {
      expect(c.choices.some((ch) => ch.historical)).toBe(false);
      expect(c.choices.filter((ch) => ch.claimed).map((ch) => ch.choice)).toEqual([main.cards.find((x) => x.id === c.card)!.history.choice]);
      expect(c.againstHistory).toBeNull();
    }
  });
});

describe('CSVs with a claim card', () => {
  it('choices by card: `historical` yes on the card’s answer, and `historical_is` record or claim', () => {
    const lines = choicesCsv(report).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('card_id,card,games,choice_id,choice,count,share,historical,historical_is');
    const row = (card: string, choice: string) => lines.find((l) => l.startsWith(`${card},`) && l.includes(`,${choice},`))!.split(',');
    expect(row('drones', 'send').slice(-2)).toEqual(['yes', 'claim']);
    expect(row('drones', 'refuse').slice(-2)).toEqual(['no', '']);
    expect(row('talks', 'reject').slice(-2)).toEqual(['yes', 'record']);
    expect(row('talks', 'accept').slice(-2)).toEqual(['no', '']);
  });

  it('a game’s turns: `historical_choice_id` kept where it was, `historical_is` last', () => {
    const cs = compileScenario(claimMini);
    const g = games.find((x) => x.log.some((r) => r.card === 'drones') && x.log.some((r) => r.card === 'talks'))!;
    const lines = gameCsv(cs, g).slice(1).trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 7)).toEqual(['turn', 'month', 'card_id', 'card', 'choice_id', 'choice', 'historical_choice_id']);
    expect(header[header.length - 1]).toBe('historical_is');
    g.log.forEach((rec, i) => {
      const cells = lines[i + 1]!.split(',');
      const hist = rec.card ? cs.cardById.get(rec.card)!.history : undefined;
      expect(cells[6]).toBe(hist?.choice ?? '');
      expect(cells[cells.length - 1]).toBe(rec.card === 'drones' ? 'claim' : hist?.choice ? 'record' : '');
    });
  });
});
