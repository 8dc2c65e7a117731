import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, type LoadResult } from '../scenario/load.js';
import type { ScenarioData } from '../scenario/types.js';
import { formatIssue } from '../scenario/issues.js';
import { UsageError } from './errors.js';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function readScenarioFile(file: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the file "${file}"`);
  }
  return loadScenarioText(text, file);
}

/** The shipped scenario files (not overlays or fixtures). */
export function shippedScenarioFiles(): string[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /^[^.]+\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

let shipped: ScenarioData[] | undefined;

/** The valid shipped scenarios, read once per process. */
export function loadShippedScenarios(): ScenarioData[] {
  if (shipped) return shipped;
  const out: ScenarioData[] = [];
  for (const file of shippedScenarioFiles()) {
    const r = readScenarioFile(file);
    if (r.ok) out.push(r.scenario);
  }
  shipped = out;
  return out;
}

/** A scenario by id (from scenarios/) or by file path; a broken file is a usage error listing its problems. */
export function resolveScenario(idOrFile: string): ScenarioData {
  const isPath = /[/\\]|\.ya?ml$/.test(idOrFile);
  const file = isPath ? idOrFile : shippedScenarioFiles().find((f) => basename(f).replace(/\.ya?ml$/, '') === idOrFile);
  if (!file) {
    const known = shippedScenarioFiles().map((f) => basename(f).replace(/\.ya?ml$/, ''));
    throw new UsageError(`unknown scenario "${idOrFile}" (known: ${known.join(', ') || 'none'})`);
  }
  const r = readScenarioFile(file);
  if (!r.ok) throw new UsageError(`the scenario file has problems:\n${r.issues.map(formatIssue).join('\n')}`);
  return r.scenario;
}

export function findScenarioById(id: string): ScenarioData | undefined {
  return loadShippedScenarios().find((s) => s.id === id);
}
