import type { Interval } from '../../analysis/decision-analysis-stats';
import { BALANCED_COLOUR, cssColour, REACHED_COLOUR, type EndingKey } from '../../app/analysis-endings';
import { h } from '../../app/dom';
import { analysisWords as aw } from '../i18n/analysis';

// The analysis's pictures on the teacher page: an option's stacked bar (a segment per ending, in the order and
// colours both pages use), a decision's two swing bars, and the legends. The bars are pictures only (aria-hidden):
// their numbers are written beside them and said in a sentence.

/** An option's odds: one segment per ending, its share written in it where it fits. */
export function oddsBar(keys: readonly EndingKey[], endings: Record<string, Interval>): HTMLElement {
  return h('span', { class: 'odds-bar', 'aria-hidden': 'true' },
    keys.filter((k) => (endings[k.id]?.mean ?? 0) > 0).map((k) => {
      const share = endings[k.id]!.mean;
      return h('span', { class: 'odds-seg', 'data-ending': k.id, title: `${k.title} ${aw.percent(share)}`, style: `inline-size:${(share * 100).toFixed(2)}%;background:${cssColour(k.colour)}` }, share >= 0.12 ? aw.percent(share) : '');
    }),
  );
}

/** A decision's two swings as small bars, full height at `scale`. */
export function swingBars(reached: number, balanced: number, scale: number): HTMLElement {
  const bar = (share: number, colour: number) =>
    h('span', { class: 'swing-bar' }, h('span', { style: `block-size:${Math.min(100, (share / scale) * 100).toFixed(1)}%;background:${cssColour(colour)}` }));
  return h('span', { class: 'swing-bars', 'aria-hidden': 'true' }, bar(reached, REACHED_COLOUR), bar(balanced, BALANCED_COLOUR));
}

const item = (colour: number, label: string) => h('li', null, h('span', { class: 'swatch', 'aria-hidden': 'true', style: `background:${cssColour(colour)}` }), label);

/** What the swing bars show. */
export function swingLegend(reachedTitle: string): HTMLElement {
  return h('ul', { class: 'analysis-legend' }, item(REACHED_COLOUR, aw.reachedKey(reachedTitle)), item(BALANCED_COLOUR, aw.balancedKey), h('li', null, h('span', { class: 'flag-mark', 'aria-hidden': 'true' }, '\u2605'), aw.flagged));
}

/** Every ending's colour in the odds bars. */
export function endingLegend(keys: readonly EndingKey[]): HTMLElement {
  return h('div', { class: 'analysis-endings' },
    h('p', { class: 'label-like' }, aw.legend),
    h('ul', { class: 'analysis-legend' }, keys.map((k) => item(k.colour, aw.legendItem(k.title, aw.kinds[k.kind] ?? k.kind)))),
  );
}
