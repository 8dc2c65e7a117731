import { type CompiledScenario, type GameState } from '../../engine';
import { type ClassReport } from '../../analysis';
import { DANGER_FROM, localDigits, statName } from '../../app';
import { METERS, monthLabel, seriesOf, type Meter } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { legendItem, lineChart, type MarkerShape, type Series } from './line-chart';

// The charts the sections draw: one game's meters, two games side by side, and a class's spread by turn.

export const MARKER: Record<Meter, MarkerShape> = { west: 'circle', russia: 'square', elites: 'triangle' };

/** "Start", then a short month for each turn. */
export function xLabels(cs: CompiledScenario, turns: number): string[] {
  const out = [t.chart.start];
  for (let i = 1; i <= turns; i++) {
    const ym = cs.months[i - 1] ?? '';
    const [year, m] = ym.split('-');
    out.push(`${t.monthsShort[Number(m) - 1] ?? ym}${Number(m) === 1 || i === 1 ? ` ${localDigits(year?.slice(2) ?? '', t.lang)}` : ''}`);
  }
  return out;
}

export function gameChart(cs: CompiledScenario, g: GameState, title: string): HTMLElement {
  const series: Series[] = METERS.map((m) => ({ label: statName(cs, m), stat: m, values: seriesOf(g, m), marker: MARKER[m] }));
  const fig = lineChart({
    title,
    description: t.chart.gameDesc(METERS.map((m) => `${statName(cs, m)} ${g.start[m] ?? 0}\u2192${g.stats[m] ?? 0}`).join(', ')),
    xLabels: xLabels(cs, g.turn),
    series,
    dangerFrom: DANGER_FROM,
  });
  fig.prepend(h('ul', { class: 'legend' }, METERS.map((m) => legendItem(statName(cs, m), m, MARKER[m]))));
  return fig;
}

/** Both games on one chart: the first in solid lines with filled marks, the second dashed with hollow marks. */
export function compareChart(cs: CompiledScenario, a: GameState, b: GameState, names: [string, string], changedTurn: number, divergeAt: number | null): HTMLElement {
  const series: Series[] = [];
  for (const m of METERS) {
    series.push({ label: `${statName(cs, m)} \u00B7 ${names[0]}`, stat: m, values: seriesOf(a, m), marker: MARKER[m] });
    series.push({ label: `${statName(cs, m)} \u00B7 ${names[1]}`, stat: m, values: seriesOf(b, m), marker: MARKER[m], dashed: true, hollow: true });
  }
  const markers = [{ at: changedTurn, label: t.chart.changed }];
  if (divergeAt !== null && divergeAt !== changedTurn) markers.push({ at: divergeAt, label: t.chart.cardsDiffer });
  const fig = lineChart({
    title: t.chart.compareTitle,
    description: t.chart.compareDesc(names[0], names[1], changedTurn),
    xLabels: xLabels(cs, Math.max(a.turn, b.turn)),
    series,
    markers,
    dangerFrom: DANGER_FROM,
    height: 340,
    labelRoom: 200,
  });
  fig.prepend(
    h('ul', { class: 'legend' },
      legendItem(t.chart.solid(names[0]), 'neutral', 'circle'),
      legendItem(t.chart.dashed(names[1]), 'neutral', 'circle', true, true),
      METERS.map((m) => legendItem(statName(cs, m), m, MARKER[m])),
    ),
  );
  return fig;
}

/** One small chart per meter: the class median as a line, the middle half of the class as a band, the full range fainter. */
export function classMeterCharts(cs: CompiledScenario, report: ClassReport): HTMLElement {
  const turns = report.meters.length ? report.meters[report.meters.length - 1]!.turn : 0;
  const at = (m: Meter, key: 'median' | 'q1' | 'q3' | 'min' | 'max') => {
    const out: (number | null)[] = [null];
    for (const row of report.meters) out[row.turn] = row.stats[m][key];
    for (let i = 0; i <= turns; i++) if (out[i] === undefined) out[i] = null;
    return out;
  };
  return h('div', { class: 'small-multiples' }, METERS.map((m) => {
    const fig = lineChart({
      title: t.chart.classTitle(statName(cs, m)),
      description: t.chart.classDesc(statName(cs, m)),
      xLabels: xLabels(cs, turns),
      series: [{ label: t.chart.median, stat: m, values: at(m, 'median'), marker: MARKER[m] }],
      bands: [
        { stat: m, label: t.chart.range, lo: at(m, 'min'), hi: at(m, 'max'), faint: true },
        { stat: m, label: t.chart.quartiles, lo: at(m, 'q1'), hi: at(m, 'q3') },
      ],
      dangerFrom: DANGER_FROM,
      width: 420,
      height: 260,
      labelRoom: 84,
      table: false,
    });
    fig.prepend(h('h4', { class: 'chart-heading' }, statName(cs, m)));
    return fig;
  }));
}
