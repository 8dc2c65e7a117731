// The engine's public surface: the view, the CLI and the tests import from here.
export * from './types.js';
export { compileScenario, monthOfTurn, type CompiledScenario } from './compile.js';
export { gameMachine, createGameActor, restoreGameActor, type GameMachine, type GameSnapshot, type GameActor, type GameInput, type GameEvent, type GameContext } from './machine.js';
export { newGame, decide, isChoiceOpen, openChoices, eligibleCards, RuleError } from './turn.js';
export { holds } from './conditions.js';
export { statName, cardTitle, choiceLabel, effectNews, driftReason, causeText, newsText } from './describe.js';
export { outlook, type StatOutlook } from './preview.js';
export { STRATEGIES, chooseFor, strategyState, type StrategyName } from './strategies.js';
export { playThroughMachine, playThroughRules, runSeed } from './simulate.js';
export * from './replay.js';
export { canonicalJson, contentHash, hashString } from './hash.js';
export { seedFromNumber } from './rng.js';
export { summarize, type SimulationSummary, type StatSummary } from './summary.js';
export { balanceReport, balancedEndingOf, type BalanceReport, type BalanceCheck } from './balance.js';
export { classReport, classScenarioId, type ClassReport, type Submission, type CardReport, type Spread } from './class-report.js';
export { gameCsv, csvLine } from './export.js';
export { majorityChoice, votesAreValid, type Votes } from './votes.js';
export { branchAt, finishGame, whatIf, type WhatIfResult, type Continuation } from './what-if.js';
