import type { ScenarioData } from '../scenario/types.js';
import type { ContinuationPolicy } from './decision-analysis-futures.js';
import type { DecisionOdds, GameAnalysis, OptionOdds } from './decision-analysis.js';
import type { Interval } from './decision-analysis-stats.js';

// The words of decision analysis, shared by the CLI and the pages so that both say the same thing: the odds as
// shares with their interval, and always what model made them.

const POLICY_WORDS: Record<ContinuationPolicy, string> = {
  random: 'random policy (later choices made at random)',
  balanced: "balanced policy (later choices made by the game's balanced bot)",
  'as-played': "as-played policy (the student's own later choices where still open, random otherwise)",
};

/** "42%", or "<1%" for a share that is not quite zero. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? '<1%' : `${p}%`;
}

/** Half the width of an interval, in percentage points (at least 1). */
const plusMinus = (...xs: Interval[]) => Math.max(1, Math.round(Math.max(...xs.map((x) => (x.hi - x.lo) / 2)) * 100));

/** The one-line caveat every view of an analysis shows. */
export function modelCaveat(a: Pick<GameAnalysis, 'policy' | 'futures'>): string {
  return `These are the game's odds under the ${POLICY_WORDS[a.policy]}, from ${a.futures} futures per choice with 95% intervals: not history's.`;
}

const choiceLabel = (s: ScenarioData, card: string, choice: string) => s.cards.find((c) => c.id === card)?.choices.find((c) => c.id === choice)?.label ?? choice;
const endingTitle = (s: ScenarioData, id: string) => s.endings.find((e) => e.id === id)?.title ?? id;

/**
 * What the choice made did to the chance of the ending reached ('reached') or of a balanced verdict, against the
 * open option that differs most: "Against “Talk”, this choice cut the chance of a balanced verdict from 42% to 18% (±3)."
 */
export function describeSwing(s: ScenarioData, a: GameAnalysis, index: number, target: 'reached' | 'balanced'): string {
  const d = a.decisions.find((x) => x.index === index);
  if (!d) return '';
  const of = (o: OptionOdds) => (target === 'reached' ? o.reached : o.balanced);
  const made = d.options.find((o) => o.played)!;
  const others = d.options.filter((o) => o.open && !o.played);
  if (!others.length) return 'No other choice was open here.';
  const alt = others.reduce((x, y) => (Math.abs(of(y).mean - of(made).mean) > Math.abs(of(x).mean - of(made).mean) ? y : x));
  const what = target === 'balanced' ? 'a balanced verdict' : `“${endingTitle(s, a.reachedEnding)}”`;
  const pm = plusMinus(of(made), of(alt));
  if (percent(of(made).mean) === percent(of(alt).mean)) return `This choice made no clear difference to the chance of ${what} (${percent(of(made).mean)}, ±${pm}).`;
  const verb = of(made).mean < of(alt).mean ? 'cut' : 'raised';
  return `Against “${choiceLabel(s, d.card, alt.choice)}”, this choice ${verb} the chance of ${what} from ${percent(of(alt).mean)} to ${percent(of(made).mean)} (±${pm}).`;
}

/** One option's odds in words, for screen readers and the terminal: its balanced share, then each ending it leads to. */
export function describeOption(s: ScenarioData, d: Pick<DecisionOdds, 'card'>, o: OptionOdds): string {
  const label = `“${choiceLabel(s, d.card, o.choice)}”${o.played ? ' (the choice made)' : ''}`;
  if (!o.open) return `${label}: not open here.`;
  const endings = Object.entries(o.endings)
    .filter(([, x]) => x.mean > 0)
    .sort((x, y) => y[1].mean - x[1].mean)
    .map(([id, x]) => `${endingTitle(s, id)} ${percent(x.mean)}`);
  return `${label}: a balanced verdict in ${percent(o.balanced.mean)} of ${o.futures} futures (${percent(o.balanced.lo)}–${percent(o.balanced.hi)}); ${endings.join(', ')}.`;
}
