// The engine's public surface: the rules, the machine, the record and its replays, randomness and hashing.
export * from './types.js';
export { compileScenario, turnMonth, type CompiledScenario } from './compile.js';
export { gameMachine, createGameActor, restoreGameActor, type GameMachine, type GameSnapshot, type GameActor, type GameInput, type GameEvent, type GameContext } from './machine.js';
export { newGame, decide, isChoiceOpen, openChoices, eligibleCards, RuleError } from './turn.js';
export { holds } from './conditions.js';
export { outlook, type StatOutlook } from './preview.js';
export * from './replay.js';
export { canonicalJson, contentHash, hashString } from './hash.js';
export { seedFromNumber } from './rng.js';
export { majorityChoice, votesAreValid, type Votes } from './votes.js';
export { forecastNextMonth, type Forecast, type DueEffect, type StatDelta } from './forecast.js';
