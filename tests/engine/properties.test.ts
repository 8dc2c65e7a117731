import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compileScenario, createGameActor, finalHash, newRecord, openChoices, play, playOut, recordOf, rulesHash, verifyRecord, type GameRecord, type GameState } from '../../src/engine/index.js';
import { encodeRecordCode, readRecordCode, verifyRecordValue } from '../../src/app/index.js';
import { textEntries } from '../../src/scenario/text-ids.js';
import type { ScenarioData } from '../../src/scenario/types.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

const scenarios: ScenarioData[] = [mini, ...loadShippedScenarios()];
const seedArb = fc.string({ minLength: 1, maxLength: 12 });
const picksArb = fc.array(fc.nat(), { minLength: 60, maxLength: 60 });
const difficultyArb = (s: ScenarioData) => fc.constantFrom(...s.difficulties.map((d) => d.id));

/** A whole game whose i-th decision is the picks[i]-th open choice, played by play() asking for each decision. */
function game(s: ScenarioData, seed: string, difficulty: string, picks: number[], onTurn?: (g: GameState) => void) {
  let i = 0;
  const next = (g: GameState, open: readonly string[]) => {
    onTurn?.(g);
    return { choice: open[picks[i++ % picks.length]! % open.length]! };
  };
  const settings = { previews: false };
  const { game: g } = playOut(s, { seed, difficulty, settings, decisions: [] }, { next });
  return { game: g, record: recordOf(g, settings) };
}

/** The oracle: the same decisions sent one event at a time to a fresh actor. */
function stepByStep(s: ScenarioData, record: GameRecord): GameState {
  const actor = createGameActor(s, { seed: record.seed, difficulty: record.difficulty, settings: record.settings }).start();
  for (const d of record.decisions) {
    actor.send({ type: 'CHOOSE', choice: d.choice });
    actor.send({ type: 'CONTINUE' });
  }
  const g = actor.getSnapshot().context.game;
  actor.stop();
  return g;
}

describe.each(scenarios.map((s) => [s.id, s] as const))('invariants of %s', (_id, s) => {
  const cs = compileScenario(s);
  const find = (id: string) => (id === s.id ? s : undefined);

  it('keeps every stat within 0–100 and elites equal to the angrier camp, every turn', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const check = (g: GameState) => {
          for (const v of Object.values(g.stats)) expect(v >= 0 && v <= 100 && Number.isInteger(v)).toBe(true);
          expect(g.stats.elites).toBe(Math.max(...cs.camps.map((c) => g.stats[c]!)));
        };
        const { game: g } = game(s, seed, difficulty, picks, check);
        check(g);
        for (const rec of g.log) for (const v of Object.values(rec.stats)) expect(v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('ends every game within the scenario, with an ending that exists', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const { game: g } = game(s, seed, difficulty, picks);
        expect(g.ending).not.toBeNull();
        expect(g.turn).toBeLessThanOrEqual(cs.lastTurn);
        expect(cs.endingById.has(g.ending!.id)).toBe(true);
        if (g.ending!.kind === 'verdict') expect(g.turn).toBe(cs.lastTurn);
      }),
      { numRuns: 50 },
    );
  });

  it('play(record) gives exactly the step-by-step game, and every prefix of a record plays', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const { game: g, record } = game(s, seed, difficulty, picks);
        expect(canonicalJson(playOut(s, record).game)).toBe(canonicalJson(g));
        expect(canonicalJson(stepByStep(s, record))).toBe(canonicalJson(g));
        for (let k = 0; k <= record.decisions.length; k++) {
          const prefix = { ...record, decisions: record.decisions.slice(0, k), result: undefined };
          const v = verifyRecord(prefix, s);
          expect(v.ok).toBe(true);
          if (v.ok && k < record.decisions.length) expect(v.game.ending).toBeNull();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('resumes identically from a save made at any step (its record, at a decision or at its consequences)', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.nat(), fc.boolean(), (seed, picks, cut, atConsequences) => {
        const { game: whole, record } = game(s, seed, s.difficulties[0]!.id, picks);
        const k = cut % (record.decisions.length + 1);
        const holdLast = atConsequences && k > 0;
        const saved = JSON.parse(JSON.stringify({ ...record, decisions: record.decisions.slice(0, k), result: undefined })) as GameRecord;
        const { actor } = play(s, saved, { holdLast });
        if (holdLast) actor.send({ type: 'CONTINUE' });
        for (const d of record.decisions.slice(k)) {
          actor.send({ type: 'CHOOSE', choice: d.choice });
          actor.send({ type: 'CONTINUE' });
        }
        expect(canonicalJson(actor.getSnapshot().context.game)).toBe(canonicalJson(whole));
        expect(actor.getSnapshot().status).toBe('done');
        actor.stop();
      }),
      { numRuns: 25 },
    );
  });

  it('a record survives JSON and code round trips, and verifies', () => {
    fc.assert(
      fc.property(seedArb, difficultyArb(s), picksArb, (seed, difficulty, picks) => {
        const { game: g, record } = game(s, seed, difficulty, picks);
        const fromJson = verifyRecordValue(JSON.parse(JSON.stringify(record)), find);
        expect(fromJson.ok && finalHash(fromJson.game, record)).toBe(record.result!.final);
        const fromCode = readRecordCode(encodeRecordCode(record, g, s), find);
        expect(fromCode.ok && fromCode.record).toEqual(record);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a record with any one field edited: a choice, a setting, the seed, the difficulty or the engine', () => {
    fc.assert(
      fc.property(seedArb, picksArb, fc.nat(), fc.nat(), fc.nat(), (seed, picks, at, other, which) => {
        const { game: g, record } = game(s, seed, s.difficulties[0]!.id, picks);
        const i = at % record.decisions.length;
        const card = cs.cardById.get(g.log.filter((r) => r.choice)[i]!.card!)!;
        const alternatives = card.choices.map((c) => c.id).filter((c) => c !== record.decisions[i]!.choice);
        const edits: GameRecord[] = [
          { ...record, decisions: record.decisions.map((d, k) => (k === i ? { choice: alternatives[other % alternatives.length]! } : d)) },
          { ...record, settings: { ...record.settings, previews: !record.settings.previews } },
          { ...record, settings: { ...record.settings, student: 'Someone else' } },
          { ...record, seed: `${record.seed}x` },
          { ...record, difficulty: s.difficulties.find((d) => d.id !== record.difficulty)?.id ?? 'nope' },
          { ...record, engine: '2.0.0-evil' },
        ];
        const r = verifyRecordValue(JSON.parse(JSON.stringify(edits[which % edits.length])), find);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the rules hash (and every record) through any text-only edit, and changes it with a rules edit', () => {
    const entries = textEntries(s);
    fc.assert(
      fc.property(fc.nat(), seedArb, picksArb, (pick, seed, picks) => {
        const entry = entries[pick % entries.length]!;
        const edited = structuredClone(s) as unknown as Record<string | number, unknown>;
        let node = edited;
        for (const p of entry.path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
        node[entry.path.at(-1)!] = `${entry.text} (typo fixed)`;
        const textEdited = edited as unknown as ScenarioData;
        expect(rulesHash(textEdited)).toBe(rulesHash(s));
        const { record } = game(s, seed, s.difficulties[0]!.id, picks);
        expect(verifyRecord(record, textEdited).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
    const rulesEdited = structuredClone(s);
    rulesEdited.cards[0]!.weight += 1;
    expect(rulesHash(rulesEdited)).not.toBe(rulesHash(s));
  });
});

describe('record refusals say which kind of problem it is', () => {
  const find = (id: string) => (id === mini.id ? mini : undefined);
  const { game: g, record } = game(mini, 'refuse', 'standard', [0, 1, 0, 1, 1, 0, 1]);
  const code = encodeRecordCode(record, g, mini);
  const verify = (v: unknown) => verifyRecordValue(JSON.parse(JSON.stringify(v)), find);

  it('verifies the untouched record and code, with one play each', () => {
    expect(verify(record).ok).toBe(true);
    expect(readRecordCode(code, find).ok).toBe(true);
  });

  it.each([
    ['not an object', 'nonsense', 'malformed'],
    ['a first-format replay', { format: 1, choices: [] }, 'version'],
    ['missing fields', { format: 2 }, 'malformed'],
    ['a field a record does not have', { ...record, settings: { ...record.settings, previews: true, grade: 'A+' } }, 'malformed'],
    ['another scenario version', { ...record, scenario: { ...record.scenario, version: 99 } }, 'version'],
    ['other rules', { ...record, scenario: { ...record.scenario, rules: 'zzz' } }, 'version'],
    ['an engine that is not a version', { ...record, engine: '1.999.0-evil' }, 'version'],
    ['a malformed engine version', { ...record, engine: 'latest' }, 'tampered'],
    ['a newer engine', { ...record, engine: '9.0.0' }, 'version'],
    ['an unknown scenario', { ...record, scenario: { ...record.scenario, id: 'elsewhere' } }, 'unknown-scenario'],
    ['truncated decisions', { ...record, decisions: record.decisions.slice(0, 2) }, 'truncated'],
    ['an invented choice', { ...record, decisions: [{ choice: 'launch-everything' }, ...record.decisions.slice(1)] }, 'tampered'],
    ['decisions after the end', { ...record, decisions: [...record.decisions, { choice: 'accept' }] }, 'tampered'],
    ['an edited final state', { ...record, result: { ...record.result!, final: 'abc' } }, 'tampered'],
    ['an edited ending', { ...record, result: { ...record.result!, ending: 'other' } }, 'tampered'],
    ['too many decisions', { ...record, decisions: Array(600).fill({ choice: 'accept' }) }, 'oversized'],
  ])('refuses %s', (_name, input, kind) => {
    const r = verify(input);
    expect(r.ok ? 'ok' : r.kind).toBe(kind);
  });

  it.each([
    ['a cut-off code', code.slice(0, code.length - 10), 'truncated'],
    ['a code missing its end', code.slice(0, code.lastIndexOf('.')), 'truncated'],
    ['a code with one character changed', code.replace(/\.(.)/, (_m, ch: string) => `.${ch === 'A' ? 'B' : 'A'}`), 'tampered'],
    ['a first-version code', 'SB1.abc.def123', 'version'],
    ['something else', 'hello world', 'malformed'],
    ['an enormous code', 'SB2.' + 'A'.repeat(30_000), 'oversized'],
  ])('refuses %s', (_name, input, kind) => {
    const r = readRecordCode(input, find);
    expect(r.ok ? 'ok' : r.kind).toBe(kind);
  });

  it('a new record names this engine, the scenario\'s rules and no decisions', () => {
    const fresh = newRecord(compileScenario(mini), 's', 'standard', { previews: true });
    expect(fresh.decisions).toEqual([]);
    expect(fresh.scenario.rules).toBe(compileScenario(mini).rules);
    expect(openChoices(compileScenario(mini), playOut(mini, fresh).game).length).toBeGreaterThan(0);
  });
});
