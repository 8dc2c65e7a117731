import { compileScenario } from '../engine/index.js';
import { cardTitle, choiceLabel, monthName } from '../app/index.js';
import {
  AnalysisError, analyseGame, CONTINUATION_POLICIES, DEFAULT_FUTURES, DEFAULT_POLICY, describeSwing, MAX_FUTURES, modelCaveat, percent,
  type ContinuationPolicy, type GameAnalysis, type Interval,
} from '../analysis/index.js';
import type { ScenarioData } from '../scenario/types.js';
import { UsageError } from './errors.js';
import { loadAndVerify } from './replay.js';
import { findScenarioById, resolveScenario } from './scenarios.js';
import { table } from './text.js';

// analyse: a verified game's decisions, each option's odds over K futures (src/analysis/decision-analysis.ts), as a
// table per decision, then the decisions that moved the odds most and the options that would have avoided the ending.

interface AnalyseOptions {
  json?: boolean;
  scenario?: string;
  policy?: string;
  futures?: string;
}

function policyOf(o: AnalyseOptions): ContinuationPolicy {
  const p = o.policy ?? DEFAULT_POLICY;
  if (!(CONTINUATION_POLICIES as readonly string[]).includes(p)) throw new UsageError(`unknown policy "${p}" (use ${CONTINUATION_POLICIES.join(', ')})`);
  return p as ContinuationPolicy;
}

function futuresOf(o: AnalyseOptions): number {
  if (o.futures === undefined) return DEFAULT_FUTURES;
  const k = Number(o.futures);
  if (!Number.isInteger(k) || k < 1 || k > MAX_FUTURES) throw new UsageError(`--futures must be a whole number from 1 to ${MAX_FUTURES}, not "${o.futures}"`);
  return k;
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const pm = (x: Interval) => `±${Math.max(1, Math.round(((x.hi - x.lo) / 2) * 100))}`;

/** The analysis in words and tables: what the terminal shows. */
export function renderAnalysis(s: ScenarioData, a: GameAnalysis): string[] {
  const cs = compileScenario(s);
  const ending = cs.endingById.get(a.reachedEnding)?.title ?? a.reachedEnding;
  // When the game ended in a balanced verdict the two shares are one: the table shows it once.
  const both = !a.balancedEndings.includes(a.reachedEnding);
  const lines = [`Analysed: ${s.title}, seed "${a.seed}", ${a.difficulty}, ${a.decisions.length} decisions; the game ended in “${ending}”.`, modelCaveat(a)];
  lines.push(`“same end”: the share of futures ending in “${ending}”${both ? '; “balanced”: in a balanced verdict' : ' (a balanced verdict)'}. West, Russia, elites: mean tension at the end.`, '');
  for (const d of a.decisions) {
    lines.push(`Decision ${d.index + 1}, turn ${d.turn} (${monthName(cs.months[d.turn - 1] ?? '', 'en', 'short')}): ${cardTitle(cs, d.card)}`);
    const rows = d.options.map((o) => {
      const label = `${o.played ? '* ' : '  '}${cut(choiceLabel(cs, d.card, o.choice) || o.choice, 46)}`;
      if (!o.open) return [label, 'not open', '', ...(both ? ['', ''] : []), '', '', ''];
      const t = o.tensions;
      const balanced = both ? [percent(o.balanced.mean), pm(o.balanced)] : [];
      return [label, percent(o.reached.mean), pm(o.reached), ...balanced, ...[t.west, t.russia, t.elites].map((x) => x.mean.toFixed(0))];
    });
    const header = ['choice (* = made)', 'same end', '±', ...(both ? ['balanced', '±'] : []), 'west', 'russia', 'elites'];
    lines.push(...table(header, rows).split('\n').map((l) => `  ${l}`.trimEnd()));
    const swings = [`${Math.round(d.swingReached * 100)} points for the same end${d.clearReached ? ' (clear)' : ''}`];
    if (both) swings.push(`${Math.round(d.swingBalanced * 100)} for a balanced verdict${d.clearBalanced ? ' (clear)' : ''}`);
    lines.push(`  swing: ${swings.join(', ')}`, '');
  }
  lines.push(a.flagged.length ? 'The decisions that moved the odds most:' : 'No decision moved the odds clearly beyond the noise of these futures.');
  for (const i of a.flagged) {
    const d = a.decisions.find((x) => x.index === i)!;
    const words = describeSwing(s, a, i, 'reached') + (both ? ` ${describeSwing(s, a, i, 'balanced')}` : '');
    lines.push(`  Decision ${i + 1} (${cardTitle(cs, d.card)}): ${words}`);
  }
  if (a.avoiding.length) {
    lines.push('', `Choices that would likely have avoided “${ending}”:`);
    for (const x of a.avoiding) {
      const d = a.decisions.find((y) => y.index === x.index)!;
      lines.push(`  Decision ${x.index + 1} (${cardTitle(cs, d.card)}): “${choiceLabel(cs, d.card, x.choice)}”, which ended there in ${percent(x.share)} of its futures`);
    }
  }
  return lines;
}

/** With --scenario, replays are checked against that file; otherwise against the shipped scenarios. */
export function analyseCommand(args: string[], o: AnalyseOptions, out: (line: string) => void): number {
  if (args.length !== 1) throw new UsageError('analyse needs one replay file or code');
  const policy = policyOf(o);
  const futures = futuresOf(o);
  const given = o.scenario ? resolveScenario(o.scenario) : undefined;
  const find = given ? (id: string) => (id === given.id ? given : undefined) : findScenarioById;
  const verified = loadAndVerify(args[0]!, find);
  if (!verified.ok) {
    if (o.json) out(JSON.stringify({ analysed: false, reason: verified.kind, message: verified.message }));
    else out(`Refused (${verified.kind}): ${verified.message}`);
    return 1;
  }
  const scenario = find(verified.record.scenario.id)!;
  let a: GameAnalysis;
  try {
    a = analyseGame(scenario, verified.record, { policy, futures })!;
  } catch (e) {
    if (!(e instanceof AnalysisError)) throw e;
    if (o.json) out(JSON.stringify({ analysed: false, reason: 'unfinished', message: e.message }));
    else out(`Cannot analyse: ${e.message}`);
    return 1;
  }
  if (o.json) out(JSON.stringify(a));
  else for (const line of renderAnalysis(scenario, a)) out(line);
  return 0;
}
