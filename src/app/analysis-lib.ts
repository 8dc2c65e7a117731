import type { ScenarioData } from '../scenario/types.js';
import type { GameRecord } from '../engine/record.js';
import { AnalysisError, analysisOf, mergeGameTallies, statesAtDecisions, tallyGame, type GameTally } from '../analysis/decision-analysis.js';
import { classAnalysisOf } from '../analysis/decision-analysis-class.js';
import type { ContinuationPolicy } from '../analysis/decision-analysis-futures.js';

// What the analysis script (loaded only when an analysis is opened, see src/build/analysis-script.ts) gives the
// page: the jobs a worker runs, the same jobs in small steps for the page itself when no worker can be made, and
// the functions that put the workers' parts together. Everything crossing a worker's edge is plain data.

type Rec = Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>;

/** A worker's share of an analysis: futures [from, to) of one game, or of every game of a class. */
export type AnalysisJob =
  | { kind: 'game'; scenario: ScenarioData; record: Rec; policy: ContinuationPolicy; futures: number; from: number; to: number }
  | { kind: 'class'; scenario: ScenarioData; records: Rec[]; policy: ContinuationPolicy; futures: number; from: number; to: number };

/** A job's counts. A class's games that cannot be analysed are `null`, with why in `skipped`. */
export type JobResult =
  | { kind: 'game'; tally: GameTally }
  | { kind: 'class'; tallies: (GameTally | null)[]; skipped: { index: number; message: string }[] };

/** Progress of a job: done of total, in futures played (a class counts each game as 1000). */
export type OnProgress = (done: number, total: number) => void;

/** A refusal worded for the user (an unfinished game, a bad setting), as opposed to a bug. */
export class JobRefused extends Error {}

const CLASS_GAME = 1000;

/** Runs a whole job at once (inside a worker); null when stopped. */
export function runJob(job: AnalysisJob, onProgress: OnProgress, shouldStop: () => boolean = () => false): JobResult | null {
  const opts = (p: OnProgress) => ({ policy: job.policy, futures: job.futures, from: job.from, to: job.to, onProgress: p, shouldStop });
  try {
    if (job.kind === 'game') {
      const tally = tallyGame(job.scenario, job.record, opts(onProgress));
      return tally && { kind: 'game', tally };
    }
    const tallies: (GameTally | null)[] = [];
    const skipped: { index: number; message: string }[] = [];
    const total = job.records.length * CLASS_GAME;
    for (const [i, record] of job.records.entries()) {
      try {
        const t = tallyGame(job.scenario, record, opts((d, n) => onProgress(i * CLASS_GAME + Math.floor((d / Math.max(1, n)) * CLASS_GAME), total)));
        if (!t) return null;
        tallies.push(t);
      } catch (e) {
        if (!(e instanceof AnalysisError)) throw e;
        tallies.push(null);
        skipped.push({ index: i, message: e.message });
      }
    }
    onProgress(total, total);
    return { kind: 'class', tallies, skipped };
  } catch (e) {
    throw e instanceof AnalysisError ? new JobRefused(e.message) : e;
  }
}

/** Futures per step on the page's own thread: about 20 ms of work between two chances for the page to respond. */
const STEP = 100;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One game's tally over futures [from, to), decision by decision and STEP futures at a time; null when stopped. */
async function tallyInSteps(job: Extract<AnalysisJob, { kind: 'game' }>, stopped: () => boolean, onStep: (fraction: number) => void): Promise<GameTally | null> {
  const decisions = statesAtDecisions(job.scenario, job.record).states.length;
  const base = { policy: job.policy, futures: job.futures };
  const parts: GameTally[] = [];
  const steps = Math.max(1, Math.ceil((job.to - job.from) / STEP));
  for (let i = 0; i < decisions; i++) {
    let acc: GameTally | null = null;
    for (let s = 0; s < steps; s++) {
      await nextTurn();
      if (stopped()) return null;
      const from = job.from + s * STEP;
      const part = tallyGame(job.scenario, job.record, { ...base, from, to: Math.min(job.to, from + STEP) }, [i])!;
      acc = acc ? mergeGameTallies(acc, part) : part;
      onStep((i * steps + s + 1) / (decisions * steps));
    }
    parts.push(acc!);
  }
  const first = parts[0] ?? tallyGame(job.scenario, job.record, { ...base, from: job.from, to: job.to }, [])!;
  return { ...first, futures: job.to - job.from, decisions: parts.flatMap((p) => p.decisions) };
}

/**
 * The same job on the page's own thread, in steps of ~20 ms with a pause between them, for browsers where no worker
 * can be made. The counts are the same as runJob's: a future's draws depend only on its seed, never on the step.
 */
export async function runJobInSteps(job: AnalysisJob, onProgress: OnProgress, stopped: () => boolean): Promise<JobResult | null> {
  const total = (job.kind === 'game' ? 1 : job.records.length) * CLASS_GAME;
  try {
    if (job.kind === 'game') {
      const tally = await tallyInSteps(job, stopped, (f) => onProgress(Math.floor(f * CLASS_GAME), total));
      return tally && { kind: 'game', tally };
    }
    const tallies: (GameTally | null)[] = [];
    const skipped: { index: number; message: string }[] = [];
    for (const [i, record] of job.records.entries()) {
      try {
        const t = await tallyInSteps({ ...job, kind: 'game', record }, stopped, (f) => onProgress(Math.floor((i + f) * CLASS_GAME), total));
        if (!t) return null;
        tallies.push(t);
      } catch (e) {
        if (!(e instanceof AnalysisError)) throw e;
        tallies.push(null);
        skipped.push({ index: i, message: e.message });
      }
    }
    return { kind: 'class', tallies, skipped };
  } catch (e) {
    throw e instanceof AnalysisError ? new JobRefused(e.message) : e;
  }
}

/** Adds up the parts of one job that several workers played (disjoint ranges of futures). */
export function mergeResults(parts: readonly JobResult[]): JobResult {
  const [first, ...rest] = parts;
  if (!first) throw new Error('no parts to merge');
  if (first.kind === 'game') return { kind: 'game', tally: rest.reduce((a, p) => mergeGameTallies(a, (p as typeof first).tally), first.tally) };
  const tallies = first.tallies.map((t, i) => (t ? rest.reduce((a, p) => mergeGameTallies(a, (p as typeof first).tallies[i]!), t) : null));
  return { kind: 'class', tallies, skipped: first.skipped };
}

export const analysisLib = { runJob, runJobInSteps, mergeResults, analysisOf, classAnalysisOf, JobRefused };
export type AnalysisLib = typeof analysisLib;
