import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from './errors.js';

// Runs chunks of work on `jobs` worker threads (or here, for one job or one chunk), each worker answering one chunk
// at a time; `take` gets every result as it arrives (callers that need chunk order put them back in order).

export interface PoolJob<C extends { index: number }, R> {
  /** The worker's entry script (it answers each chunk message with one result message). */
  entry: URL;
  workerData: unknown;
  chunks: readonly C[];
  jobs: number;
  /** The same work, run here: for one job, or a single chunk. */
  local: (chunk: C) => R;
  take: (result: R) => void;
  /** Names the work in the error when a worker stops early. */
  what: string;
}

export async function runOnWorkers<C extends { index: number }, R>(job: PoolJob<C, R>): Promise<void> {
  if (job.jobs <= 1 || job.chunks.length <= 1) {
    for (const c of job.chunks) job.take(job.local(c));
    return;
  }
  const queue = [...job.chunks];
  const workers = Array.from({ length: Math.min(job.jobs, job.chunks.length) }, () => new Worker(job.entry, { workerData: job.workerData }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const c = queue.shift();
              if (c) w.postMessage(c);
              else resolve();
            };
            w.on('message', (m: R) => {
              job.take(m);
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code ? reject(new Error(`a ${job.what} worker stopped (exit ${code})`)) : resolve()));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The --jobs flag: a whole number of worker threads, every core when it is not given. */
export function jobsFlag(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${value}"`);
  return n;
}
