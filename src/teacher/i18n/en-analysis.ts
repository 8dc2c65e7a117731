import type { ContinuationPolicy } from '../../analysis/decision-analysis-futures';
import type { Interval } from '../../analysis/decision-analysis-stats';
import { describeOption, describeSwing, modelCaveat, percent } from '../../analysis/decision-analysis-words';

// The teacher page's words for decision analysis (the viewer's tab and the class report's part). Its type
// (TeacherAnalysisCatalog) is the contract for translations (fa-analysis.ts). The sentences about one game's odds
// are the CLI's own (src/analysis/decision-analysis-words.ts); a translation words them itself.

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
/** "38–46%": an interval of shares in whole percentage points. */
const range = (x: Interval) => `${Math.round(x.lo * 100)}\u2013${Math.round(x.hi * 100)}%`;

export const analysisEn = {
  tab: 'Decision analysis',
  heading: 'Decision analysis',
  intro: 'Which decisions mattered in this game: for each one, every option\u2019s chance of each ending, over many futures of the game played on from that decision with the same seed.',
  policy: 'Later choices in the futures',
  policies: {
    'as-played': { label: 'As the student played', detail: 'The student\u2019s own later choices where they are still open; random otherwise.' },
    random: { label: 'At random', detail: 'Every later choice made at random.' },
    balanced: { label: 'Balanced bot', detail: 'Every later choice made by the game\u2019s balanced bot.' },
  } as Record<ContinuationPolicy, { label: string; detail: string }>,
  futures: 'Futures per option',
  futuresLabel: (k: number) => k.toLocaleString('en'),
  futuresHelp: 'More futures give narrower intervals and take longer.',
  run: 'Run the analysis',
  cancel: 'Cancel',
  progress: 'Analysis progress',
  running: (pct: number) => `Analysing\u2026 ${pct}%`,
  done: (futures: number, seconds: number) => `Done: ${plural(futures, 'future')} in ${seconds.toFixed(1)} s.`,
  cancelled: 'Cancelled. Run it again when you like.',
  failed: (why: string) => `The analysis could not run: ${why}`,
  timeline: 'The decisions, by how much they moved the odds',
  timelineHelp: 'For each decision, how far its options moved the chance of the ending this game reached and of a balanced verdict: the best option minus the worst, in percentage points. \u2605 marks the decisions that mattered most. Open one to see every option.',
  reachedKey: (ending: string) => `Ending reached (\u201C${ending}\u201D)`,
  balancedKey: 'Balanced verdict',
  points: (share: number) => `${Math.round(share * 100)}`,
  flagged: 'Mattered most',
  decisionButton: (turn: number, card: string, reached: number, balanced: number, flagged: boolean) =>
    `Turn ${turn}, ${card}: the options moved the odds of the ending reached by ${Math.round(reached * 100)} points and of a balanced verdict by ${Math.round(balanced * 100)} points.${flagged ? ' One of the decisions that mattered most.' : ''}`,
  turnShort: (n: number) => `T${n}`,
  entry: (turn: number, month: string, card: string) => `Turn ${turn} \u00B7 ${month} \u2014 ${card}`,
  colOption: 'Option',
  colOdds: 'Chance of each ending',
  colReached: 'Ending reached',
  colBalanced: 'Balanced verdict',
  made: 'the choice made',
  notOpen: 'not open at this point',
  share: (x: Interval) => `${percent(x.mean)} (${range(x)})`,
  legend: 'Endings in the bars',
  kinds: { crisis: 'crisis', collapse: 'collapse', verdict: 'verdict' } as Record<string, string>,
  legendItem: (title: string, kind: string) => `${title} (${kind})`,
  noDecisions: 'This game ended before any decision: there is nothing to analyse.',
  /** "42%" (and "<1%"). */
  percent,
  caveat: modelCaveat,
  swing: describeSwing,
  option: describeOption,

  classHeading: 'Decision analysis of the class',
  classIntro:
    'For each card the class met: what the students chose, beside what each option did to the odds, pooled over every game that met the card (each game\u2019s futures played from its own position there).',
  classRun: (n: number) => `Analyse the class\u2019s ${plural(n, 'game')}`,
  classMost: (card: string) => `The decision that mattered most for this class: ${card}.`,
  classNone: 'No decision moved the odds more than the others.',
  classSeen: (n: number) => plural(n, 'decision'),
  classSwing: (balanced: number, reached: number) => `The options moved the chance of a balanced verdict by ${Math.round(balanced * 100)} points, and of each game\u2019s own ending by ${Math.round(reached * 100)} on average.`,
  colChose: 'The class chose',
  chose: (n: number, of: number) => `${n} of ${of}`,
  classOption: (label: string, chosen: number, seen: number, open: boolean, balanced: Interval, futures: number, endings: { title: string; share: number }[]) =>
    open
      ? `\u201C${label}\u201D: chosen in ${chosen} of ${seen}; a balanced verdict in ${percent(balanced.mean)} of ${plural(futures, 'future')} (${range(balanced)}); ${endings.map((e) => `${e.title} ${percent(e.share)}`).join(', ')}.`
      : `\u201C${label}\u201D: chosen in ${chosen} of ${seen}; never open in these games.`,
  skipped: (n: number) => `${plural(n, 'game')} could not be analysed and ${n === 1 ? 'is' : 'are'} left out:`,
  classGames: (n: number) => `Analysed ${plural(n, 'game')}.`,
  moreCards: (n: number) => `The other ${plural(n, 'card')}, by how much they mattered`,
};

export type TeacherAnalysisCatalog = typeof analysisEn;
