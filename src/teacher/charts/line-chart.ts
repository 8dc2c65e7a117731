import { h, svg } from '../../app/dom';
import { newId } from '../dom';
import { t } from '../i18n';
import { chartNumber, mirror } from './mirror';

// Meters over time as an SVG line chart, 0–100. Lines differ by colour AND by marker shape, line style and an
// end label, so nothing depends on colour alone. Optional bands (quartiles), vertical markers (events) and a
// shaded danger zone. A data table under <details> carries the same numbers for screen readers and print.

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface Series {
  label: string;
  /** Colour class: the stat it shows (west, russia, elites, …). */
  stat: string;
  values: (number | null)[];
  dashed?: boolean;
  marker: MarkerShape;
  hollow?: boolean;
}

export interface Band {
  stat: string;
  label: string;
  lo: (number | null)[];
  hi: (number | null)[];
  faint?: boolean;
}

export interface ChartSpec {
  title: string;
  description: string;
  /** One label per x index (index 0 is the start). */
  xLabels: string[];
  series: Series[];
  bands?: Band[];
  markers?: { at: number; label: string }[];
  dangerFrom?: number;
  width?: number;
  height?: number;
  /** Room for end labels. */
  labelRoom?: number;
  table?: boolean;
}

const M = { top: 26, bottom: 34, start: 38 };

function markerPath(shape: MarkerShape, x: number, y: number, r = 4.2): string {
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}z`;
  }
}

/** A generous estimate of a label's width in the chart's units (no layout is needed to place labels). */
export const textWidth = (text: string, px: number): number => text.length * px * 0.62;
const AXIS_PX = 11;
const END_PX = 11.5;

/** Which x labels to write: as many as fit without touching, always the first and the last. */
export function pickXLabels(labels: readonly string[], x: (i: number) => number, gap = 8): number[] {
  const half = (i: number) => textWidth(labels[i]!, AXIS_PX) / 2;
  const clear = (a: number, b: number) => x(b) - half(b) >= x(a) + half(a) + gap;
  const shown: number[] = [];
  labels.forEach((_, i) => {
    if (!shown.length || clear(shown[shown.length - 1]!, i)) shown.push(i);
  });
  const last = labels.length - 1;
  if (last > 0 && shown[shown.length - 1] !== last) {
    while (shown.length > 1 && !clear(shown[shown.length - 1]!, last)) shown.pop();
    shown.push(last);
  }
  return shown;
}

/** Spreads end labels apart so that they do not overlap. */
function spreadLabels(ys: number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const over = order.length ? order[order.length - 1]!.y - max : 0;
  if (over > 0) for (const o of order) o.y -= over;
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  const out: number[] = [];
  for (const o of order) out[o.i] = Math.max(min, o.y);
  return out;
}

export function lineChart(spec: ChartSpec): HTMLElement {
  const W = spec.width ?? 760;
  const H = spec.height ?? 300;
  const endLabels = spec.series.map((se) => {
    const last = [...se.values].reverse().find((v) => v != null);
    return last == null ? '' : `${se.label} ${chartNumber(last)}`;
  });
  // Room for the longest end label, so that none is cut at the chart's edge.
  const room = Math.max(spec.labelRoom ?? 150, ...endLabels.map((l) => textWidth(l, END_PX) + 18));
  const n = Math.max(1, spec.xLabels.length - 1);
  const plotW = W - M.start - room;
  const plotH = H - M.top - M.bottom;
  // Laid out left to right; `X` mirrors every horizontal position in a right-to-left page.
  const m = mirror(W);
  const X = m.x;
  const x = (i: number) => M.start + (i / n) * plotW;
  const y = (v: number) => M.top + (1 - v / 100) * plotH;
  const span = (a: number, b: number) => ({ x: Math.min(X(a), X(b)), width: Math.abs(X(b) - X(a)) });
  const titleId = newId('chart-title');
  const descId = newId('chart-desc');
  const parts: SVGElement[] = [svg('title', { id: titleId }, spec.title), svg('desc', { id: descId }, spec.description)];

  if (spec.dangerFrom !== undefined) {
    parts.push(svg('rect', { class: 'danger-zone', ...span(M.start, M.start + plotW), y: y(100), height: y(spec.dangerFrom) - y(100) }));
    parts.push(svg('text', { class: 'danger-label', x: X(M.start + 6), y: y(100) + 13, 'text-anchor': m.anchor('start') }, t.chart.danger));
  }
  for (const v of [0, 25, 50, 75, 100]) {
    parts.push(svg('line', { class: 'grid', x1: X(M.start), x2: X(M.start + plotW), y1: y(v), y2: y(v) }));
    parts.push(svg('text', { class: 'axis', x: X(M.start - 6), y: y(v) + 4, 'text-anchor': m.anchor('end') }, chartNumber(v)));
  }
  for (const i of pickXLabels(spec.xLabels, x)) {
    const label = spec.xLabels[i]!;
    parts.push(svg('line', { class: 'tick', x1: X(x(i)), x2: X(x(i)), y1: M.top + plotH, y2: M.top + plotH + 4 }));
    parts.push(svg('text', { class: 'axis', x: X(x(i)), y: M.top + plotH + 18, 'text-anchor': 'middle' }, label));
  }
  for (const b of spec.bands ?? []) {
    const idx = b.lo.map((_, i) => i).filter((i) => b.lo[i] != null && b.hi[i] != null);
    if (!idx.length) continue;
    const top = idx.map((i) => `${X(x(i))},${y(b.hi[i]!)}`);
    const bottom = idx.slice().reverse().map((i) => `${X(x(i))},${y(b.lo[i]!)}`);
    parts.push(svg('polygon', { class: `band stat-${b.stat}${b.faint ? ' faint' : ''}`, points: [...top, ...bottom].join(' ') }));
  }
  const placed: { from: number; to: number; y: number }[] = [];
  for (const mk of spec.markers ?? []) {
    parts.push(svg('line', { class: 'event-line', x1: X(x(mk.at)), x2: X(x(mk.at)), y1: M.top - 4, y2: M.top + plotH }));
    const nearEnd = x(mk.at) > M.start + plotW * 0.75;
    const at = x(mk.at) + (nearEnd ? -4 : 4);
    const width = textWidth(mk.label, AXIS_PX);
    const box = { from: nearEnd ? at - width : at, to: nearEnd ? at : at + width, y: M.top - 8 };
    // A second label that would touch the first goes one line lower, inside the plot.
    while (placed.some((p) => p.y === box.y && p.from < box.to + 6 && box.from < p.to + 6)) box.y += 14;
    placed.push(box);
    parts.push(svg('text', { class: 'event-label', x: X(at), y: box.y, 'text-anchor': m.anchor(nearEnd ? 'end' : 'start') }, mk.label));
  }
  const ends: { y: number; label: string; stat: string; x: number }[] = [];
  for (const se of spec.series) {
    const pts = se.values.map((v, i) => (v == null ? null : { i, v })).filter((p) => p !== null);
    if (!pts.length) continue;
    const d = pts.map((p, k) => `${k ? 'L' : 'M'}${X(x(p.i)).toFixed(1)},${y(p.v).toFixed(1)}`).join('');
    parts.push(svg('path', { class: `series stat-${se.stat}${se.dashed ? ' dashed' : ''}`, d }));
    const marks = pts.map((p) => markerPath(se.marker, X(x(p.i)), y(p.v))).join('');
    parts.push(svg('path', { class: `marks stat-${se.stat}${se.hollow ? ' hollow' : ''}`, d: marks }));
    const last = pts[pts.length - 1]!;
    ends.push({ y: y(last.v), label: `${se.label} ${chartNumber(last.v)}`, stat: se.stat, x: x(last.i) });
  }
  const ys = spreadLabels(ends.map((e) => e.y + 4), 15, M.top, M.top + plotH + 4);
  const labelX = M.start + plotW + 10;
  ends.forEach((e, i) => {
    parts.push(svg('line', { class: `leader stat-${e.stat}`, x1: X(e.x + 5), y1: e.y, x2: X(labelX - 2), y2: ys[i]! - 4 }));
    parts.push(svg('text', { class: `end-label stat-${e.stat}`, x: X(labelX), y: ys[i]!, 'text-anchor': m.anchor('start') }, e.label));
  });

  const chart = svg('svg', { class: 'chart line-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMidYMid meet' }, parts);
  return h('figure', { class: 'chart-figure' }, chart, spec.table === false ? null : dataTable(spec));
}

/** The chart's numbers as a table, folded away under <details>. */
export function dataTable(spec: ChartSpec): HTMLElement {
  const rows = spec.xLabels.map((label, i) =>
    h('tr', null, h('th', { scope: 'row' }, label), spec.series.map((se) => h('td', null, se.values[i] == null ? '\u2013' : chartNumber(se.values[i]!)))),
  );
  return h('details', { class: 'chart-data' },
    h('summary', null, t.chart.showTable),
    h('table', { class: 'data' },
      h('caption', { class: 'offscreen' }, spec.title),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.chart.when), spec.series.map((se) => h('th', { scope: 'col' }, se.label)))),
      h('tbody', null, rows),
    ),
  );
}

/** A legend line drawn with the same marks as the chart. */
export function legendItem(label: string, stat: string, marker: MarkerShape, dashed = false, hollow = false): HTMLElement {
  const swatch = svg('svg', { class: 'legend-swatch', viewBox: '0 0 36 14', width: 36, height: 14, 'aria-hidden': 'true' },
    svg('path', { class: `series stat-${stat}${dashed ? ' dashed' : ''}`, d: 'M2,7L34,7' }),
    svg('path', { class: `marks stat-${stat}${hollow ? ' hollow' : ''}`, d: markerPath(marker, 18, 7) }),
  );
  return h('li', null, swatch, h('span', null, label));
}
