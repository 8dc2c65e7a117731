import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discussionQuestions, keyDecisions } from '../../src/app/index.js';
import { compileScenario } from '../../src/engine/index.js';
import { verifyValue } from '../e2e/support/records.js';
import { findShipped, main, studentReplay } from './class-fixtures.js';
import { playThroughMachine } from '../../src/analysis/index.js';
import { claimMini } from '../analysis/claim-cards.js';

// The discussion sheet's parts: the debrief questions read from the teacher notes, and a game's key decisions.

const notes = (id: string) => readFileSync(fileURLToPath(new URL(`../../docs/teachers/${id}.md`, import.meta.url)), 'utf8');

describe('discussion questions', () => {
  it('reads every scenario’s numbered questions as plain text, emphasis removed', () => {
    const q = discussionQuestions(notes('2022-suspicious-bind'));
    expect(q).toHaveLength(10);
    expect(q[6]).toContain('most often ends in Snapback or Junior partner.');
    for (const id of ['2015-deal-and-syria', '2018-maximum-pressure']) expect(discussionQuestions(notes(id)).length).toBeGreaterThanOrEqual(8);
    expect(discussionQuestions('# Notes\n\n## Discussion questions\n\n1. First, **bold**\n   continued.\n2. [Linked](http://x) `code`\n\n## Sources\n3. not a question')).toEqual(['First, bold continued.', 'Linked code']);
    expect(discussionQuestions('# No questions here')).toEqual([]);
  });

  it('reads a translation’s questions under a heading of its own words, or in the place of the English ones', () => {
    const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/notes/${name}`, import.meta.url)), 'utf8');
    const en = fixture('mini.md');
    expect(discussionQuestions(en)).toEqual(['Why did the talks stall?', 'Would you send the drones?']);
    // "## بحث در کلاس" is the second section, where the English notes have their questions.
    expect(discussionQuestions(fixture('mini.fa.md'), en)).toEqual(['چرا مذاکرات متوقف شد؟', 'آیا پهپادها را می‌فرستادید؟']);
    expect(discussionQuestions(fixture('mini.fa.md'))).toEqual([]);
    expect(discussionQuestions('## پرسش‌های گفت‌وگو\n\n۱) یک\n۲) دو\n')).toEqual(['یک', 'دو']);
  });
});

describe('key decisions', () => {
  it('are the three decisions whose own effects moved the meters most, in turn order, beside what Tehran did', () => {
    const cs = compileScenario(main);
    const v = verifyValue(studentReplay({ seed: 'sheet1', strategy: 'russia' }), findShipped);
    if (!v.ok) throw new Error(v.message);
    const keys = keyDecisions(cs, v.game);
    expect(keys).toHaveLength(3);
    expect(keys.map((k) => k.turn)).toEqual([...keys.map((k) => k.turn)].sort((a, b) => a - b));
    const weight = (turn: number) => v.game.log.find((r) => r.turn === turn)!.changes.filter((c) => c.cause.kind === 'choice').reduce((a, c) => a + Math.abs(c.delta), 0);
    const others = v.game.log.filter((r) => r.choice && !keys.some((k) => k.turn === r.turn)).map((r) => weight(r.turn));
    expect(Math.min(...keys.map((k) => weight(k.turn)))).toBeGreaterThanOrEqual(Math.max(...others));
    for (const k of keys) {
      expect(k.sameAsTehran).toBe(k.historicalIs === 'record' && k.choice === k.historical);
      expect(k.sameAsClaim).toBe(k.historicalIs === 'claim' && k.choice === k.historical);
    }
  });

  it('say of a claim card’s answer that it is a claim, never that Tehran did it', () => {
    const cs = compileScenario(claimMini);
    const games = (['west', 'russia', 'random', 'balanced'] as const).map((s, i) => playThroughMachine(claimMini, `sheet-claim-${i}`, 'standard', s));
    const keys = games.flatMap((g) => keyDecisions(cs, g, 10));
    const drones = keys.filter((k) => k.card === 'drones');
    expect(drones.length).toBeGreaterThan(0);
    for (const k of drones) {
      expect(k).toMatchObject({ historical: 'Send in secret', historicalIs: 'claim', sameAsTehran: false, sameAsClaim: k.choice === 'Send in secret' });
    }
    const talks = keys.filter((k) => k.card === 'talks');
    expect(talks.length).toBeGreaterThan(0);
    for (const k of talks) expect(k).toMatchObject({ historicalIs: 'record', sameAsTehran: k.choice === k.historical, sameAsClaim: false });
  });
});
