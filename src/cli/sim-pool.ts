import { runChunk, type Chunk, type SimulationPlan } from './sim-chunk.js';
import { mergeTally, type Tally } from './sim-summary.js';
import { runOnWorkers } from './worker-pool.js';

// Plays a simulation's chunks on `jobs` worker threads (or here, for one job) and merges their tallies in chunk
// order as they arrive, so that memory holds only the chunks that came back early, and the result is the one a
// single job gives.

export async function runChunks(plan: SimulationPlan, chunks: readonly Chunk[], jobs: number, into: (c: Chunk) => Tally): Promise<void> {
  const done = new Map<number, Tally>();
  let next = 0;
  await runOnWorkers<Chunk, { index: number; tally: Tally }>({
    entry: new URL('./sim-worker.mjs', import.meta.url),
    workerData: plan,
    chunks,
    jobs,
    what: 'simulation',
    local: (c) => ({ index: c.index, tally: runChunk(plan, c) }),
    take: ({ index, tally }) => {
      done.set(index, tally);
      while (done.has(next)) {
        mergeTally(into(chunks[next]!), done.get(next)!);
        done.delete(next++);
      }
    },
  });
}
