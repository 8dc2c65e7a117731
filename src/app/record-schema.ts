import { z } from 'zod';
import { RECORD_FORMAT, type GameRecord } from '../engine';

// zod compiles fast parsers with `new Function` unless told not to; both pages forbid eval (their CSP).
z.config({ jitless: true });

// The shape of a record read from outside (a file, a code, a save, a hand-in). Strict: an unknown field is
// refused, so that nothing can ride along unverified.

const text = (max: number) => z.string().max(max);

export const SettingsSchema = z.strictObject({
  previews: z.boolean(),
  practice: z.boolean().optional(),
  class: text(80).optional(),
  student: text(80).optional(),
  lang: text(16).optional(),
  level: text(16).optional(),
});

const VotesSchema = z.record(z.string().max(64), z.number().int().min(0).max(10_000));

export const DecisionSchema = z.strictObject({ choice: text(64), votes: VotesSchema.optional() });

export const RecordSchema = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  engine: text(64),
  scenario: z.strictObject({ id: text(64), version: z.number().int().min(1), rules: text(32) }),
  seed: text(200),
  difficulty: text(64),
  settings: SettingsSchema,
  decisions: z.array(DecisionSchema).max(500),
  result: z.strictObject({ turns: z.number().int().min(1).max(500), ending: text(64).nullable(), final: text(32) }).optional(),
}) satisfies z.ZodType<GameRecord>;

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
  const parsed = RecordSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data as GameRecord };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  if (issue.code === 'too_big') return { ok: false, kind: 'oversized', message: `This game record is larger than any game${where}.` };
  const what = issue.code === 'unrecognized_keys' ? `it holds fields a game record does not have: ${issue.keys.join(', ')}` : `a field is missing or has the wrong kind of value${where}`;
  return { ok: false, kind: 'malformed', message: `This is not a complete Suspicious Bind game record: ${what}.` };
}
