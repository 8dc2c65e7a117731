// What the three fronts (game, teacher page, CLI) share: wording, the danger-zone rule, class codes, CSV, and
// reading and writing game records.
export { statName, cardTitle, choiceLabel, effectNews, driftReason, causeText, newsText } from './describe.js';
export { gameCsv, csvLine } from './export.js';
export { encodeClassCode, decodeClassCode, classLinkQuery, scenarioKey, type ClassSettings } from './class-code.js';
export { DANGER_FROM, dangerZones, inDanger, inZone, type Zone } from './danger.js';
export { SEED_PATTERN, isValidSeed, newSeed, defaultDifficulty, defaultScenario, isTension, monthName } from './defaults.js';
export { parseRecord, RecordSchema, SettingsSchema, type ShapeResult } from './record-schema.js';
export { encodeRecordCode, readRecordCode, codeScenarioId, type FindScenario } from './record-code.js';
export { verifyRecordValue, verifyRecordText, verifyAny, readReplayText, recordJson, recordFileName } from './record-io.js';
