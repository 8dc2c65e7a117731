// What the three fronts (game, teacher page, CLI) share: wording, the danger-zone rule, class codes, CSV, and
// reading and writing game records.
export { statName, cardTitle, choiceLabel, effectNews, driftReason, causeText, newsText } from './describe.js';
export { gameCsv, csvLine, csvFile, gradebookCsv, choicesCsv, CSV_BOM } from './export.js';
export { encodeClassCode, decodeClassCode, classLinkQuery, scenarioKey, type ClassSettings, type CodeScenario } from './class-code.js';
export { DANGER_FROM, dangerZones, inDanger, inZone, type Zone } from './danger.js';
export { SEED_PATTERN, isValidSeed, newSeed, defaultDifficulty, defaultScenario, isTension, monthName, formatNumber, localDigits, asciiDigits, solarHijriSpan } from './defaults.js';
export { once } from './once.js';
export { parseRecord, recordSchema, settingsSchema, type ShapeResult } from './record-schema.js';
export { encodeRecordCode, readRecordCode, codeScenarioId, type FindScenario } from './record-code.js';
export { verifyRecordValue, verifyRecordText, verifyAny, readReplayText, recordJson, recordFileName } from './record-io.js';
export { parseClassRef, classLine, linkVariant, type ClassDecode } from './class-code.js';
export { parseHandInText, parsePastedCodes, nameFromFileName, MAX_INPUT_BYTES, type HandIn, type HandInResult } from './hand-in.js';
export { readHandInFile, binaryKind, notReplayFileMessage, fileTooLargeMessage, IMAGE_KINDS, type BinaryKind, type FileResult } from './hand-in-files.js';
export { tallyHandIns, handInSummary, groupSummary, type HandInTally } from './hand-in-summary.js';
export { studentFileName, recordedStudent } from './file-name.js';
export { keyDecisions, discussionQuestions, type KeyDecision } from './debrief-sheet.js';
export { LANGS, LEVELS, DEFAULT_VARIANT, isLang, isLevel, readVariant, overlayNames, type Lang, type Level, type TextVariant } from './text-variant.js';
export { classProblemEn, classProblemFa, type ClassProblem } from './class-problems.js';
export { SHARP_FROM, MARKS, previewMarks, previewArrows, previewItem, previewLine, type PreviewMark, type MarkWords } from './preview.js';
export { conditionText, conditionLines, type RulesWords, type ConditionLine, type ConditionView } from './conditions.js';
export { endingWhy, endingCauseLine, type OutcomeWords, type EndingWhy } from './ending-why.js';
export { outcomeEn } from './outcome-words-en.js';
