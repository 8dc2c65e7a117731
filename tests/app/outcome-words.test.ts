import { describe, expect, it } from 'vitest';
import { newGame, outlook, type GameState } from '../../src/engine';
import { endingCauseLine, endingWhy, MARKS, outcomeEn, previewArrows, previewItem, previewLine, previewMarks, SHARP_FROM, statName } from '../../src/app';
import { outcomeFa } from '../../src/app/outcome-words-fa';
import { en as gameEn } from '../../src/game/i18n/en';
import { fa as gameFa } from '../../src/game/i18n/fa';
import { en as teacherEn } from '../../src/teacher/i18n/en';
import { fa as teacherFa } from '../../src/teacher/i18n/fa';
import { renderCard, renderEnding } from '../../src/cli/render';
import { miniCs as cs } from '../helpers';

// Previews and why a game ended are worded once (src/app/preview.ts, src/app/ending-why.ts) from one set of words per
// language, which the game, the teacher page and the CLI all use.

const ended = (g: GameState, ending: NonNullable<GameState['ending']>): GameState => ({ ...g, ending });

describe('previews', () => {
  it('marks every stat the rules expect to move, but the elites, the largest first, sharp from SHARP_FROM on', () => {
    const g = newGame(cs, 'marks', 'story');
    for (const card of cs.data.cards)
      for (const c of card.choices) {
        const marks = previewMarks(cs, g, card.id, c.id);
        const rules = outlook(cs, g, card.id, c.id).filter((o) => o.stat !== 'elites');
        expect(marks.map((m) => m.stat).sort()).toEqual(rules.map((o) => o.stat).sort());
        for (let i = 1; i < marks.length; i++) expect(Math.abs(marks[i - 1]!.expected)).toBeGreaterThanOrEqual(Math.abs(marks[i]!.expected));
        for (const m of marks) {
          expect(m.up).toBe(m.expected > 0);
          expect(m.sharp).toBe(Math.abs(m.expected) >= SHARP_FROM);
        }
        expect(previewLine(cs, g, card.id, c.id, MARKS, ', ')).toBe(marks.map((m) => previewItem(statName(cs, m.stat), m)).join(', '));
      }
  });

  it('writes the arrows in each language’s symbols', () => {
    expect(previewArrows({ up: true, sharp: true, uncertain: true })).toBe('\u25B2\u25B2?');
    expect(previewArrows({ up: false, sharp: false, uncertain: false })).toBe('\u25BC');
    expect(previewItem('West', { up: false, sharp: false, uncertain: true }, outcomeFa.marks)).toBe('West \u25BC؟');
  });

  it('shows the same preview in the CLI as the shared line', () => {
    const g = newGame(cs, 'cli-preview', 'story');
    const card = cs.cardById.get(g.card!)!;
    const text = renderCard(cs, g, () => true, true);
    for (const c of card.choices) {
      const line = previewLine(cs, g, card.id, c.id, outcomeEn.marks, ', ');
      if (line) expect(text).toContain(`[${line}]`);
    }
  });
});

describe('why a game ended', () => {
  const g = newGame(cs, 'why', 'standard');

  it('lists a verdict’s conditions and what the verdicts before it missed', () => {
    const lonely = ended({ ...g, stats: { ...g.stats, west: 95 } }, { id: 'lonely', kind: 'verdict', turn: 6, causes: [] });
    const why = endingWhy(cs, lonely, outcomeEn);
    expect(why.met).toEqual([]);
    expect(why.missed).toHaveLength(1);
    expect(why.missed[0]).toMatch(/^Balanced: \u2716 missed: West at most 60 \(now 95\)$/);
    const fa = endingWhy(cs, lonely, outcomeFa);
    expect(fa.missed[0]).toContain('۹۵');
  });

  it('says what set off a crisis, with the value', () => {
    const crisis = ended({ ...g, stats: { ...g.stats, west: 100 } }, { id: 'snapback', kind: 'crisis', stat: 'west', turn: 3, causes: [] });
    expect(endingWhy(cs, crisis, outcomeEn)).toEqual({ met: ['West reached 100, its breaking point (100).'], missed: [] });
  });

  it('words each cause: a decision, its kind when it was chance or delayed, and drift by its reason', () => {
    const card = cs.data.cards[0]!;
    const choice = card.choices[0]!;
    expect(endingCauseLine(cs, { card: card.id, choice: choice.id, cause: 'choice', stat: 'west', delta: 12 }, outcomeEn)).toBe(`${card.title}: ${choice.label} \u2014 West \u25B2 +12`);
    expect(endingCauseLine(cs, { card: card.id, choice: choice.id, cause: 'chance', stat: 'west', delta: -3 }, outcomeEn)).toBe(`${card.title}: ${choice.label} (chance) \u2014 West \u25BC \u22123`);
    expect(endingCauseLine(cs, { card: null, choice: null, cause: 'drift', effect: 'drift.1', stat: 'economy', delta: -8 }, outcomeEn)).toContain('Sanctions.');
    expect(endingCauseLine(cs, { card: null, choice: null, cause: 'drift', stat: 'economy', delta: -8 }, outcomeEn)).toContain(outcomeEn.drift);
  });

  it('is the CLI’s ending too', () => {
    const cause = { card: cs.data.cards[0]!.id, choice: cs.data.cards[0]!.choices[0]!.id, cause: 'choice' as const, stat: 'west', delta: 30 };
    const lonely = ended({ ...g, stats: { ...g.stats, west: 95 } }, { id: 'lonely', kind: 'verdict', turn: 6, causes: [cause] });
    const text = renderEnding(cs, lonely);
    expect(text).toContain('Verdicts missed:');
    for (const l of endingWhy(cs, lonely, outcomeEn).missed) expect(text).toContain(l);
    expect(text).toContain(endingCauseLine(cs, cause, outcomeEn));
  });
});

describe('one set of words per language', () => {
  it('is the game’s and the teacher page’s', () => {
    expect(gameEn.outcome).toBe(outcomeEn);
    expect(teacherEn.outcome).toBe(outcomeEn);
    expect(gameFa.outcome).toBe(outcomeFa);
    expect(teacherFa.outcome).toBe(outcomeFa);
  });
});
