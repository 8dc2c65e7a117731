import { describe, expect, it } from 'vitest';
import { compileScenario, createGameActor, majorityChoice, openChoices, playOut, recordOf, verifyRecord, canonicalJson, contentHash, type GameState } from '../../src/engine/index.js';
import { classReport, playThroughMachine, runSeed, whatIf, branchAt } from '../../src/analysis/index.js';
import { gameCsv, encodeClassCode, decodeClassCode, classLinkQuery, encodeRecordCode, verifyRecordValue } from '../../src/app/index.js';
import { mini, miniCs } from '../helpers.js';

const find = (id: string) => (id === mini.id ? mini : undefined);
const recordOfGame = (g: GameState) => recordOf(g, { previews: false });

describe('class report', () => {
  const games = Array.from({ length: 12 }, (_, i) => playThroughMachine(mini, 'class-seed', 'standard', (['random', 'west', 'russia', 'balanced'] as const)[i % 4]!));
  const submissions = games.map((g, i) => ({ name: `student-${i}.json`, replay: i % 3 === 0 ? encodeRecordCode(recordOfGame(g), g, mini) : JSON.parse(JSON.stringify(recordOfGame(g))) }));
  const broken = [
    { name: 'tampered.json', replay: { ...recordOfGame(games[0]!), result: { ...recordOfGame(games[0]!).result!, final: 'x' } } },
    { name: 'cut.txt', replay: 'SB2.abc' },
    { name: 'junk.json', replay: 42 },
  ];
  // Bots on one seed play the same game per strategy: the report flags those as possible copies; counted here on purpose.
  const report = classReport([...submissions, ...broken], mini, find, { include: { copies: true } });

  it('counts the verified games and lists each refused one with why, the rest still counting', () => {
    expect(report.submitted).toBe(15);
    expect(report.verified).toBe(12);
    expect(report.counted).toBe(12);
    expect(report.groups.copy).toBe(8);
    expect(report.refused.map((r) => [r.name, r.kind])).toEqual([
      ['tampered.json', 'tampered'],
      ['cut.txt', 'truncated'],
      ['junk.json', 'malformed'],
    ]);
  });

  it('tallies endings and each card’s choices beside what Tehran actually did', () => {
    expect(report.endings.reduce((a, e) => a + e.count, 0)).toBe(12);
    const talks = report.cards.find((c) => c.card === 'talks');
    if (talks) {
      expect(talks.choices.map((c) => c.choice)).toEqual(['accept', 'reject']);
      expect(talks.choices.find((c) => c.historical)?.choice).toBe('reject');
      expect(talks.choices.reduce((a, c) => a + c.count, 0)).toBe(talks.seen);
    }
    const decisions = games.reduce((a, g) => a + g.log.filter((r) => r.choice).length, 0);
    expect(report.cards.reduce((a, c) => a + c.seen, 0)).toBe(decisions);
  });

  it('gives the meters’ median and spread by turn', () => {
    const first = report.meters[0]!;
    const wests = games.map((g) => g.log[0]!.stats.west!).sort((a, b) => a - b);
    expect(first.stats.west.min).toBe(wests[0]);
    expect(first.stats.west.max).toBe(wests[wests.length - 1]);
    expect(first.stats.west.n).toBe(12);
    expect(first.stats.west.q1).toBeLessThanOrEqual(first.stats.west.median);
    expect(first.stats.west.median).toBeLessThanOrEqual(first.stats.west.q3);
  });

  it('names the students who diverged most from the class majority', () => {
    expect(report.divergent.length).toBe(5);
    for (let i = 1; i < report.divergent.length; i++) expect(report.divergent[i - 1]!.share).toBeGreaterThanOrEqual(report.divergent[i]!.share);
  });
});

describe('CSV export', () => {
  it('has one row per turn that matches the engine’s own record', () => {
    const g = playThroughMachine(mini, 'csv', 'standard', 'random');
    const lines = gameCsv(miniCs, g).trim().split('\r\n');
    expect(lines[0]).toBe('turn,month,card_id,card,choice_id,choice,historical_choice_id,west,russia,elites,hardliners,pragmatists,economy,exposure,opening_changes,decision_changes,historical_is');
    expect(lines).toHaveLength(g.log.length + 1);
    g.log.forEach((rec, i) => {
      const cells = lines[i + 1]!.split(',');
      expect(cells.slice(0, 3)).toEqual([String(rec.turn), rec.month, rec.card ?? '']);
      expect(cells[4]).toBe(rec.choice ?? '');
      expect(cells.slice(7, 14).map(Number)).toEqual(['west', 'russia', 'elites', 'hardliners', 'pragmatists', 'economy', 'exposure'].map((s) => rec.stats[s]));
    });
  });
});

describe('what if', () => {
  const original = playThroughMachine(mini, 'what-if', 'standard', 'west');
  const decisions = original.log.filter((r) => r.choice);

  it('replays the same seed up to the changed decision and continues from the new choice', () => {
    const at = 1;
    const rec = decisions[at]!;
    const other = compileScenario(mini).cardById.get(rec.card!)!.choices.map((c) => c.id).find((c) => c !== rec.choice)!;
    const r = whatIf(mini, original, at, other, 'keep')!;
    expect(r.changedTurn).toBe(rec.turn);
    expect(canonicalJson(r.alternative.log.slice(0, at))).toBe(canonicalJson(original.log.slice(0, at)));
    expect(r.alternative.log[at]!.choice).toBe(other);
    expect(r.alternative.ending).not.toBeNull();
    expect(contentHash(r.alternative)).not.toBe(contentHash(original));
    expect(verifyRecord(recordOfGame(r.alternative), mini).ok).toBe(true);
  });

  it('is the same every time', () => {
    const rec = decisions[0]!;
    const other = compileScenario(mini).cardById.get(rec.card!)!.choices.map((c) => c.id).find((c) => c !== rec.choice)!;
    expect(canonicalJson(whatIf(mini, original, 0, other, 'random'))).toBe(canonicalJson(whatIf(mini, original, 0, other, 'random')));
  });

  it('refuses a choice that was not open at that decision', () => {
    expect(whatIf(mini, original, 0, 'no-such-choice')).toBeNull();
    expect(branchAt(mini, original, 99, 'accept')).toBeNull();
  });
});

describe('class votes (projector mode)', () => {
  it('plays the majority, breaks ties with the seed the same way every time, and records the tally', () => {
    const actor = createGameActor(mini, { seed: runSeed('vote', 3), difficulty: 'standard' }).start();
    const g = actor.getSnapshot().context.game;
    const [a, b] = openChoices(miniCs, g) as [string, string];
    expect(majorityChoice(miniCs, g, { [a]: 3, [b]: 9 })).toBe(b);
    const tie = majorityChoice(miniCs, g, { [a]: 5, [b]: 5 });
    expect([a, b]).toContain(tie);
    expect(majorityChoice(miniCs, g, { [a]: 5, [b]: 5 })).toBe(tie);
    expect(majorityChoice(miniCs, g, {})).toBeNull();
    actor.send({ type: 'VOTE', votes: { [a]: 5, [b]: 5 } });
    expect(actor.getSnapshot().context.game.log[0]!.choice).toBe(tie);
    expect(actor.getSnapshot().context.game.log[0]!.votes).toEqual({ [a]: 5, [b]: 5 });
  });

  it('keeps the votes in the replay, verifies them, and refuses a choice the vote did not decide', () => {
    const next = (g: GameState, open: readonly string[]) => {
      const votes = Object.fromEntries(open.map((c, i) => [c, 10 + i]));
      return { choice: majorityChoice(miniCs, g, votes)!, votes };
    };
    const { game } = playOut(mini, { seed: 'class-vote', difficulty: 'standard', settings: { previews: false }, decisions: [] }, { next });
    const replay = recordOfGame(game);
    expect(replay.decisions.every((d) => d.votes)).toBe(true);
    expect(verifyRecordValue(JSON.parse(JSON.stringify(replay)), find).ok).toBe(true);
    const swapped = { ...replay, decisions: replay.decisions.map((d, i) => (i === 0 ? { ...d, votes: Object.fromEntries(Object.entries(d.votes!).map(([k, n]) => [k, 30 - n])) } : d)) };
    const r = verifyRecordValue(swapped, find);
    expect(r.ok ? 'ok' : r.message).toMatch(/is not what the class vote on turn 1 decided/);
  });
});

describe('class codes', () => {
  const settings = { scenario: 'mini', seed: 'k7qxm2pa', difficulty: 'hard', previews: true };
  it('round-trips the class settings through a short code, whatever the case it is typed in', () => {
    const code = encodeClassCode([mini], settings)!;
    expect(code).toBe('mini-2p-k7qxm2pa');
    expect(decodeClassCode([mini], code.toUpperCase())).toEqual({ ok: true, settings });
    expect(classLinkQuery(settings)).toBe('scenario=mini&seed=k7qxm2pa&difficulty=hard&previews=1');
  });
  it('offers no code for a seed a code cannot carry, and explains a bad code', () => {
    expect(encodeClassCode([mini], { ...settings, seed: 'Class 7B' })).toBeNull();
    expect(decodeClassCode([mini], 'hello')).toMatchObject({ ok: false, message: '"hello" is not a class code; a class code looks like 2022-1p-k7qxm2pa.' });
    expect(decodeClassCode([mini], '1999-0n-abc')).toMatchObject({ ok: false, message: 'No scenario has the key "1999" (this game has mini).' });
    expect(decodeClassCode([mini], 'mini-7n-abc')).toMatchObject({ ok: false, message: '"Mini test scenario" has no difficulty number 7.' });
  });
});
