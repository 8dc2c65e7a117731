import { analysisLib, JobRefused, runJob, type AnalysisJob, type JobResult } from './analysis-lib';

// The analysis script's entry (src/build/analysis-script.ts builds it into one classic script). Loaded by the page,
// it hands the page the analysis functions; run as a worker (the same code, from a Blob URL), it plays the job it
// is sent and posts its progress and counts back.

/** What a worker posts back. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: JobResult; ms: number }
  | { type: 'failed'; refused: boolean; message: string };

/** Where the page finds the functions once the script has run. */
export const ANALYSIS_GLOBAL = '__sbAnalysis';

const scope = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: MessageEvent<{ job: AnalysisJob }>) => void) | null } & Record<string, unknown>;

if (typeof document === 'undefined') {
  scope.onmessage = (e) => {
    let last = 0;
    const started = performance.now();
    try {
      const result = runJob(e.data.job, (done, total) => {
        // A message every ~30 ms at most: enough for a smooth bar, few enough not to slow the work.
        const now = Date.now();
        if (now - last < 30 && done < total) return;
        last = now;
        scope.postMessage({ type: 'progress', done, total });
      });
      if (result) scope.postMessage({ type: 'done', result, ms: performance.now() - started });
    } catch (err) {
      scope.postMessage({ type: 'failed', refused: err instanceof JobRefused, message: err instanceof Error ? err.message : String(err) });
    }
  };
} else scope[ANALYSIS_GLOBAL] = analysisLib;
