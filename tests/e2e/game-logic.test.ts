import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGameActor } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
import type { ScenarioData } from '../../src/scenario/types';
import { parseLink } from '../../src/game/url-params';
import { briefingNow, decisionRecord, phaseOf, shownStats, shownTracks } from '../../src/game/view-model';

// The browser game's pure parts, in Node: link parsing and what the turn screen shows from a snapshot.

const ROOT = resolve(import.meta.dirname, '../..');
const load = (f: string): ScenarioData => {
  const r = loadScenarioText(readFileSync(resolve(ROOT, f), 'utf8'), f);
  if (!r.ok) throw new Error(`${f} does not load`);
  return r.scenario;
};
const MINI = load('tests/fixtures/mini.yaml');

describe('class links', () => {
  it('starts a complete, valid link and keeps its values', () => {
    expect(parseLink('?scenario=mini&seed=abc-1&difficulty=hard&previews=1', [MINI])).toEqual({
      scenario: 'mini',
      seed: 'abc-1',
      difficulty: 'hard',
      previews: true,
      start: true,
      problems: [],
    });
    expect(parseLink('', [MINI])).toEqual({ start: false, problems: [] });
  });

  it('names every problem and keeps what was valid for the title screen', () => {
    const r = parseLink('?scenario=mini&seed=no%20spaces&difficulty=nope&x=1', [MINI]);
    expect(r.start).toBe(false);
    expect(r.scenario).toBe('mini');
    expect(r.seed).toBeUndefined();
    expect(r.problems.join(' ')).toMatch(/parameter "x"/);
    expect(r.problems.join(' ')).toMatch(/seed in the link is not valid/);
    expect(r.problems.join(' ')).toMatch(/difficulty "nope"/);
  });

  it('survives hostile input', () => {
    for (const q of ['?%', '?scenario=' + 'a'.repeat(5000), '?seed=%00', '?scenario[]=x', '?&&&', '?previews=2&scenario=mini']) {
      const r = parseLink(q, [MINI]);
      expect(r.start).toBe(false);
      expect(r.problems.every((p) => p.length < 400)).toBe(true);
    }
  });
});

describe('what the turn screen shows', () => {
  it('shows the stats right after the decision until the player continues, then the new month with its briefing', () => {
    const actor = createGameActor(MINI, { seed: 'view', difficulty: 'standard' }).start();
    const card = actor.getSnapshot().context.game.card!;
    const choice = MINI.cards.find((c) => c.id === card)!.choices[0]!.id;
    actor.send({ type: 'CHOOSE', choice });
    const after = actor.getSnapshot();
    expect(phaseOf(after)).toBe('consequences');
    const rec = decisionRecord(after.context.game)!;
    expect(rec.choice).toBe(choice);
    expect(shownStats(after)).toEqual(rec.stats);
    actor.send({ type: 'CONTINUE' });
    const next = actor.getSnapshot();
    if (phaseOf(next) === 'decision') {
      expect(shownStats(next)).toEqual(next.context.game.stats);
      const b = briefingNow(next.context.game);
      const drift = b.changes.filter((c) => c.cause.kind === 'drift');
      expect(drift.length).toBeGreaterThan(0);
    }
  });

  it('shows the machine\'s own tracks and stats: after the decision in consequences, the next month only after Continue', () => {
    let moved = 0;
    for (let i = 0; i < 200; i++) {
      const actor = createGameActor(MINI, { seed: `v${i}`, difficulty: 'standard' }).start();
      for (let step = 0; actor.getSnapshot().status !== 'done' && step < 12; step++) {
        const g = actor.getSnapshot().context.game;
        const open = MINI.cards.find((c) => c.id === g.card)!.choices.map((c) => c.id).filter((c) => actor.getSnapshot().can({ type: 'CHOOSE', choice: c }));
        actor.send({ type: 'CHOOSE', choice: open[step % open.length]! });
        const snap = actor.getSnapshot();
        if (phaseOf(snap) !== 'consequences') break;
        expect(shownTracks(snap)).toEqual(snap.context.game.tracks);
        expect(shownStats(snap)).toEqual(decisionRecord(snap.context.game)!.stats);
        const before = { ...snap.context.game.tracks };
        const shown = snap.context.game.log.length;
        actor.send({ type: 'CONTINUE' });
        for (const opened of actor.getSnapshot().context.game.log.slice(shown))
          for (const tc of opened.briefingTracks) {
            expect(before[tc.track]).toBe(tc.from);
            moved++;
          }
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});
