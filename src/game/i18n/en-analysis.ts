import type { ContinuationPolicy } from '../../analysis/decision-analysis-futures';
import type { Interval } from '../../analysis/decision-analysis-stats';
import { describeOption, describeSwing, modelCaveat, percent } from '../../analysis/decision-analysis-words';

// The words of the debrief's decision analysis; their types are the contract for translations (fa-analysis.ts).
// - enAnalysisEntry, in the catalog (en.ts): the debrief's way in, all the first turn carries;
// - enAnalysis, the screen's own words: they come with the analysis view's script (analysis-view/words.ts).
// The sentences about the odds are the CLI's own (src/analysis/decision-analysis-words.ts), so that the page and
// `suspicious-bind analyse` say the same thing; a translation words them itself.

/** "38–46": an interval of shares in whole percentage points (after its share: "42% (38–46)"). */
const range = (x: Interval) => `${Math.round(x.lo * 100)}\u2013${Math.round(x.hi * 100)}`;

export const enAnalysisEntry = {
  open: 'Decision analysis',
  openHelp: 'Which decisions mattered: for each one, what every option did to the odds of each ending, over many replays of the game from that point.',
  key: 'A',
  loadFailed: (why: string) => `The decision analysis could not be opened: ${why}`,
};

export type AnalysisEntryCatalog = typeof enAnalysisEntry;

export const enAnalysis = {
  heading: (ending: string) => `Decision analysis \u2014 ${ending}`,
  policy: 'Later choices',
  policies: { 'as-played': 'As you played', random: 'At random', balanced: 'Balanced bot' } as Record<ContinuationPolicy, string>,
  policyHelp: {
    'as-played': 'After the decision, your own later choices are kept where they are still open; the rest are made at random.',
    random: 'After the decision, every later choice is made at random.',
    balanced: "After the decision, the game's balanced bot makes every later choice.",
  } as Record<ContinuationPolicy, string>,
  futures: 'Futures per option',
  futuresHelp: 'More futures give narrower intervals and take longer.',
  futuresCount: (k: number) => String(k),
  futuresValue: (k: number) => `${k} futures per option`,
  progress: 'Analysis progress',
  running: (pct: number) => `Analysing\u2026 ${pct}%`,
  runningWords: (pct: number) => `Analysing: ${pct}% done.`,
  done: (futures: number, seconds: number) => `Done: ${futures.toLocaleString('en')} futures in ${seconds.toFixed(1)} s.`,
  cancel: 'Cancel',
  cancelled: 'Cancelled. Run it again when you like.',
  run: 'Run the analysis',
  failed: (why: string) => `The analysis could not run: ${why}`,
  timeline: 'Decisions',
  timelineHelp: 'How far each decision\u2019s options moved the odds: the highest option minus the lowest, in points.',
  stripHelp: 'Bars and numbers: how far the options moved each chance, in points.',
  reachedKey: (ending: string) => `Ending reached (\u201C${ending}\u201D)`,
  balancedKey: 'Balanced verdict',
  flaggedKey: 'Mattered most',
  turnShort: (n: number) => `T${n}`,
  points: (share: number) => String(Math.round(share * 100)),
  decisionButton: (turn: number, card: string, reached: number, balanced: number, flagged: boolean) =>
    `Turn ${turn}, ${card}: the options moved the odds of the ending reached by ${Math.round(reached * 100)} points and of a balanced verdict by ${Math.round(balanced * 100)} points.${flagged ? ' One of the decisions that mattered most.' : ''}`,
  doneWords: (turn: number, card: string) => `Analysis done. The decision that mattered most: turn ${turn}, ${card}.`,
  entry: (turn: number, month: string, title: string) => `Turn ${turn} \u00B7 ${month} \u2014 ${title}`,
  yourChoice: '\u25CF Your choice',
  notOpen: 'Not open at this point',
  numbered: (n: number, label: string) => `${n}. ${label}`,
  /** Under an option's bar: its chance of a balanced verdict, and of the ending this game reached. */
  balancedLine: (x: Interval) => `Balanced verdict: ${percent(x.mean)} (${range(x)})`,
  reachedLine: (x: Interval) => `Ending reached: ${percent(x.mean)} (${range(x)})`,
  legend: 'Endings',
  legendHere: 'Endings in these bars',
  kinds: { crisis: 'crisis', collapse: 'collapse', verdict: 'verdict' } as Record<string, string>,
  legendItem: (title: string, kind: string) => `${title} (${kind})`,
  about: 'About these odds',
  back: 'Back to the debrief',
  keysHint: '\u2190/\u2192 decision \u00B7 Tab: settings \u00B7 Esc: back',
  /** "42%" (and "<1%"). */
  percent,
  /** The model's caveat: the policy, K and the interval; the game's odds, not history's. */
  caveat: modelCaveat,
  /** What the choice made did to the chance of the ending reached or of a balanced verdict. */
  swing: describeSwing,
  /** One option's odds in words (screen readers). */
  option: describeOption,
};

export type AnalysisCatalog = typeof enAnalysis;
