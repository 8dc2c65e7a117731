import { Worker } from 'node:worker_threads';
import { runChunk, type Chunk, type SimulationPlan } from './sim-chunk.js';
import { mergeTally, type Tally } from './sim-summary.js';

// Plays a simulation's chunks on `jobs` worker threads (or here, for one job) and merges their tallies in chunk
// order as they arrive, so that memory holds only the chunks that came back early, and the result is the one a
// single job gives.

export async function runChunks(plan: SimulationPlan, chunks: readonly Chunk[], jobs: number, into: (c: Chunk) => Tally): Promise<void> {
  const done = new Map<number, Tally>();
  let next = 0;
  const take = (index: number, tally: Tally) => {
    done.set(index, tally);
    while (done.has(next)) {
      mergeTally(into(chunks[next]!), done.get(next)!);
      done.delete(next++);
    }
  };
  if (jobs <= 1 || chunks.length <= 1) {
    for (const c of chunks) take(c.index, runChunk(plan, c));
    return;
  }
  const queue = [...chunks];
  const workers = Array.from({ length: Math.min(jobs, chunks.length) }, () => new Worker(new URL('./sim-worker.mjs', import.meta.url), { workerData: plan }));
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
            w.on('message', (m: { index: number; tally: Tally }) => {
              take(m.index, m.tally);
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code ? reject(new Error(`a simulation worker stopped (exit ${code})`)) : resolve()));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
