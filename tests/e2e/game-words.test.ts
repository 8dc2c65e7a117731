import { describe, expect, it } from 'vitest';
import { compileScenario, newGame, type Change } from '../../src/engine';
import { loadShippedScenarios } from '../../src/cli/scenarios';
import { conditionLines, endingWhy, outcomeEn } from '../../src/app';
import { choiceRisk, goalsParagraphs, lockedWhy } from '../../src/game/explain';
import { betterWay, cardTheme, changeTone, eliteLine } from '../../src/game/view-model';
import { mini } from '../helpers';

// The rules in words, in Node: which way is better for each stat, the elite meter's own line, why an option is
// locked, what each verdict needs, and an ending's conditions met and missed.

const cs = compileScenario(mini);

describe('the rules in words', () => {
  it('reads which way is better for every stat from the scenario’s own endings', () => {
    expect(betterWay(cs, 'west')).toBe(-1);
    expect(betterWay(cs, 'hardliners')).toBe(-1);
    expect(betterWay(cs, 'elites')).toBe(-1);
    // A collapse at a low economy: higher is better.
    expect(betterWay(cs, 'economy')).toBe(1);
    expect(changeTone(cs, 'economy', -2)).toBe('worse');
    expect(changeTone(cs, 'west', -2)).toBe('better');
    for (const s of loadShippedScenarios()) {
      const c = compileScenario(s);
      for (const ind of s.indicators) expect(betterWay(c, ind.id), `${s.id} ${ind.id}`).not.toBe(0);
    }
  });

  it('itemises the elite meter’s own move when a camp’s change moves it', () => {
    const after = { hardliners: 55, pragmatists: 40 };
    const changes: Change[] = [{ stat: 'hardliners', delta: 10, after: 55, cause: { kind: 'choice' } }];
    expect(eliteLine(cs, changes, after)).toMatchObject({ stat: 'elites', delta: 10, after: 55 });
    // The calmer camp moving below the angrier one leaves the elites where they were.
    expect(eliteLine(cs, [{ stat: 'pragmatists', delta: -5, after: 35, cause: { kind: 'choice' } }], { hardliners: 50, pragmatists: 35 })).toBeNull();
  });

  it('says why an option is locked, from its requirement and the flag’s own description', () => {
    const g = newGame(cs, 'why', 'standard');
    const admit = cs.choiceById.get('exposed-fallout')!.get('admit')!;
    const why = lockedWhy(cs, admit.requires, g);
    expect(why).toMatch(/^Locked: needs /);
    expect(why).toContain(mini.flags.find((f) => f.id === 'hosted')!.description.replace(/\.$/, ''));
    expect(why).toContain('The summit');
  });

  it('words each verdict’s conditions with the values now, and an ending’s met and missed', () => {
    const g = newGame(cs, 'goals', 'standard');
    const text = goalsParagraphs(cs, g).join('\n');
    for (const e of mini.endings.filter((x) => x.kind === 'verdict')) expect(text).toContain(e.title);
    for (const l of conditionLines(cs, mini.endings.find((e) => e.id === 'balanced')!.when, g, outcomeEn.rules)) expect(l.text).toMatch(/\(now /);
    const ended = { ...g, stats: { ...g.stats, west: 95 }, ending: { id: 'lonely', kind: 'verdict' as const, turn: 6, causes: [] } };
    const report = endingWhy(cs, ended, outcomeEn);
    expect(report.missed.join(' ')).toContain('Balanced');
    expect(report.missed.join(' ')).toMatch(/missed: .*\(now \d+\)/);
  });

  it('warns on a choice whose likely effects, with next month’s drift, would end the game', () => {
    const g0 = newGame(cs, 'risk', 'standard');
    const g = { ...g0, card: 'filler', stats: { ...g0.stats, west: 99 } };
    // Drift adds 2 to West while the talks go on: leaning east leaves West at 99, so drift ends the game.
    expect(choiceRisk(cs, g, 'filler', 'east')).toContain('next month');
    expect(choiceRisk(cs, g, 'filler', 'west')).toBeNull();
  });

  it('gives every card of the shipped scenarios a theme icon', () => {
    const themes = new Set(['nuclear', 'energy', 'drones', 'space', 'war', 'protests', 'summit']);
    for (const s of loadShippedScenarios()) for (const c of s.cards) expect(themes.has(cardTheme(c.title, c.situation))).toBe(true);
    expect(cardTheme('Drones for Moscow', '')).toBe('drones');
    expect(cardTheme('A satellite on a Soyuz', '')).toBe('space');
  });
});
