import { z } from 'zod';
import type { Condition, Effect, ScenarioData as EngineScenario } from '../engine/scenario.js';
import { httpsUrl, ranged, safeId, visibleText } from './refine.js';

export type { Condition, Effect };

// The scenario file format, checked against the engine's own types (src/engine/scenario.ts).

const id = safeId({ regex: /^[a-z0-9][a-z0-9_-]*$/, error: 'must be lower-case letters, digits, "-" or "_"' });
const text = visibleText;
const level = ranged(0, 100, true);
const turnNumber = ranged(1, 60, true);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month like 2022-02' });
const day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'must be a month or a day like 2022-03 or 2022-03-13' });

/** When a card's event happened: the engine draws a dated card only in the turns whose months overlap it. */
const HappenedSchema = z.union([
  z.literal('none'),
  z.strictObject({
    from: day,
    to: day,
    /** One more turn after the range, where a turn spans months; the card's date text must say so. */
    slack: z.literal(1).optional(),
  }),
]);

export const CONDITION_KINDS = ['stat', 'track', 'flag', 'notFlag', 'played', 'chose', 'turn', 'all', 'any', 'not'] as const;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      stat: id.optional(),
      atLeast: ranged(0, 100).optional(),
      atMost: ranged(0, 100).optional(),
      track: id.optional(),
      is: id.optional(),
      in: z.array(id).min(1).optional(),
      flag: id.optional(),
      notFlag: id.optional(),
      played: id.optional(),
      chose: z.string().regex(/^[a-z0-9][a-z0-9_-]*\.[a-z0-9][a-z0-9_-]*$/, { error: 'must be "card.choice"' }).optional(),
      turn: z.strictObject({ from: turnNumber.optional(), to: turnNumber.optional() }).optional(),
      all: z.array(ConditionSchema).min(1).optional(),
      any: z.array(ConditionSchema).min(1).optional(),
      not: ConditionSchema.optional(),
    })
    .superRefine((c, ctx) => {
      const kinds = CONDITION_KINDS.filter((k) => c[k] !== undefined);
      if (kinds.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            kinds.length === 0
              ? `a condition needs one of: ${CONDITION_KINDS.join(', ')}`
              : `a condition takes only one of ${kinds.join(', ')}; wrap several in "all:"`,
        });
        return;
      }
      if (c.stat !== undefined && c.atLeast === undefined && c.atMost === undefined)
        ctx.addIssue({ code: 'custom', message: 'a stat condition needs "atLeast" or "atMost"' });
      if (c.stat === undefined && (c.atLeast !== undefined || c.atMost !== undefined))
        ctx.addIssue({ code: 'custom', message: '"atLeast" and "atMost" belong with "stat"' });
      if (c.track !== undefined && (c.is === undefined) === (c.in === undefined))
        ctx.addIssue({ code: 'custom', message: 'a track condition needs exactly one of "is" or "in"' });
      if (c.track === undefined && (c.is !== undefined || c.in !== undefined))
        ctx.addIssue({ code: 'custom', message: '"is" and "in" belong with "track"' });
    }),
);

export const EffectSchema: z.ZodType<Effect> = z.lazy(() =>
  z
    .strictObject({
      id: id.optional(),
      stat: id.optional(),
      add: ranged(-100, 100, true).optional(),
      track: id.optional(),
      to: id.optional(),
      set: id.optional(),
      clear: id.optional(),
      after: ranged(1, 24, true).optional(),
      chance: ranged(0, 1).optional(),
      when: ConditionSchema.optional(),
      then: z.array(EffectSchema).min(1).optional(),
      else: z.array(EffectSchema).min(1).optional(),
      news: text.optional(),
      elseNews: text.optional(),
    })
    .superRefine((e, ctx) => {
      const simple = (['stat', 'track', 'set', 'clear'] as const).filter((k) => e[k] !== undefined);
      const compound = e.after !== undefined || e.chance !== undefined || e.when !== undefined;
      if (simple.length + (compound ? 1 : 0) !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'an effect is one of: {stat, add}, {track, to}, {set}, {clear}, or {after, chance or when, with then}',
        });
        return;
      }
      if (e.when !== undefined && e.chance !== undefined)
        ctx.addIssue({ code: 'custom', message: 'an effect takes "when" or "chance", not both; nest one inside the other' });
      if (e.stat !== undefined && e.add === undefined) ctx.addIssue({ code: 'custom', message: '"stat" needs "add"' });
      if (e.track !== undefined && e.to === undefined) ctx.addIssue({ code: 'custom', message: '"track" needs "to"' });
      if (compound && e.then === undefined) ctx.addIssue({ code: 'custom', message: '"after", "chance" and "when" need "then"' });
      if (compound && e.id === undefined)
        ctx.addIssue({ code: 'custom', message: 'a delayed or uncertain effect needs an "id" (its text id and log name)' });
      if (!compound && (e.then || e.else || e.news || e.elseNews))
        ctx.addIssue({ code: 'custom', message: '"then", "else", "news" belong with "after", "chance" or "when"' });
      if (e.else !== undefined && e.chance === undefined && e.when === undefined)
        ctx.addIssue({ code: 'custom', message: '"else" needs "chance" or "when"' });
    }),
);

const SourceRefs = z.array(z.string().min(1)).min(1);

const HistorySchema = z.strictObject({
  choice: id.optional(),
  /** "record": what Tehran did; "claim": the choice closest to a report that is denied or unconfirmed. */
  choiceIs: z.enum(['record', 'claim']).optional(),
  text,
  sources: SourceRefs,
});

const ChoiceSchema = z.strictObject({
  id,
  label: text,
  detail: text.optional(),
  requires: ConditionSchema.optional(),
  effects: z.array(EffectSchema).default([]),
  outcome: text,
});

/** A state a text takes for granted: the track is (or is not) in one of these states, or a flag is (not) set. */
const AssumptionSchema = z.union([
  z.strictObject({ track: id, is: z.union([id, z.array(id).min(1)]) }),
  z.strictObject({ track: id, not: z.union([id, z.array(id).min(1)]) }),
  z.strictObject({ flag: id }),
  z.strictObject({ notFlag: id }),
  z.strictObject({ played: id }),
  z.strictObject({ notPlayed: id }),
]);
const Assumes = z.array(AssumptionSchema).min(1).optional();

/** A real quote: the exact words, who said them, when, and the source that gives them. */
const QuoteSchema = z.strictObject({ text, by: text, date: text, source: z.string().min(1) });

const PositionSchema = z.strictObject({ advisor: id, backs: id, argues: text, assumes: Assumes });

const CardSchema = z.strictObject({
  id,
  title: text,
  date: text,
  turns: z.strictObject({ from: turnNumber, to: turnNumber }),
  happened: HappenedSchema.default('none'),
  when: ConditionSchema.optional(),
  assumes: Assumes,
  quotes: z.array(QuoteSchema).min(1).optional(),
  weight: ranged(0.01, 10000).default(1),
  repeatable: z.boolean().default(false),
  situation: text,
  advisors: z.array(PositionSchema).default([]),
  choices: z.array(ChoiceSchema).min(2).max(4),
  history: HistorySchema,
});

const EndingSchema = z.strictObject({
  id,
  kind: z.enum(['crisis', 'collapse', 'verdict']),
  meter: z.enum(['west', 'russia', 'elites']).optional(),
  camp: id.optional(),
  when: ConditionSchema.optional(),
  title: text,
  text,
  history: z.strictObject({ text, sources: SourceRefs }),
});

const DifficultySchema = z.strictObject({
  id,
  name: text,
  description: text,
  start: z.record(z.string(), level).default({}),
  uncertainty: ranged(0, 3).default(1),
  tensionScale: ranged(0.1, 3).default(1),
  previews: z.boolean().default(false),
});

const MeterSchema = z.strictObject({ name: text, description: text, start: level.optional() });

export const ScenarioSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  version: ranged(1, 999999, true),
  language: z.string().default('en'),
  period: z.strictObject({
    start: month,
    turns: turnNumber,
    /** The month each turn opens, when turns are not one month each (the first is `start`). */
    months: z.array(month).optional(),
  }),
  intro: text,
  meters: z.strictObject({ west: MeterSchema, russia: MeterSchema, elites: MeterSchema }),
  camps: z.array(z.strictObject({ id, name: text, description: text, start: level })).length(2),
  indicators: z.array(z.strictObject({ id, name: text, description: text, start: level })).default([]),
  drift: z
    .array(z.strictObject({ id: id.optional(), stat: id, add: ranged(-20, 20, true), when: ConditionSchema.optional(), reason: text }))
    .default([]),
  tracks: z.array(
    z.strictObject({ id, name: text, start: id, states: z.array(z.strictObject({ id, name: text })).min(2) }),
  ),
  flags: z.array(z.strictObject({ id, description: text })).default([]),
  advisors: z.array(
    z.strictObject({ id, name: text, role: text, camp: z.union([id, z.literal('government')]), note: text.optional() }),
  ),
  sources: z
    .array(
      z.strictObject({
        id: safeId(),
        title: text,
        url: httpsUrl,
        publisher: text.optional(),
        date: text.optional(),
        /** Set when the page is a re-post or mirror and the original could not be found. */
        mirror: z.boolean().optional(),
      }),
    )
    .min(1),
  cards: z.array(CardSchema).min(1),
  endings: z.array(EndingSchema).min(1),
  difficulties: z.array(DifficultySchema).min(1),
});

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioData = EngineScenario;

// The schema's output must be exactly the engine's type: this fails to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_ENGINE: Same<z.output<typeof ScenarioSchema>, EngineScenario> = true;
