import { describe, expect, it } from 'vitest';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { en as game } from '../../src/game/i18n/en.js';
import { en as teacher } from '../../src/teacher/i18n/en.js';
import { compileScenario } from '../../src/engine/index.js';
import { newGame } from '../../src/engine/turn.js';
import { renderCard } from '../../src/cli/render.js';
import type { ScenarioData } from '../../src/scenario/types.js';

const scenarios = loadShippedScenarios();

/** Every text of a scenario that a player, a printout or the terminal can show, with where it is. */
function playerTexts(s: ScenarioData): [string, string][] {
  const out: [string, string][] = [[`${s.id}.intro`, s.intro], [`${s.id}.summary`, s.summary]];
  for (const src of s.sources) out.push([`source ${src.id}`, src.title]);
  for (const a of s.advisors) out.push([`advisor ${a.id}`, `${a.name} ${a.role} ${a.note ?? ''}`]);
  for (const c of s.cards) {
    out.push([c.id, `${c.title} ${c.date} ${c.situation} ${c.history.text}`]);
    for (const ch of c.choices) out.push([`${c.id}.${ch.id}`, `${ch.label} ${ch.detail ?? ''} ${ch.outcome}`]);
    for (const p of c.advisors) out.push([`${c.id}.${p.advisor}`, p.argues]);
  }
  for (const e of s.endings) out.push([e.id, `${e.title} ${e.text} ${e.history.text}`]);
  return out;
}

describe('no internal notes or raw source ids in front of players', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const bad = playerTexts(s).filter(([, text]) => /seed copy|not yet checked|the brief|brief's|\(S\d{2}|\bS\d{2}[a-z]?\b/.test(text)).map(([where]) => where);
    expect(bad).toEqual([]);
  });

  it('every source has a publisher and a date', () => {
    for (const s of scenarios) expect(s.sources.filter((x) => !x.publisher || !x.date).map((x) => `${s.id} ${x.id}`)).toEqual([]);
  });
});

describe('paraphrases are never shown as quotations', () => {
  it('no advisor line is itself written as a quotation', () => {
    for (const s of scenarios)
      for (const c of s.cards) for (const p of c.advisors) expect(p.argues, `${c.id}.${p.advisor}`).not.toMatch(/^["“‘']|["”’]$/);
  });

  it('the game, the teacher page and the terminal mark them as paraphrases, without quotation marks', () => {
    const quoteMarks = /[\u201C\u201D"]/;
    const shown = [game.fmt.advisorQuote('Velayati', 'Adviser', 'Alignment camp', 'Backs 1', 'Iran should say so.'), game.fmt.advisor('Velayati', 'Adviser', 'Alignment camp', 'Backs 1', 'Iran should say so.'), game.fmt.paraphrase('Iran should say so.'), teacher.turn.paraphrase('Iran should say so.')];
    for (const line of shown) {
      expect(line).not.toMatch(quoteMarks);
      expect(line).toContain('Paraphrase: Iran should say so.');
    }
    const s = scenarios.find((x) => x.id === '2022-suspicious-bind')!;
    const cs = compileScenario(s);
    const g = newGame(cs, 'paraphrase', 'standard');
    const card = renderCard(cs, g, () => true, false).replace(/\s+/g, ' ');
    const advisors = cs.cardById.get(g.card!)!.advisors;
    expect(advisors.length).toBeGreaterThan(0);
    expect(card.match(/backs \d \(paraphrase\): /g)?.length).toBe(advisors.length);
    expect(card).not.toMatch(quoteMarks);
  });

  it('How to play says so', () => {
    expect(game.howTo.paragraphs.join(' ')).toMatch(/paraphrases/);
  });
});
