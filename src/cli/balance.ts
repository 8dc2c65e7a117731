import { writeFileSync } from 'node:fs';
import { STRATEGIES, balanceReport, type BalanceReport } from '../analysis/index.js';
import { UsageError } from './errors.js';
import { loadShippedScenarios, resolveScenario } from './scenarios.js';
import { table } from './text.js';

const pct = (n: number, runs: number) => `${((n / runs) * 100).toFixed(1)}%`;

export function renderBalance(r: BalanceReport): string {
  const rows = Object.keys(r.byStrategy.random.endings).map((id) => [id === r.balancedEnding ? `${id} (balanced verdict)` : id, ...STRATEGIES.map((s) => pct(r.byStrategy[s].endings[id] ?? 0, r.runs))]);
  rows.push(['reached the end', ...STRATEGIES.map((s) => `${(r.byStrategy[s].reachedEnd * 100).toFixed(1)}%`)]);
  rows.push(['median turns', ...STRATEGIES.map((s) => String(r.byStrategy[s].medianTurns))]);
  const checks = r.checks.map((c) => `- ${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
  return [`### ${r.scenario} (${r.difficulty}, ${r.runs} games per strategy)`, '', '```', table(['ending', ...STRATEGIES], rows), '```', '', ...checks].join('\n');
}

/** `balance [--scenario id|file] [--runs n] [--write file]`: the balance bounds, checked by simulation. */
export function balanceCommand(o: { scenario?: string; runs?: string; seed?: string; write?: string }, out: (line: string) => void): number {
  const runs = Number(o.runs ?? '10000');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a positive whole number, not "${o.runs}"`);
  const scenarios = o.scenario ? [resolveScenario(o.scenario)] : loadShippedScenarios();
  const reports = scenarios.map((s) => balanceReport(s, runs, o.seed ?? 'balance'));
  const text = reports.map(renderBalance).join('\n\n');
  out(text);
  if (o.write) {
    const doc = `# Balance report\n\nMade by \`npm run balance\`: each strategy plays ${runs} seeded games of each scenario on standard difficulty (seeds \`${o.seed ?? 'balance'}-0\` … \`-${runs - 1}\`). Strategies: random (uniform among open choices), west / russia / hardline (always the option that lowers that tension most), balanced (keeps all tensions away from their maxima and the economy away from zero).\n\n${text}\n`;
    writeFileSync(o.write, doc);
    out(`\nWritten to ${o.write}`);
  }
  return reports.every((r) => r.checks.every((c) => c.ok)) ? 0 : 1;
}
