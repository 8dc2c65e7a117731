import type { CompiledScenario } from './compile.js';
import { contentHash } from './hash.js';
import type { GameState } from './types.js';

// One game, one record. Saves, replay files and codes, what-if branches, projector games and class hand-ins are
// all a GameRecord (plus, where needed, a small envelope of their own); play.ts plays one.

/** The record's shape; a record of another format is refused. */
export const RECORD_FORMAT = 2;
/** This engine. A record made by engine X plays here when MIN_COMPATIBLE_ENGINE ≤ X ≤ ENGINE_VERSION. */
export const ENGINE_VERSION = '2.0.0';
/** The oldest engine whose records this one plays identically (raise it when the rules' code changes results). */
export const MIN_COMPATIBLE_ENGINE = '2.0.0';

/** How a game was set up beyond its seed and difficulty. Presentation only: none of it changes a draw. */
export interface RecordSettings {
  /** Each choice's likely effect shown before deciding. */
  previews: boolean;
  /** Undo allowed (practice games only; a class link allows it only if the teacher says so). */
  practice?: boolean;
  /** The class code the game was started from. */
  class?: string;
  /** The student's name or initials, as they typed it (plain text). */
  student?: string;
  lang?: string;
  level?: string;
}

/** The settings a game runs with (the record's). */
export type GameSettings = RecordSettings;

/** One decision: the choice, and for a class vote the show of hands that decided it. */
export interface Decision {
  choice: string;
  votes?: Record<string, number>;
}

export interface GameRecord {
  format: typeof RECORD_FORMAT;
  engine: string;
  scenario: { id: string; version: number; rules: string };
  seed: string;
  difficulty: string;
  settings: RecordSettings;
  decisions: Decision[];
  /** What playing the record gives: present on a record handed over (file, code, hand-in), checked on load. */
  result?: RecordResult;
}

export interface RecordResult {
  turns: number;
  ending: string | null;
  /** Hash of the final state together with everything in the record the game depends on (settings included). */
  final: string;
}

/** A new game's record: no decisions yet. */
export function newRecord(cs: CompiledScenario, seed: string, difficulty: string, settings: RecordSettings): GameRecord {
  return {
    format: RECORD_FORMAT,
    engine: ENGINE_VERSION,
    scenario: { id: cs.data.id, version: cs.data.version, rules: cs.rules },
    seed,
    difficulty,
    settings: { ...settings },
    decisions: [],
  };
}

/** The decisions a game has made, in order. */
export function decisionsOf(game: GameState): Decision[] {
  const out: Decision[] = [];
  for (const r of game.log) if (r.choice !== null) out.push(r.votes ? { choice: r.choice, votes: { ...r.votes } } : { choice: r.choice });
  return out;
}

export function finalHash(game: GameState, record: Pick<GameRecord, 'engine' | 'settings'>): string {
  return contentHash({ game, settings: record.settings, engine: record.engine });
}

/** The record of a game as it stands, with its result: what a replay file or code holds. */
export function recordOf(game: GameState, settings: RecordSettings, engine: string = ENGINE_VERSION): GameRecord {
  const record: GameRecord = {
    format: RECORD_FORMAT,
    engine,
    scenario: { ...game.scenario },
    seed: game.seed,
    difficulty: game.difficulty,
    settings: { ...settings },
    decisions: decisionsOf(game),
  };
  record.result = { turns: game.turn, ending: game.ending?.id ?? null, final: finalHash(game, record) };
  return record;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export const isSemver = (v: string): boolean => SEMVER.test(v);

/** Compares two semantic versions (a pre-release sorts before its release); both must be valid. */
export function compareSemver(a: string, b: string): number {
  const pa = SEMVER.exec(a)!;
  const pb = SEMVER.exec(b)!;
  for (let i = 1; i <= 3; i++) if (Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) - Number(pb[i]);
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === undefined) return 1;
  if (pb[4] === undefined) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}
