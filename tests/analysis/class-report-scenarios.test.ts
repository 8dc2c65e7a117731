import { describe, expect, it } from 'vitest';
import { classReport, classReportOf, playThroughMachine, type Submission } from '../../src/analysis/index.js';
import { verifyAll } from '../../src/analysis/class-groups.js';
import { gradebookCsv } from '../../src/app/index.js';
import { compileScenario } from '../../src/engine/index.js';
import { recordFor } from '../e2e/support/records.js';
import { findShipped, main, shipped, studentReplay } from '../app/class-fixtures.js';

// A class report over games of several scenarios: every game is described in its own scenario's words (ending,
// month, cards), never the class scenario's; a game whose scenario this copy lacks says so in words.

const of2015 = shipped.find((s) => s.id === '2015-deal-and-syria')!;
const of2018 = shipped.find((s) => s.id === '2018-maximum-pressure')!;
const gameIn = (s: typeof main, seed: string) => recordFor(playThroughMachine(s, seed, 'standard', 'west'));

const subs: Submission[] = [
  { name: 'Ana', replay: studentReplay({ student: 'Ana', seed: 'mix1', strategy: 'west' }) },
  { name: 'Bo', replay: gameIn(of2015, 'mix1') },
  { name: 'Cem', replay: gameIn(of2018, 'mix1') },
];

/** What the game's own scenario says of it: its ending's title, its last month, its cards and choices. */
function ownWords(s: typeof main, replay: unknown) {
  const cs = compileScenario(s);
  const r = replay as ReturnType<typeof gameIn>;
  const game = playThroughMachine(s, r.seed, r.difficulty, 'west');
  const decisions = game.log.filter((x) => x.card && x.choice);
  return {
    endingTitle: cs.endingById.get(game.ending!.id)!.title,
    month: cs.months[game.log[game.log.length - 1]!.turn - 1],
    decisions: decisions.map((d) => [cs.cardById.get(d.card!)!.title, cs.choiceById.get(d.card!)!.get(d.choice!)!.label]),
  };
}

describe('a class report over games of other scenarios', () => {
  const report = classReport(subs, main, findShipped, { class: { scenario: main.id, seed: 'mix1', difficulty: 'standard', previews: false } });
  const row = (name: string) => report.students.find((s) => s.name === name)!;

  it('describes each game by its own scenario: ending title, month and cards', () => {
    for (const [name, s] of [['Bo', of2015], ['Cem', of2018], ['Ana', main]] as const) {
      const st = row(name);
      const own = ownWords(s, subs.find((x) => x.name === name)!.replay);
      expect(st.scenario).toEqual({ id: s.id, version: s.version });
      expect(!!st.otherScenario).toBe(s.id !== main.id);
      expect(st.endingTitle).toBe(own.endingTitle);
      expect(st.month).toBe(own.month);
      expect(st.decisions.map((d) => [d.title, d.label])).toEqual(own.decisions);
    }
    // The 2015 game ran 2015-2016, not in the 2022 scenario's months; the 2018 game's junior partner is its own.
    expect(row('Bo').month!.startsWith('2015') || row('Bo').month!.startsWith('2016')).toBe(true);
    expect(row('Bo').endingTitle).not.toBe(row('Bo').ending);
    expect(main.endings.map((e) => e.title)).not.toContain(row('Cem').endingTitle);
  });

  it('never counts a game of another scenario, whatever the teacher includes', () => {
    const all = classReport(subs, main, findShipped, { class: report.class, include: { otherClass: true, copies: true } });
    expect(all.students.filter((s) => s.counted).map((s) => s.name)).toEqual(['Ana']);
    expect(all.counted).toBe(1);
  });

  it('writes the gradebook in each game\u2019s own words, with its scenario named', () => {
    const lines = gradebookCsv(report).slice(1).trim().split('\r\n');
    expect(lines[0]!.endsWith(',scenario')).toBe(true);
    const bo = lines.find((l) => l.startsWith('Bo,'))!;
    const own = ownWords(of2015, subs[1]!.replay);
    expect(bo).toContain(own.endingTitle);
    expect(bo).toContain(`${own.decisions[0]![0]}: `);
    expect(bo).not.toMatch(/(^|,|; ): ;/);
    expect(bo.endsWith(`,${of2015.id} v${of2015.version}`)).toBe(true);
  });

  it('says in words when a game\u2019s scenario is not in this copy, and shows no other scenario\u2019s words for it', () => {
    const verified = verifyAll(subs, findShipped);
    const without2015 = (id: string) => (id === of2015.id ? undefined : findShipped(id));
    const r = classReportOf(verified, main, without2015, { class: report.class });
    const bo = r.students.find((s) => s.name === 'Bo')!;
    expect(bo.scenarioMissing).toBe(true);
    expect(bo.endingTitle).toBe('');
    expect(bo.month).toBe('');
    expect(bo.decisions.every((d) => d.title === '' && d.label === '')).toBe(true);
    const line = gradebookCsv(r).split('\r\n').find((l) => l.startsWith('Bo,'))!;
    expect(line).toContain(`(scenario ${of2015.id} is not in this copy of the game)`);
    for (const e of main.endings) expect(line).not.toContain(e.title);
  });
});
