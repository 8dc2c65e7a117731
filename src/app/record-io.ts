import { verifyRecord, type GameRecord, type RefusalKind, type Verified } from '../engine';
import { readRecordCode, type FindScenario } from './record-code.js';
import { parseRecord } from './record-schema.js';
import { studentFileName } from './file-name.js';

// Reading what a player or student hands over: a record file's JSON or a replay code, verified by one play.

/** Verifies a record given as an object (untrusted JSON) against the scenarios at hand. */
export function verifyRecordValue(value: unknown, findScenario: FindScenario): Verified {
  const shape = parseRecord(value);
  if (!shape.ok) return { ok: false, kind: shape.kind, message: shape.message };
  const scenario = findScenario(shape.record.scenario.id);
  if (!scenario) return { ok: false, kind: 'unknown-scenario', message: `This replay is for the scenario "${shape.record.scenario.id}", which this game does not have.` };
  return verifyRecord(shape.record, scenario);
}

/** A file's or a paste's text: a record's JSON, or a replay code. */
export function verifyRecordText(text: string, findScenario: FindScenario): Verified {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, kind: 'malformed', message: 'This file is empty.' };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return { ok: false, kind: 'truncated', message: 'This replay file is cut short or damaged: it is not complete JSON.' };
    }
    return verifyRecordValue(value, findScenario);
  }
  return readRecordCode(trimmed, findScenario);
}

/**
 * Reads what a student hands in: a record file's JSON (parsed, not yet verified), or a replay code (a file or
 * pasted text holding one). A cut-off or damaged JSON file is refused here, saying so.
 */
export function readReplayText(text: string): { replay: unknown } | { refusal: { kind: RefusalKind; message: string } } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { refusal: { kind: 'malformed', message: 'This file is empty.' } };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { replay: JSON.parse(trimmed) };
    } catch {
      return { refusal: { kind: 'truncated', message: 'This replay file is cut short or damaged: it is not complete JSON.' } };
    }
  }
  return { replay: trimmed };
}

/** Verifies a hand-in read by readReplayText: a record object or a code. */
export const verifyAny = (replay: unknown, findScenario: FindScenario): Verified =>
  typeof replay === 'string' ? readRecordCode(replay, findScenario) : verifyRecordValue(replay, findScenario);

/** A record as a file's text (pretty JSON, stable field order). */
export const recordJson = (record: GameRecord): string => `${JSON.stringify(record, null, 2)}\n`;

/** A file name that keeps students' downloads apart: `<name>-<scenario>-<seed>.json`. */
export const recordFileName = (record: GameRecord): string => studentFileName(record.settings.student, record.scenario.id, record.seed, 'json');
