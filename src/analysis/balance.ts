import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import { playThroughMachine, runSeed } from './simulate.js';
import { STRATEGIES, type StrategyName } from './strategies.js';
import { summarize, type SimulationSummary } from './summary.js';
import { balancedEndingsOf } from './scenario-shape.js';

// The balance bounds every shipped scenario must meet, measured by the simulator.

export interface BalanceCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface BalanceReport {
  scenario: string;
  difficulty: string;
  runs: number;
  balancedEnding: string;
  byStrategy: Record<StrategyName, SimulationSummary>;
  checks: BalanceCheck[];
}

const FIXED: StrategyName[] = ['west', 'russia', 'hardline'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The verdict that rewards keeping every side in play: the first that caps all three tensions. */
export function balancedEndingOf(s: ScenarioData): string {
  return balancedEndingsOf(s)[0] ?? '';
}

export function balanceReport(s: ScenarioData, runs: number, seed = 'balance', difficulty = 'standard'): BalanceReport {
  const cs = compileScenario(s);
  const byStrategy = {} as Record<StrategyName, SimulationSummary>;
  for (const strategy of STRATEGIES) {
    const games = Array.from({ length: runs }, (_, i) => playThroughMachine(s, runSeed(seed, i), difficulty, strategy));
    byStrategy[strategy] = summarize(cs, games);
  }
  const balanced = balancedEndingOf(s);
  const rate = (st: StrategyName) => (byStrategy[st].endings[balanced] ?? 0) / runs;
  const unreached = s.endings.map((e) => e.id).filter((id) => STRATEGIES.every((st) => !byStrategy[st].endings[id]));
  const worstFixed = FIXED.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  const random = byStrategy.random;
  const checks: BalanceCheck[] = [
    { name: 'a balanced verdict exists', ok: balanced !== '', detail: balanced || 'no verdict ending caps all three tensions' },
    { name: 'every ending is reached by some strategy', ok: unreached.length === 0, detail: unreached.length ? `never reached: ${unreached.join(', ')}` : `all ${s.endings.length} reached` },
    { name: 'no fixed strategy reaches the balanced verdict in more than 15% of games', ok: rate(worstFixed) <= 0.15, detail: `highest: ${worstFixed} ${pct(rate(worstFixed))}` },
    { name: 'a random player reaches the end in 20–60% of games', ok: random.reachedEnd >= 0.2 && random.reachedEnd <= 0.6, detail: pct(random.reachedEnd) },
    { name: 'the median random game lasts at least 10 turns', ok: random.medianTurns >= 10, detail: `${random.medianTurns} turns` },
    {
      name: 'the balanced strategy reaches the balanced verdict at least twice as often as random',
      ok: rate('balanced') >= 2 * rate('random') && rate('balanced') > 0,
      detail: `${pct(rate('balanced'))} vs ${pct(rate('random'))}`,
    },
  ];
  return { scenario: s.id, difficulty, runs, balancedEnding: balanced, byStrategy, checks };
}
