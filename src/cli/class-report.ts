import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classReportOf, type ClassReport, type Submission } from '../analysis/index.js';
import { mergeChunks, readOneHandIn, scenarioFinder, verifyChunk, type HandInChunk, type HandInChunkResult } from './hand-in-chunk.js';
import { jobsFlag, runOnWorkers } from './worker-pool.js';
import type { ScenarioData } from '../scenario/types.js';
import { classLine, gradebookCsv, groupSummary, handInSummary, parseClassRef, type FileResult } from '../app/index.js';
import { UsageError } from './errors.js';
import { loadShippedScenarios as allScenarios } from './scenarios.js';
import { table } from './text.js';

// `class-report <files|folders> [--class <code|link>]`: reads what a class handed in exactly as the teacher page
// does (replay files, text files of codes, .zip files, folders of them), sorts it by class and compares the games.

const READABLE = /\.(json|txt|zip)$/i;

/** The files under the paths (folders walked, sub-folders too), and how many other files were left out. */
function handInFiles(paths: string[]): { files: string[]; left: number } {
  const files: string[] = [];
  let left = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === '__MACOSX') continue;
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.isFile() && READABLE.test(e.name)) files.push(join(dir, e.name));
      else left++;
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`cannot read "${p}"`);
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, left };
}

/** Every file under the paths, each read with the page's own hand-in reader. */
export function readHandIns(paths: string[]): { results: FileResult[]; files: number } {
  const { files, left } = handInFiles(paths);
  const results = files.map(readOneHandIn);
  if (results.length) results[0] = { ...results[0]!, otherFiles: left };
  return { results, files: files.length };
}

/** Files per chunk of hand-ins. */
const CHUNK_FILES = 500;
/**
 * Below this many files they are verified here: a worker thread takes ~0.5 s to start and compile, so two of them
 * were slower than one thread at 5,000 hand-ins (6.2 s vs 3.3 s); at 50,000 they cut the peak memory (677 MB vs 848 MB).
 */
const WORKERS_FROM = 10_000;

/**
 * Reads and verifies the hand-ins in chunks of files on `jobs` worker threads, keeping of each only what the report
 * needs (verifyOne): the raw files and whole games stay in the workers, so memory holds ~1 KB a game.
 */
async function verifyHandIns(paths: string[], scenarioArg: string | undefined, jobsAsked: string | undefined, find: (id: string) => ScenarioData | undefined) {
  const { files, left } = handInFiles(paths);
  // Threads when asked for (--jobs), else only for classes large enough to gain from them.
  const jobs = jobsAsked === undefined && files.length < WORKERS_FROM ? 1 : jobsFlag(jobsAsked);
  const size = Math.max(1, Math.min(CHUNK_FILES, Math.ceil(files.length / jobs)));
  const chunks: HandInChunk[] = [];
  for (let i = 0; i < files.length; i += size) chunks.push({ index: chunks.length, files: files.slice(i, i + size) });
  const results: HandInChunkResult[] = [];
  await runOnWorkers<HandInChunk, HandInChunkResult>({
    entry: new URL('./hand-in-worker.mjs', import.meta.url),
    workerData: { scenario: scenarioArg },
    chunks,
    jobs,
    what: 'class-report',
    local: (c) => verifyChunk(c, find),
    take: (r) => results.push(r),
  });
  return { ...mergeChunks(results, left), files: files.length };
}

export function readSubmissions(paths: string[]): Submission[] {
  return readHandIns(paths).results.flatMap((r) => r.items);
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 100)}%` : '–');

export function renderClassReport(r: ClassReport): string {
  const lines = [
    `Class report: ${r.scenario.title} (v${r.scenario.version})`,
    `Class: ${classLine(allScenarios(), r.class)}${r.classGiven ? '' : ' (the settings most games share; give --class <code|link> to check against your class)'}`,
    `${r.submitted} handed in: ${groupSummary(r.groups)}`,
    `${r.counted} games counted.`,
  ];
  const listed = (group: string, title: string, text: (s: ClassReport['students'][number]) => string) => {
    const rows = r.students.filter((s) => s.group === group);
    if (rows.length) lines.push('', title, ...rows.map((s) => `  ${s.name}: ${text(s)}`));
  };
  listed('other-class', `Another class (${r.include.otherClass ? 'counted' : 'not counted'}):`, (s) =>
    s.otherScenario ? `${s.detail} (a game of another scenario: it cannot be compared with this class's games; replay it on its own)` : s.detail);
  listed('copy', `Possible copies (${r.include.copies ? 'counted' : 'not counted'}):`, (s) => `the same game as ${s.detail}`);
  listed('duplicate', 'Handed in twice (counted once):', (s) => `already handed in as ${s.detail}`);
  if (r.refused.length) lines.push('', 'Refused (not counted):', ...r.refused.map((x) => `  ${x.name}: ${x.kind} — ${x.message}`));
  lines.push('', table(['ending', 'games', 'share', 'students (month ended)'], r.endings.map((e) => [e.title, String(e.count), pct(e.count, r.counted), e.students.map((s) => `${s.name} (${s.month})`).join(', ')])));
  const claims = r.cards.some((c) => c.choices.some((ch) => ch.claimed));
  lines.push('', `Choices by card, where the class split most first (* = what Tehran actually did${claims ? '; ~ = closest to a reported claim, unconfirmed: not what Tehran is known to have done' : ''}):`);
  for (const c of r.cards) {
    lines.push(`  ${c.title} (${c.seen} games)`);
    for (const ch of c.choices) lines.push(`    ${ch.historical ? '*' : ch.claimed ? '~' : ' '} ${pct(ch.count, c.seen).padStart(4)}  ${ch.label}`);
  }
  lines.push('', table(['turn', 'month', 'West median [q1–q3]', 'Russia', 'Elites', 'games'], r.meters.map((m) => [
    String(m.turn), m.month,
    ...(['west', 'russia', 'elites'] as const).map((s) => `${m.stats[s].median} [${m.stats[s].q1}–${m.stats[s].q3}]`),
    String(m.stats.west.n),
  ])));
  lines.push('', 'Most different from the class majority:', ...r.divergent.map((d) => `  ${d.name}: ${d.differing} of ${d.decisions} decisions (${pct(d.differing, d.decisions)}), ending ${d.ending}`));
  return lines.join('\n');
}

export interface ClassReportFlags {
  json?: boolean;
  csv?: boolean;
  scenario?: string;
  class?: string;
  jobs?: string;
}

export async function classReportCommand(paths: string[], o: ClassReportFlags, out: (line: string) => void, err: (line: string) => void = () => {}): Promise<number> {
  if (!paths.length) throw new UsageError('class-report needs replay files or a folder of them');
  const klass = o.class === undefined ? null : parseClassRef(allScenarios(), o.class);
  if (klass && !klass.ok) throw new UsageError(`--class: ${klass.message}`);
  const { given, find } = scenarioFinder(o.scenario);
  const { verified, tally, files, mostNamed } = await verifyHandIns(paths, o.scenario, o.jobs, find);
  err(handInSummary(tally, `From ${files === 1 ? '1 file' : `${files} files`}`));
  const id = klass?.ok ? klass.settings.scenario : (given?.id ?? mostNamed);
  const scenario = id ? find(id) : undefined;
  if (!scenario) throw new UsageError(id ? `the replays are for the scenario "${id}", which this game does not have` : 'none of these files holds a replay');
  const report = classReportOf(verified, scenario, find, { class: klass?.ok ? klass.settings : null });
  if (o.csv) out(gradebookCsv(report).trimEnd());
  else out(o.json ? JSON.stringify(report) : renderClassReport(report));
  return 0;
}
