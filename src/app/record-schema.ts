import * as z from 'zod/mini';
import { RECORD_FORMAT, type GameRecord } from '../engine';
import { once } from './once.js';
import { LANGS, LEVELS } from './text-variant.js';

// zod compiles fast parsers with `new Function` unless told not to; both pages forbid eval (their CSP).
z.config({ jitless: true });

// The shape of a record read from outside (a file, a code, a save, a hand-in). Strict: an unknown field is
// refused, so that nothing can ride along unverified. zod/mini keeps this out of the game page's budget. The
// schemas are made when first used (a game started from a link reads no record): ~6 ms of the page's start.

const text = (max: number) => z.string().check(z.maxLength(max));
const whole = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

export const settingsSchema = once(() =>
  z.strictObject({
    previews: z.boolean(),
    practice: z.optional(z.boolean()),
    class: z.optional(text(80)),
    student: z.optional(text(80)),
    /** The language and reading level the game was shown in: presentation only, but only those this game has. */
    lang: z.optional(z.enum(LANGS)),
    level: z.optional(z.enum(LEVELS)),
  }),
);

/** Words for a language or reading level this game does not have, or null when the settings name none such. */
export function unknownVariant(settings: unknown): string | null {
  if (settings === null || typeof settings !== 'object') return null;
  const { lang, level } = settings as { lang?: unknown; level?: unknown };
  const shown = (v: unknown) => (typeof v === 'string' ? `"${v.slice(0, 16)}"` : 'a value that is not a text');
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang)) return `it was shown in a language this game does not have (${shown(lang)}; this game has ${LANGS.join(', ')})`;
  if (level !== undefined && !(LEVELS as readonly unknown[]).includes(level)) return `it names a reading level this game does not have (${shown(level)}; there are ${LEVELS.join(', ')})`;
  return null;
}

export const recordSchema = once(() => {
  const votes = z.record(text(64), whole(0, 10_000));
  const decision = z.strictObject({ choice: text(64), votes: z.optional(votes) });
  return z.strictObject({
    format: z.literal(RECORD_FORMAT),
    engine: text(64),
    scenario: z.strictObject({ id: text(64), version: whole(1, 1_000_000), rules: text(32) }),
    seed: text(200),
    difficulty: text(64),
    settings: settingsSchema(),
    decisions: z.array(decision).check(z.maxLength(500)),
    result: z.optional(z.strictObject({ turns: whole(1, 500), ending: z.nullable(text(64)), final: text(32) })),
  }) satisfies z.ZodMiniType<GameRecord>;
});

export type ShapeResult = { ok: true; record: GameRecord } | { ok: false; kind: 'malformed' | 'version' | 'oversized'; message: string };

/** Reads an untrusted value as a record, saying in words what is wrong with it. */
export function parseRecord(value: unknown): ShapeResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, kind: 'malformed', message: 'This is not a Suspicious Bind game record.' };
  const format = (value as { format?: unknown }).format;
  if (typeof format === 'number' && format !== RECORD_FORMAT)
    return {
      ok: false,
      kind: 'version',
      message: format < RECORD_FORMAT ? `This replay was made with an earlier version of the game (format ${format}); this version reads format ${RECORD_FORMAT}.` : `This replay was made with a newer version of the game (format ${format}).`,
    };
  const parsed = recordSchema().safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data as GameRecord };
  const variant = unknownVariant((value as { settings?: unknown }).settings);
  if (variant) return { ok: false, kind: 'malformed', message: `This game record cannot be read here: ${variant}.` };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  if (issue.code === 'too_big') return { ok: false, kind: 'oversized', message: `This game record is larger than any game${where}.` };
  const what = issue.code === 'unrecognized_keys' ? `it holds fields a game record does not have: ${issue.keys.join(', ')}` : `a field is missing or has the wrong kind of value${where}`;
  return { ok: false, kind: 'malformed', message: `This is not a complete Suspicious Bind game record: ${what}.` };
}
