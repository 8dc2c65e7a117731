import { parentPort, workerData } from 'node:worker_threads';
import { scenarioFinder, verifyChunk, type HandInChunk } from './hand-in-chunk.js';

// A worker thread of `class-report --jobs n`: reads and verifies the chunks of files it is sent.

const { find } = scenarioFinder((workerData as { scenario?: string }).scenario);
parentPort!.on('message', (chunk: HandInChunk) => parentPort!.postMessage(verifyChunk(chunk, find)));
