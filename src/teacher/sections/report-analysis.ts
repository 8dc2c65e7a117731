import '../styles/analysis.css';
import type { ClassAnalysis } from '../../analysis/decision-analysis-class';
import { DEFAULT_POLICY } from '../../analysis/decision-analysis';
import { balancedEndingsOf } from '../../analysis/scenario-shape';
import { endingKeys, type EndingKey } from '../../app/analysis-endings';
import { runClassAnalysis, type AnalysisSettings } from '../../app/analysis-runner';
import { cardTitle, choiceLabel } from '../../app';
import type { GameRecord } from '../../engine';
import type { ScenarioData } from '../../scenario/types';
import { compiled } from '../data';
import { h } from '../../app/dom';
import { analysisWords as aw } from '../i18n/analysis';
import { endingLegend, oddsBar } from './analysis-bars';
import { runControl } from './analysis-run';

// The class report's decision analysis: every counted game analysed and pooled card by card (classAnalysis), each
// card with the class's choices beside each option's odds, most decisive first, and the decision that mattered most
// for this class. It runs when asked (a class is many games); the part is kept while the same games are counted,
// so that redrawing the report (another order, a group counted) keeps the result and any run in progress.

/** Pooled over many games, a hundred futures per option and game already gives narrow intervals. */
const CLASS_FUTURES = [100, 500] as const;
/** The most decisive cards shown open; the others one click away. */
const OPEN_CARDS = 5;

type Rec = Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>;

let kept: { key: string; el: HTMLElement; stop: () => void } | null = null;

function cardView(s: ScenarioData, c: ClassAnalysis, card: ClassAnalysis['cards'][number], keys: readonly EndingKey[]): HTMLElement {
  const cs = compiled(s);
  const title = (id: string) => cs.endingById.get(id)?.title ?? id;
  const rows = card.options.map((o) => {
    const label = choiceLabel(cs, card.card, o.choice);
    const endings = Object.entries(o.endings).filter(([, x]) => x.mean > 0).sort((a, b) => b[1].mean - a[1].mean).map(([id, x]) => ({ title: title(id), share: x.mean }));
    const words = h('span', { class: 'offscreen' }, aw.classOption(label, o.chosen, card.seen, o.open > 0, o.balanced, o.futures, endings));
    return h('tr', { class: o.open ? '' : 'closed', 'data-choice': o.choice },
      h('th', { scope: 'row' }, label),
      h('td', { class: 'num' }, aw.chose(o.chosen, card.seen)),
      o.open ? h('td', { class: 'odds-cell' }, oddsBar(keys, o.endings), words) : h('td', { colspan: '2' }, aw.notOpen, words),
      o.open ? h('td', { class: 'num' }, aw.share(o.balanced)) : null,
    );
  });
  return h('div', { class: `card-analysis${card.card === c.mostDecisive ? ' most' : ''}`, 'data-card': card.card },
    h('h4', null, cardTitle(cs, card.card), h('span', { class: 'muted' }, ` \u00B7 ${aw.classSeen(card.seen)}`)),
    h('p', { class: 'help' }, aw.classSwing(card.swingBalanced, card.swingReached)),
    h('table', { class: 'data analysis-options' },
      h('thead', null, h('tr', null, [aw.colOption, aw.colChose, aw.colOdds, aw.colBalanced].map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', null, rows),
    ),
  );
}

function resultView(s: ScenarioData, c: ClassAnalysis): HTMLElement {
  const keys = endingKeys(s, balancedEndingsOf(s));
  const card = (x: ClassAnalysis['cards'][number]) => cardView(s, c, x, keys);
  const more = c.cards.slice(OPEN_CARDS);
  return h('div', { class: 'analysis-result', 'data-testid': 'class-analysis-result' },
    h('p', { class: 'analysis-most', 'data-testid': 'class-most' }, h('strong', null, c.mostDecisive ? aw.classMost(cardTitle(compiled(s), c.mostDecisive)) : aw.classNone)),
    h('p', { class: 'help' }, aw.classGames(c.games)),
    c.skipped.length ? h('div', { class: 'notice' }, aw.skipped(c.skipped.length), h('ul', null, c.skipped.map((x) => h('li', null, x.message)))) : null,
    endingLegend(keys),
    c.cards.slice(0, OPEN_CARDS).map(card),
    more.length ? h('details', { class: 'analysis-more' }, h('summary', null, aw.moreCards(more.length)), more.map(card)) : null,
  );
}

/** The part for these counted games (kept across redraws of the same report). `records` is asked for at Run. */
export function classAnalysisPart(scenario: ScenarioData, key: string, games: number, records: () => Rec[]): HTMLElement {
  const full = `${scenario.id}\u0000${key}`;
  if (kept?.key === full) return kept.el;
  const result = h('div');
  const control = runControl<ClassAnalysis>({
    settings: { policy: DEFAULT_POLICY, futures: CLASS_FUTURES[0] } satisfies AnalysisSettings,
    futures: CLASS_FUTURES,
    runLabel: aw.classRun(games),
    rerunOnChange: false,
    start: (s, onFraction) => runClassAnalysis(scenario, records(), s, onFraction),
    onResult: (c) => result.replaceChildren(...(c ? [resultView(scenario, c)] : [])),
    futuresIn: (c) => c.cards.reduce((n, d) => n + d.options.reduce((m, o) => m + o.futures, 0), 0),
  });
  const el = h('section', { class: 'report-part analysis-part', 'aria-labelledby': 'rp-analysis' },
    h('h3', { id: 'rp-analysis' }, aw.classHeading),
    h('p', { class: 'help' }, aw.classIntro),
    control.el,
    result,
  );
  kept?.stop();
  kept = { key: full, el, stop: control.stop };
  return el;
}
