import { STRATEGIES } from '../analysis/strategies.js';
import { chronologyReport, insideShare, type ChronologyReport } from '../analysis/chronology.js';
import { UsageError } from './errors.js';
import { loadShippedScenarios, resolveScenario } from './scenarios.js';
import { table } from './text.js';

const THRESHOLD = 0.95;

export function renderChronology(r: ChronologyReport): string {
  const rows = r.cards.map((c) => [
    `${c.card} (${c.happened.from} – ${c.happened.to}${c.happened.slack ? ', +1 turn' : ''})`,
    ...STRATEGIES.map((s) => {
      const x = c.byStrategy[s];
      return x.appeared ? `${(insideShare(x) * 100).toFixed(1)}% of ${x.appeared}` : 'never';
    }),
  ]);
  const low = r.cards.filter((c) => STRATEGIES.some((s) => insideShare(c.byStrategy[s]) < THRESHOLD));
  return [
    `### ${r.scenario} (${r.runs} games per strategy): share of each dated card's appearances inside its months`,
    '',
    table(['card (happened)', ...STRATEGIES], rows),
    '',
    low.length ? `BELOW 95%: ${low.map((c) => c.card).join(', ')}` : 'Every dated card is at or above 95% for every strategy.',
  ].join('\n');
}

/** `chronology [--scenario id|file] [--runs n] [--json]`: are dated cards drawn in their months? Exit 1 if one is below 95%. */
export function chronologyCommand(o: { scenario?: string; runs?: string; seed?: string; json?: boolean }, out: (line: string) => void): number {
  const runs = Number(o.runs ?? '2000');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a positive whole number, not "${o.runs}"`);
  const scenarios = o.scenario ? [resolveScenario(o.scenario)] : loadShippedScenarios();
  const reports = scenarios.map((s) => chronologyReport(s, runs, o.seed ?? 'chronology'));
  if (o.json) {
    const json = reports.map((r) => ({
      ...r,
      cards: r.cards.map((c) => ({ ...c, share: Object.fromEntries(STRATEGIES.map((s) => [s, insideShare(c.byStrategy[s])])) })),
    }));
    out(JSON.stringify(o.scenario ? json[0] : json, null, 2));
  } else out(reports.map(renderChronology).join('\n\n'));
  return reports.every((r) => r.cards.every((c) => STRATEGIES.every((s) => insideShare(c.byStrategy[s]) >= THRESHOLD))) ? 0 : 1;
}
