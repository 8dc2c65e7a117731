import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, type LoadResult } from '../scenario/load.js';
import type { ScenarioData } from '../scenario/types.js';
import { formatIssue } from '../scenario/issues.js';
import { readOverlayFolder, textsOf, type ReadOverlay } from '../scenario/overlay-files.js';
import { formatOverlayIssue, type OverlayIssue } from '../scenario/overlay-issues.js';
import type { OverlayName } from '../scenario/overlay-names.js';
import { applyVariant } from '../scenario/variant.js';
import type { TextVariant } from '../app/text-variant.js';
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

/** A scenario and its file, by id (from scenarios/) or by file path; a broken file is a usage error listing its problems. */
export function resolveScenarioFile(idOrFile: string): { file: string; scenario: ScenarioData } {
  const isPath = /[/\\]|\.ya?ml$/.test(idOrFile);
  const file = isPath ? idOrFile : shippedScenarioFiles().find((f) => basename(f).replace(/\.ya?ml$/, '') === idOrFile);
  if (!file) {
    const known = shippedScenarioFiles().map((f) => basename(f).replace(/\.ya?ml$/, ''));
    throw new UsageError(`unknown scenario "${idOrFile}" (known: ${known.join(', ') || 'none'})`);
  }
  const r = readScenarioFile(file);
  if (!r.ok) throw new UsageError(`the scenario file has problems:\n${r.issues.map(formatIssue).join('\n')}`);
  return { file, scenario: r.scenario };
}

export const resolveScenario = (idOrFile: string): ScenarioData => resolveScenarioFile(idOrFile).scenario;

/** The overlays beside a scenario's file (<its folder>/overlays/<id>.<name>.yaml), read and checked. */
export function overlaysOf(file: string, scenario: ScenarioData): { overlays: Map<OverlayName, ReadOverlay>; issues: OverlayIssue[] } {
  const folder = readOverlayFolder(dirname(file), [scenario], { only: [scenario.id] });
  return { overlays: folder.overlays.get(scenario.id) ?? new Map(), issues: folder.issues };
}

/**
 * A scenario (id or file) in a text variant: the overlays beside its file applied in order. Texts still to
 * translate show the scenario's own; a broken overlay is a usage error listing its problems.
 */
export function scenarioInVariant(idOrFile: string, v: TextVariant): ScenarioData {
  const { file, scenario } = resolveScenarioFile(idOrFile);
  const { overlays, issues } = overlaysOf(file, scenario);
  const broken = issues.filter((i) => i.kind === 'broken');
  if (broken.length) throw new UsageError(`the scenario's overlays have problems:\n${broken.map(formatOverlayIssue).join('\n')}`);
  const texts = Object.fromEntries([...overlays].map(([name, o]) => [name, textsOf(o)]));
  return applyVariant(scenario, texts, v);
}

export function findScenarioById(id: string): ScenarioData | undefined {
  return loadShippedScenarios().find((s) => s.id === id);
}
