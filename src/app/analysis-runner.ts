import { loadAnalysisLib } from 'virtual:analysis-script';
import type { ClassAnalysis } from '../analysis/decision-analysis-class.js';
import type { ContinuationPolicy } from '../analysis/decision-analysis-futures.js';
import type { GameAnalysis } from '../analysis/decision-analysis.js';
import type { GameRecord } from '../engine/record.js';
import type { ScenarioData } from '../scenario/types.js';
import type { AnalysisJob, AnalysisLib, JobResult } from './analysis-lib.js';
import { ANALYSIS_MEASURE } from './analysis-measure.js';
import type { WorkerReply } from './analysis-worker.js';

// Starts a decision analysis off the page's thread, for the game's debrief and the teacher page alike: the
// analysis script is loaded on first use, two workers each play half of the futures, and their counts are added
// up here. Where no worker can be made (or one fails to start), the page plays the same futures itself in small
// steps, pausing between them, and gets the same numbers. Cancel stops the workers at once.

export interface AnalysisSettings {
  policy: ContinuationPolicy;
  /** K: futures per open option at each decision. */
  futures: number;
}

/** Where the futures are played: two workers, or the page's own thread in steps. */
export type AnalysisMode = 'workers' | 'page';

export interface AnalysisRun<T> {
  /** The analysis, or null when cancelled. Rejects with AnalysisRefused for a game that cannot be analysed. */
  readonly result: Promise<T | null>;
  cancel(): void;
  /** Where it runs, once it has started. */
  readonly mode: AnalysisMode | null;
}

/** A game or setting the analysis refuses (unfinished, refused by the rules): the message is for the user. */
export class AnalysisRefused extends Error {}

/** Progress from 0 to 1. */
export type OnFraction = (fraction: number) => void;

const WORKERS = 2;

type Rec = Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>;
/** A job before it is cut into the workers' ranges of futures. */
type JobSpec = AnalysisJob extends infer J ? (J extends AnalysisJob ? Omit<J, 'from' | 'to'> : never) : never;

/** Futures [0, K) cut into `n` ranges (fewer when K is small). */
function ranges(futures: number, n: number): [number, number][] {
  const parts = Math.max(1, Math.min(n, futures));
  return Array.from({ length: parts }, (_, i) => [Math.floor((i * futures) / parts), Math.floor(((i + 1) * futures) / parts)]);
}

/** Whether this browser lets the page start workers at all (the check before trying). */
const canTryWorkers = () => typeof Worker !== 'undefined' && typeof Blob !== 'undefined' && typeof URL !== 'undefined';

class Runner {
  mode: AnalysisMode | null = null;
  /** The longest time a worker spent on its part (the rest of a run is loading, starting and adding up). */
  workerMs = 0;
  private cancelled = false;
  private workers: Worker[] = [];
  private settle: ((r: JobResult | null) => void) | null = null;

  constructor(private readonly onFraction: OnFraction) {}

  cancel(): void {
    this.cancelled = true;
    this.stopWorkers();
    this.settle?.(null);
  }

  private stopWorkers(): void {
    for (const w of this.workers.splice(0)) w.terminate();
  }

  /** Runs `job` over futures [0, K): in workers when possible, else in steps on the page. */
  async run(job: JobSpec): Promise<{ lib: AnalysisLib; result: JobResult | null }> {
    const { lib, createWorker } = await loadAnalysisLib();
    if (this.cancelled) return { lib, result: null };
    const inWorkers = canTryWorkers() ? await this.inWorkers(job, createWorker) : 'failed';
    if (inWorkers !== 'failed') return { lib, result: inWorkers && lib.mergeResults(inWorkers) };
    this.mode = 'page';
    this.onFraction(0);
    try {
      const whole = { ...job, from: 0, to: job.futures } as AnalysisJob;
      return { lib, result: await lib.runJobInSteps(whole, (d: number, t: number) => this.onFraction(t ? d / t : 1), () => this.cancelled) };
    } catch (e) {
      throw e instanceof lib.JobRefused && e instanceof Error ? new AnalysisRefused(e.message) : e;
    }
  }

  /** The job's parts from the workers; null when cancelled, 'failed' when a worker could not start or broke. */
  private inWorkers(job: JobSpec, createWorker: () => Worker): Promise<JobResult[] | null | 'failed'> {
    return new Promise((resolve, reject) => {
      const parts = ranges(job.futures, WORKERS);
      const done: (JobResult | undefined)[] = parts.map(() => undefined);
      const progress = parts.map(() => ({ done: 0, total: 0 }));
      let over = false;
      const finish = (value: JobResult[] | null | 'failed' | Error) => {
        if (over) return;
        over = true;
        this.settle = null;
        this.stopWorkers();
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      this.settle = () => finish(null);
      try {
        for (let i = 0; i < parts.length; i++) this.workers.push(createWorker());
      } catch {
        // Those already made are stopped with the rest.
        return finish('failed');
      }
      this.mode = 'workers';
      this.workers.forEach((w, i) => {
        w.onmessage = (e: MessageEvent<WorkerReply>) => {
          const m = e.data;
          if (m.type === 'progress') {
            progress[i] = { done: m.done, total: m.total };
            // Until every worker has said how much it has to do, count the others' share as this one's.
            const known = progress.filter((p) => p.total > 0);
            const total = (known.reduce((s, p) => s + p.total, 0) / Math.max(1, known.length)) * parts.length;
            this.onFraction(total ? known.reduce((s, p) => s + p.done, 0) / total : 0);
          } else if (m.type === 'done') {
            done[i] = m.result;
            this.workerMs = Math.max(this.workerMs, m.ms);
            if (done.every((d) => d !== undefined)) {
              this.onFraction(1);
              finish(done as JobResult[]);
            }
          } else finish(m.refused ? new AnalysisRefused(m.message) : new Error(m.message));
        };
        // A worker that cannot start (a policy, a browser without Blob workers) or dies: the page does the work.
        w.onerror = (e) => {
          e.preventDefault();
          finish('failed');
        };
        w.onmessageerror = () => finish('failed');
        const [from, to] = parts[i]!;
        w.postMessage({ job: { ...job, from, to } });
      });
    });
  }
}

function start<T>(job: JobSpec, onFraction: OnFraction, finish: (lib: AnalysisLib, r: JobResult) => T): AnalysisRun<T> {
  const runner = new Runner(onFraction);
  const began = performance.now();
  const result = runner.run(job).then(({ lib, result: r }) => {
    if (!r) return null;
    const out = finish(lib, r);
    performance.measure(ANALYSIS_MEASURE, { start: began, detail: { mode: runner.mode, workerMs: runner.workerMs, kind: job.kind, policy: job.policy, futures: job.futures } });
    return out;
  });
  return {
    result,
    cancel: () => runner.cancel(),
    get mode() {
      return runner.mode;
    },
  };
}

/** Every decision of a finished game, analysed. */
export function runGameAnalysis(scenario: ScenarioData, record: Rec, s: AnalysisSettings, onFraction: OnFraction = () => undefined): AnalysisRun<GameAnalysis> {
  const plain = { seed: record.seed, difficulty: record.difficulty, decisions: record.decisions };
  return start({ kind: 'game', scenario, record: plain, ...s }, onFraction, (lib, r) => lib.analysisOf(scenario, (r as Extract<JobResult, { kind: 'game' }>).tally));
}

/** A class's games analysed together, card by card. */
export function runClassAnalysis(scenario: ScenarioData, records: readonly Rec[], s: AnalysisSettings, onFraction: OnFraction = () => undefined): AnalysisRun<ClassAnalysis> {
  const plain = records.map((r) => ({ seed: r.seed, difficulty: r.difficulty, decisions: r.decisions }));
  return start({ kind: 'class', scenario, records: plain, ...s }, onFraction, (lib, r) => {
    const c = r as Extract<JobResult, { kind: 'class' }>;
    return lib.classAnalysisOf(scenario, c.tallies.filter((t) => t !== null), c.skipped, s);
  });
}
