import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classReport, classScenarioId, type ClassReport, type Submission } from '../analysis/index.js';
import { csvLine, readReplayText, verifyAny } from '../app/index.js';
import type { ScenarioData } from '../scenario/types.js';
import { UsageError } from './errors.js';
import { findScenarioById, resolveScenario } from './scenarios.js';
import { table } from './text.js';

/** Each file holds a replay (JSON) or replay codes, one per line; a folder gives all its .json and .txt files. */
export function readSubmissions(paths: string[]): Submission[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`cannot read "${p}"`);
    }
    if (st.isDirectory()) files.push(...readdirSync(p).filter((f) => /\.(json|txt)$/i.test(f)).sort().map((f) => join(p, f)));
    else files.push(p);
  }
  const out: Submission[] = [];
  for (const f of files) {
    const read = readReplayText(readFileSync(f, 'utf8'));
    if ('refusal' in read) out.push({ name: basename(f), replay: null, refusal: read.refusal });
    else if (typeof read.replay !== 'string') out.push({ name: basename(f), replay: read.replay });
    else {
      const codes = read.replay.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      codes.forEach((code, i) => out.push({ name: codes.length > 1 ? `${basename(f)}#${i + 1}` : basename(f), replay: code }));
    }
  }
  return out;
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '–');

export function renderClassReport(r: ClassReport): string {
  const lines = [`Class report: ${r.scenario.title} (v${r.scenario.version})`, `${r.verified} of ${r.submitted} replays verified.`];
  if (r.refused.length) lines.push('', 'Refused (not counted):', ...r.refused.map((x) => `  ${x.name}: ${x.kind} — ${x.message}`));
  lines.push('', table(['ending', 'games', 'share'], r.endings.map((e) => [e.title, String(e.count), pct(e.count, r.verified)])));
  lines.push('', 'Choices by card (* = what Tehran actually did):');
  for (const c of r.cards) {
    lines.push(`  ${c.title} (${c.seen} games)`);
    for (const ch of c.choices) lines.push(`    ${ch.historical ? '*' : ' '} ${pct(ch.count, c.seen).padStart(4)}  ${ch.label}`);
  }
  lines.push('', table(['turn', 'month', 'West median [q1–q3]', 'Russia', 'Elites', 'games'], r.meters.map((m) => [
    String(m.turn), m.month,
    ...(['west', 'russia', 'elites'] as const).map((s) => `${m.stats[s].median} [${m.stats[s].q1}–${m.stats[s].q3}]`),
    String(m.stats.west.n),
  ])));
  lines.push('', 'Most different from the class majority:', ...r.divergent.map((d) => `  ${d.name}: ${d.differing} of ${d.decisions} decisions (${pct(d.differing, d.decisions)}), ending ${d.ending}`));
  return lines.join('\n');
}

/** One row per submission, for a gradebook. */
export function classCsv(subs: Submission[], find: (id: string) => ScenarioData | undefined): string {
  const rows = [csvLine(['name', 'verified', 'reason', 'scenario', 'seed', 'ending', 'turns', 'west', 'russia', 'elites'])];
  for (const s of subs) {
    const r = s.refusal ? { ok: false as const, ...s.refusal } : verifyAny(s.replay, find);
    if (!r.ok) rows.push(csvLine([s.name, 'no', `${r.kind}: ${r.message}`, '', '', '', '', '', '', '']));
    else {
      const g = r.game;
      rows.push(csvLine([s.name, 'yes', '', g.scenario.id, g.seed, g.ending?.id ?? '', g.turn, g.stats.west ?? 0, g.stats.russia ?? 0, g.stats.elites ?? 0]));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

export function classReportCommand(paths: string[], o: { json?: boolean; csv?: boolean; scenario?: string }, out: (line: string) => void): number {
  if (!paths.length) throw new UsageError('class-report needs replay files or a folder of them');
  const subs = readSubmissions(paths);
  const given = o.scenario ? resolveScenario(o.scenario) : undefined;
  const find = given ? (id: string) => (id === given.id ? given : undefined) : findScenarioById;
  const id = given?.id ?? classScenarioId(subs);
  const scenario = id ? find(id) : undefined;
  if (!scenario) throw new UsageError(id ? `the replays are for the scenario "${id}", which this game does not have` : 'none of these files holds a replay');
  if (o.csv) {
    out(classCsv(subs, find).trimEnd());
    return 0;
  }
  const report = classReport(subs, scenario, find);
  out(o.json ? JSON.stringify(report) : renderClassReport(report));
  return 0;
}
