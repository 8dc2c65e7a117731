import { describe, expect, it } from 'vitest';
import { applyOverlay, textEntries } from '../../src/scenario/text-ids.js';
import { contentHash } from '../../src/engine/index.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

describe('text ids for translations', () => {
  it.each([mini, ...loadShippedScenarios()].map((s) => [s.id, s] as const))('every player-facing text in %s has one unique id', (_id, s) => {
    const entries = textEntries(s);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.every((e) => e.text.trim().length > 0)).toBe(true);
    for (const card of s.cards) {
      expect(ids).toContain(`cards.${card.id}.title`);
      for (const c of card.choices) expect(ids).toContain(`cards.${card.id}.choices.${c.id}.label`);
    }
  });

  it('ids stay the same when cards are reordered', () => {
    const reordered = { ...mini, cards: [...mini.cards].reverse() };
    const byId = (s: typeof mini) => new Map(textEntries(s).map((e) => [e.id, e.text]));
    expect(byId(reordered)).toEqual(byId(mini));
  });

  it('an overlay replaces texts by id, leaves the scenario itself untouched, and reports unknown ids', () => {
    const before = contentHash(mini);
    const { scenario, unknownIds } = applyOverlay(mini, {
      'cards.talks.title': 'مذاکرات',
      'cards.talks.choices.accept.label': 'پذیرفتن',
      'effects.drones-exposed.news': 'انتقال فاش شد.',
      'cards.nope.title': 'x',
    });
    expect(scenario.cards[0]!.title).toBe('مذاکرات');
    expect(scenario.cards[0]!.choices[0]!.label).toBe('پذیرفتن');
    expect(scenario.cards[1]!.choices[0]!.effects[3]!.news).toBe('انتقال فاش شد.');
    expect(unknownIds).toEqual(['cards.nope.title']);
    expect(contentHash(mini)).toBe(before);
    expect(mini.cards[0]!.title).toBe('The talks');
  });
});
