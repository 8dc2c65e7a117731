import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { mostNamedScenario, submissionScenarioId, verifyOne, type Placed } from '../analysis/index.js';
import { readHandInFile, tallyHandIns, type FileResult, type HandInTally } from '../app/index.js';
import type { ScenarioData } from '../scenario/types.js';
import { findScenarioById, resolveScenario } from './scenarios.js';

// A chunk of a class's hand-ins, read and verified where it runs (here or on a worker thread): what comes back is
// what the report keeps of each game (verifyOne), its tally of files read, and the scenarios they named.

export interface HandInChunk {
  index: number;
  files: string[];
}

export interface HandInChunkResult {
  index: number;
  tally: HandInTally;
  named: [string, number][];
  placed: Placed[];
}

/** Where scenarios are found: the one given with --scenario (an id or a file), else the shipped ones. */
export function scenarioFinder(given: string | undefined): { given?: ScenarioData; find: (id: string) => ScenarioData | undefined } {
  const scenario = given ? resolveScenario(given) : undefined;
  return scenario ? { given: scenario, find: (id) => (id === scenario.id ? scenario : findScenarioById(id)) } : { find: findScenarioById };
}

/** One file read with the page's own hand-in reader (an unreadable file becomes one refused item). */
export function readOneHandIn(f: string): FileResult {
  try {
    return readHandInFile(basename(f), readFileSync(f));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    return { items: [{ name: basename(f), nameFrom: 'label', source: basename(f), replay: null, refusal: { kind: 'malformed', message: `This file cannot be read (${why}).` } }], skipped: 0, otherEntries: 0 };
  }
}

export function verifyChunk(chunk: HandInChunk, find: (id: string) => ScenarioData | undefined): HandInChunkResult {
  const results = chunk.files.map(readOneHandIn);
  const named = new Map<string, number>();
  const placed: Placed[] = [];
  for (const r of results)
    for (const item of r.items) {
      const id = submissionScenarioId(item);
      if (id) named.set(id, (named.get(id) ?? 0) + 1);
      placed.push(verifyOne(item, placed.length, find));
    }
  return { index: chunk.index, tally: tallyHandIns(results), named: [...named], placed };
}

/** The chunks' results merged in chunk order: every game indexed in hand-in order, the tallies summed. */
export function mergeChunks(results: readonly HandInChunkResult[], otherFiles: number) {
  const tally = tallyHandIns([{ items: [], skipped: 0, otherFiles }]);
  const named = new Map<string, number>();
  const verified: Placed[] = [];
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    for (const k of Object.keys(tally) as (keyof HandInTally)[]) tally[k] += r.tally[k];
    for (const [id, n] of r.named) named.set(id, (named.get(id) ?? 0) + n);
    for (const p of r.placed) verified.push({ ...p, index: verified.length });
  }
  return { tally, verified, mostNamed: mostNamedScenario(named) };
}
