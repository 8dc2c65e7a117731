import { playOut, recordOf, type GameRecord, type GameState, type Verified } from '../../../src/engine';
import { encodeRecordCode, readRecordCode, verifyRecordValue } from '../../../src/app';
import type { ScenarioData } from '../../../src/scenario/types';

// The engine's record functions as the browser tests use them: a game's record and code, and their checks.

export const recordFor = (g: GameState, settings: GameRecord['settings'] = { previews: false }): GameRecord => recordOf(g, settings);

export const codeFor = (g: GameState, scenario: ScenarioData, settings?: GameRecord['settings']): string => encodeRecordCode(recordFor(g, settings), g, scenario);

export const verifyCode = (code: string, find: (id: string) => ScenarioData | undefined): Verified => readRecordCode(code, find);

export const verifyValue = (value: unknown, find: (id: string) => ScenarioData | undefined): Verified => verifyRecordValue(value, find);

/** The game that these choices give, from the start (previews off unless said). */
export function gameOf(scenario: ScenarioData, seed: string, difficulty: string, choices: readonly string[], settings: GameRecord['settings'] = { previews: false }) {
  return playOut(scenario, { seed, difficulty, settings, decisions: choices.map((choice) => ({ choice })) });
}

/** The code of a record (its game is played once to know which card each decision answered). */
export function codeOfRecord(record: GameRecord, scenario: ScenarioData): string {
  return encodeRecordCode(record, playOut(scenario, record).game, scenario);
}
