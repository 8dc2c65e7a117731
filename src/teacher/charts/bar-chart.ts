import { h, svg } from '../../app/dom';
import { newId } from '../dom';
import { t } from '../i18n';
import { chartNumber, mirror } from './mirror';

// Horizontal bars with their numbers written beside them (no colour needed to read them).

export interface Bar {
  label: string;
  value: number;
  /** A word or mark shown after the number (e.g. "what Tehran did"). */
  note?: string;
  highlight?: boolean;
}

const pct = (v: number, total: number) => (total ? Math.round((v / total) * 100) : 0);

export function barChart(title: string, bars: Bar[], total: number, opts: { labelWidth?: number; width?: number } = {}): HTMLElement {
  const W = opts.width ?? 760;
  const labelW = opts.labelWidth ?? 280;
  const valueW = 190;
  const rowH = 30;
  const H = bars.length * rowH + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barW = W - labelW - valueW;
  const titleId = newId('bars');
  const m = mirror(W);
  const rows = bars.map((b, i) => {
    const yy = 4 + i * rowH;
    const w = (b.value / max) * barW;
    return svg('g', { class: `bar-row${b.highlight ? ' highlight' : ''}` },
      svg('text', { class: 'bar-label', x: m.x(labelW - 10), y: yy + rowH / 2 + 5, 'text-anchor': m.anchor('end') }, b.label),
      svg('rect', { class: 'bar-bg', x: m.rtl ? W - labelW - barW : labelW, y: yy + 5, width: barW, height: rowH - 10 }),
      svg('rect', { class: 'bar', x: m.rtl ? W - labelW - Math.max(b.value ? 2 : 0, w) : labelW, y: yy + 5, width: Math.max(b.value ? 2 : 0, w), height: rowH - 10 }),
      svg('text', { class: 'bar-value', x: m.x(labelW + w + 8), y: yy + rowH / 2 + 5, 'text-anchor': m.anchor('start') }, `${t.chart.count(b.value, pct(b.value, total))}${b.note ? `  ${b.note}` : ''}`),
    );
  });
  return h('figure', { class: 'chart-figure' },
    svg('svg', { class: 'chart bar-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId },
      svg('title', { id: titleId }, `${title}: ${bars.map((b) => `${b.label} ${chartNumber(b.value)}`).join(t.dir === 'rtl' ? '؛ ' : '; ')}`),
      rows,
    ),
  );
}

/**
 * Choice shares on one card as inline bars in a list: label, bar, percentage, and in words what Tehran did (★) or,
 * on a card whose record is only a reported claim, the option closest to it (no star).
 */
export function shareList(items: { label: string; count: number; historical: boolean; claimed: boolean }[], total: number): HTMLElement {
  return h('ul', { class: 'shares' }, items.map((c) =>
    h('li', { class: c.historical ? 'is-historical' : c.claimed ? 'is-claim' : '' },
      h('span', { class: 'share-label' }, c.label),
      h('span', { class: 'share-bar', 'aria-hidden': 'true' }, h('span', { style: `inline-size:${pct(c.count, total)}%` })),
      h('span', { class: 'share-value' }, t.chart.count(c.count, pct(c.count, total))),
      c.historical
        ? h('span', { class: 'share-history' }, h('span', { 'aria-hidden': 'true' }, '\u2605 '), t.report.tehranDid)
        : c.claimed ? h('span', { class: 'share-claim' }, h('span', { 'aria-hidden': 'true' }, '~ '), t.report.closestToClaim) : h('span'),
    ),
  ));
}
