import { checkPlayed, compatibility, compileScenario, hashString, playOut, RECORD_FORMAT, type Decision, type GameRecord, type GameState, type Verified } from '../engine';
import type { ScenarioData } from '../scenario/types.js';
import { settingsSchema, unknownVariant } from './record-schema.js';

// A record as a short, URL-safe code: `SB2.<base64url of the fields>.<checksum>`. Choices are written as their
// positions on each card, so a code holds one character a decision.

const PREFIX = 'SB2';
const MAX_CODE_LENGTH = 20_000;

export type FindScenario = (id: string) => ScenarioData | undefined;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The code for a record, given the game it plays to (its log tells which card each decision answered). */
export function encodeRecordCode(record: GameRecord, game: GameState, scenario: ScenarioData): string {
  const cs = compileScenario(scenario);
  const decided = game.log.filter((r) => r.card && r.choice);
  const indices = decided.map((r) => cs.cardById.get(r.card!)!.choices.findIndex((c) => c.id === r.choice)).join('');
  const votes = record.decisions.some((d) => d.votes) ? record.decisions.map((d) => d.votes ?? null) : null;
  const result = record.result ?? { turns: game.turn, ending: game.ending?.id ?? null, final: '' };
  const fields = [record.engine, record.scenario.id, record.scenario.version, record.scenario.rules, record.seed, record.difficulty, indices, record.settings, votes, result.turns, result.ending ?? '', result.final];
  const body = toBase64Url(JSON.stringify(fields));
  return `${PREFIX}.${body}.${hashString(body).slice(0, 6)}`;
}

const refuse = (kind: Extract<Verified, { ok: false }>['kind'], message: string): Verified => ({ ok: false, kind, message });

type Fields = [string, string, number, string, string, string, string, unknown, (Record<string, number> | null)[] | null, number, string, string];

function readFields(code: string): Fields | Verified {
  const trimmed = code.trim();
  if (trimmed.length > MAX_CODE_LENGTH) return refuse('oversized', `This code is ${trimmed.length} characters long, far longer than any replay code.`);
  const parts = trimmed.split('.');
  if (parts[0] === 'SB1') return refuse('version', 'This replay code was made with an earlier version of the game (SB1 codes); this version reads SB2 codes.');
  if (parts[0] !== PREFIX) return refuse('malformed', `This is not a Suspicious Bind replay code (they start with "${PREFIX}.").`);
  if (parts.length < 3 || parts[2]!.length < 6) return refuse('truncated', 'This replay code is cut short: its end is missing.');
  if (parts.length > 3 || hashString(parts[1]!).slice(0, 6) !== parts[2]) return refuse('tampered', 'This replay code was altered or mistyped: its checksum does not match.');
  const json = fromBase64Url(parts[1]!);
  let fields: unknown = null;
  try {
    fields = json === null ? null : JSON.parse(json);
  } catch {
    fields = null;
  }
  const ok =
    Array.isArray(fields) &&
    fields.length === 12 &&
    [0, 1, 3, 4, 5, 6, 10, 11].every((i) => typeof fields[i] === 'string') &&
    typeof fields[2] === 'number' &&
    typeof fields[9] === 'number' &&
    /^[0-3]*$/.test(fields[6] as string) &&
    (fields[8] === null || (Array.isArray(fields[8]) && fields[8].length === (fields[6] as string).length));
  return ok ? (fields as Fields) : refuse('malformed', 'This replay code cannot be read.');
}

/** The scenario a code names, read without verifying it (null if it cannot be read). */
export function codeScenarioId(code: string): string | null {
  const fields = readFields(code);
  return Array.isArray(fields) ? fields[1] : null;
}

/** Reads and verifies a code in one play of the game: the record it holds and the game it gives, or why not. */
export function readRecordCode(code: string, findScenario: FindScenario): Verified {
  const fields = readFields(code);
  if (!Array.isArray(fields)) return fields;
  const [engine, id, version, rules, seed, difficulty, indices, rawSettings, votes, turns, ending, final] = fields;
  const settings = settingsSchema().safeParse(rawSettings);
  if (!settings.success) return refuse('malformed', `This replay code cannot be read: ${unknownVariant(rawSettings) ?? 'its settings are not a game\'s settings'}.`);
  const scenario = findScenario(id);
  if (!scenario) return refuse('unknown-scenario', `This replay is for the scenario "${id}", which this game does not have.`);
  const record: GameRecord = {
    format: RECORD_FORMAT, engine, scenario: { id, version, rules }, seed, difficulty, settings: settings.data, decisions: [],
    result: { turns, ending: ending || null, final },
  };
  const problem = compatibility(record, scenario);
  if (problem) return refuse(problem.kind, problem.message);
  const cs = compileScenario(scenario);
  let i = 0;
  const next = (game: GameState): Decision | null => {
    if (i >= indices.length) return null;
    const choice = cs.cardById.get(game.card!)?.choices[Number(indices[i])]?.id ?? `#${indices[i]}`;
    const vote = votes?.[i] ?? undefined;
    i++;
    return vote ? { choice, votes: vote } : { choice };
  };
  const { game, decisions, refusedAt } = playOut(scenario, record, { next });
  if (!refusedAt && i < indices.length) return refuse('tampered', `This replay was altered: it lists decisions after the game ended on turn ${game.turn}.`);
  record.decisions = refusedAt ? [...decisions, { choice: refusedAt.choice }] : decisions;
  return checkPlayed(record, game, refusedAt);
}
