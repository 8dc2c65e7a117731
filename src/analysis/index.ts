// Services on the engine: scripted strategies, simulation, balance, what-if and the class report.
export { STRATEGIES, chooseFor, strategyState, type StrategyName } from './strategies.js';
export { playThroughMachine, playThroughRules, runSeed } from './simulate.js';
export { summarize, type SimulationSummary, type StatSummary } from './summary.js';
export { balanceReport, balancedEndingOf, type BalanceReport, type BalanceCheck } from './balance.js';
export { classReport, classReportOf, classScenarioId, submissionScenarioId, mostNamedScenario, type ClassReport, type Submission, type CardReport, type Spread } from './class-report.js';
export { branchAt, branchDecisions, cardsDivergeAt, whatIf, type WhatIfResult, type Continuation } from './what-if.js';
export { balancedEndingsOf, collapseStats } from './scenario-shape.js';
export { settingsOf, settingDifferences, verifyOne, summaryOf, type Group, type IncludeOptions, type Placed, type GameSummary } from './class-groups.js';
export type { StudentRow, ClassReportOptions } from './class-report.js';
export {
  analyseGame, analyseDecision, analysisOf, decisionOdds, tallyGame, mergeGameTallies, statesAtDecisions, AnalysisError, MAX_FUTURES, DEFAULT_POLICY, DEFAULT_FUTURES,
  type GameAnalysis, type DecisionOdds, type OptionOdds, type GameTally, type AnalysisOptions, type Interval, type ContinuationPolicy,
} from './decision-analysis.js';
export { CONTINUATION_POLICIES, futureSeed, type DecisionTally, type OptionFutures } from './decision-analysis-futures.js';
export { shareInterval, meanInterval, type OptionTally } from './decision-analysis-stats.js';
export { describeSwing, describeOption, modelCaveat, percent } from './decision-analysis-words.js';
export { classAnalysis, classAnalysisOf, classWeight, type ClassAnalysis, type ClassCardOdds, type ClassOptionOdds } from './decision-analysis-class.js';
