// What the three fronts (game, teacher page, CLI) share: wording, the danger-zone rule, class codes, CSV.
export { statName, cardTitle, choiceLabel, effectNews, driftReason, causeText, newsText } from './describe.js';
export { gameCsv, csvLine } from './export.js';
export { encodeClassCode, decodeClassCode, classLinkQuery, scenarioKey, type ClassSettings, type CodeScenario } from './class-code.js';
export { DANGER_FROM, dangerZones, inDanger, inZone, type Zone } from './danger.js';
