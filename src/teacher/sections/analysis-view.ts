import '../styles/analysis.css';
import { DEFAULT_FUTURES, DEFAULT_POLICY, type DecisionOdds, type GameAnalysis } from '../../analysis/decision-analysis';
import { CONTINUATION_POLICIES, type ContinuationPolicy } from '../../analysis/decision-analysis-futures';
import { balancedEndingsOf } from '../../analysis/scenario-shape';
import { endingKeys, type EndingKey } from '../../app/analysis-endings';
import { runGameAnalysis, type AnalysisSettings } from '../../app/analysis-runner';
import { cardTitle, choiceLabel } from '../../app';
import { monthLabel, type Loaded } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { analysisWords as aw } from '../i18n/analysis';
import { endingLegend, oddsBar, swingBars, swingLegend } from './analysis-bars';
import { runControl } from './analysis-run';

// The viewer's decision analysis of one student's game: the run (settings, progress, Cancel, the caveat), then a
// timeline of the decisions, each with how far its options moved the odds of the ending reached and of a balanced
// verdict, and the decision opened below it: every option's odds side by side, the choice made marked.
// #viewer/analysis?code=…&policy=random&futures=100

export const VIEWER_FUTURES = [100, 500, 2000] as const;

/** The settings a link asks for, or the defaults. */
export function settingsFrom(policy: string | null, futures: string | null): AnalysisSettings {
  const p = (CONTINUATION_POLICIES as readonly string[]).includes(policy ?? '') ? (policy as ContinuationPolicy) : DEFAULT_POLICY;
  const k = Number(futures);
  return { policy: p, futures: (VIEWER_FUTURES as readonly number[]).includes(k) ? k : DEFAULT_FUTURES };
}

function decisionDetail(l: Loaded, a: GameAnalysis, d: DecisionOdds, keys: readonly EndingKey[]): HTMLElement {
  const card = l.cs.cardById.get(d.card);
  const month = l.cs.months[d.turn - 1];
  const rows = d.options.map((o, i) => {
    const label = h('th', { scope: 'row' }, `${i + 1}. ${choiceLabel(l.cs, d.card, o.choice)}`, o.played ? h('span', { class: 'made' }, aw.made) : null);
    const words = h('span', { class: 'offscreen', 'data-testid': 'analysis-option-words' }, aw.option(l.scenario, d, o));
    if (!o.open) return h('tr', { class: 'closed', 'data-choice': o.choice }, label, h('td', { colspan: '3' }, aw.notOpen, words));
    return h('tr', { class: o.played ? 'played' : '', 'data-choice': o.choice },
      label,
      h('td', { class: 'odds-cell' }, oddsBar(keys, o.endings), words),
      h('td', { class: 'num' }, aw.share(o.reached)),
      h('td', { class: 'num' }, aw.share(o.balanced)),
    );
  });
  return h('section', { class: 'analysis-detail', 'aria-labelledby': 'analysis-detail-h', 'data-index': String(d.index) },
    h('h3', { id: 'analysis-detail-h', tabindex: '-1' }, aw.entry(d.turn, month ? monthLabel(month) : '', card ? cardTitle(l.cs, d.card) : d.card)),
    h('p', { 'data-testid': 'analysis-swing' }, aw.swing(l.scenario, a, d.index, 'reached')),
    h('p', { 'data-testid': 'analysis-swing' }, aw.swing(l.scenario, a, d.index, 'balanced')),
    h('table', { class: 'data analysis-options' },
      h('thead', null, h('tr', null, [aw.colOption, aw.colOdds, aw.colReached, aw.colBalanced].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows),
    ),
    endingLegend(keys),
  );
}

function resultView(l: Loaded, a: GameAnalysis): HTMLElement {
  const keys = endingKeys(l.scenario, balancedEndingsOf(l.scenario));
  const scale = Math.max(0.2, ...a.decisions.map((d) => Math.max(d.swingReached, d.swingBalanced)));
  const reachedTitle = l.cs.endingById.get(a.reachedEnding)?.title ?? a.reachedEnding;
  const detail = h('div');
  let selected = Math.max(0, a.decisions.findIndex((d) => d.index === a.mostDecisive[0]));
  const buttons = a.decisions.map((d, i) => {
    const flagged = a.flagged.includes(d.index);
    return h('button', {
      type: 'button',
      class: `analysis-decision${flagged ? ' flagged' : ''}`,
      'data-index': String(d.index),
      'aria-label': aw.decisionButton(d.turn, cardTitle(l.cs, d.card), d.swingReached, d.swingBalanced, flagged),
      onClick: () => select(i, false),
      onKeydown: (e: Event) => {
        const k = (e as KeyboardEvent).key;
        const step = k === 'ArrowRight' ? 1 : k === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        select(i + (t.dir === 'rtl' ? -step : step), true);
      },
    },
      h('span', { class: 'turn' }, flagged ? h('span', { class: 'flag-mark' }, '\u2605') : null, aw.turnShort(d.turn)),
      swingBars(d.swingReached, d.swingBalanced, scale),
      h('span', { class: 'swing-numbers' }, h('span', null, aw.points(d.swingReached)), h('span', null, aw.points(d.swingBalanced))),
    );
  });
  function select(i: number, focus: boolean): void {
    selected = Math.max(0, Math.min(a.decisions.length - 1, i));
    buttons.forEach((b, k) => b.setAttribute('aria-pressed', String(k === selected)));
    detail.replaceChildren(decisionDetail(l, a, a.decisions[selected]!, keys));
    if (focus) buttons[selected]?.focus();
  }
  select(selected, false);
  return h('div', { class: 'analysis-result', 'data-testid': 'analysis-result' },
    h('h3', null, aw.timeline),
    h('p', { class: 'help' }, aw.timelineHelp),
    swingLegend(reachedTitle),
    h('ol', { class: 'analysis-timeline' }, buttons.map((b) => h('li', null, b))),
    detail,
  );
}

export function analysisView(l: Loaded, start: AnalysisSettings, onSettings: (s: AnalysisSettings) => void): { el: HTMLElement; cleanup: () => void } {
  const result = h('div');
  if (!l.record.decisions.length) return { el: h('p', { class: 'muted' }, aw.noDecisions), cleanup: () => undefined };
  const control = runControl<GameAnalysis>({
    settings: start,
    futures: VIEWER_FUTURES,
    runLabel: aw.run,
    rerunOnChange: true,
    start: (s, onFraction) => runGameAnalysis(l.scenario, l.record, s, onFraction),
    onSettings,
    onResult: (a) => result.replaceChildren(...(a ? [resultView(l, a)] : [])),
    futuresIn: (a) => a.decisions.reduce((n, d) => n + d.options.reduce((m, o) => m + o.futures, 0), 0),
  });
  const el = h('div', { class: 'analysis' }, h('h2', null, aw.heading), h('p', { class: 'lead' }, aw.intro), control.el, result);
  queueMicrotask(() => control.run());
  return { el, cleanup: control.stop };
}
