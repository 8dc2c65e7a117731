// The engine's public surface: the rules, the machine, the game record and play(), randomness and hashing.
export * from './types.js';
export { compileScenario, turnMonth, type CompiledScenario } from './compile.js';
export { trackState, tracksChart, buildTracksChart, type TracksChart, type TracksSnapshot } from './tracks-chart.js';
export { gameMachine, createGameActor, phaseOf, type GameMachine, type GameSnapshot, type GameActor, type GameInput, type GameEvent, type GameContext, type Phase } from './machine.js';
export { newGame, decide, applyChoice, openNextMonth, isChoiceOpen, openChoices, eligibleCards, RuleError } from './turn.js';
export { holds } from './conditions.js';
export { outlook, type StatOutlook } from './preview.js';
export * from './record.js';
export * from './play.js';
export { playRules, type RulesPlayOptions } from './play-rules.js';
export { rulesHash, rulesOf, useBuiltRulesHash } from './rules-hash.js';
export { canonicalJson, contentHash, hashString } from './hash.js';
export { seedFromNumber, scriptedRng, type RngState } from './rng.js';
export { majorityChoice, topChoices, votesAreValid, type Votes } from './votes.js';
export { forecastNextMonth, type Forecast, type DueEffect, type StatDelta } from './forecast.js';
