import { parentPort, workerData } from 'node:worker_threads';
import { runChunk, type Chunk, type SimulationPlan } from './sim-chunk.js';

// A worker thread of `simulate --jobs n`: plays the chunks it is sent and answers with their tallies.

const plan = workerData as SimulationPlan;
parentPort!.on('message', (chunk: Chunk) => parentPort!.postMessage({ index: chunk.index, tally: runChunk(plan, chunk) }));
