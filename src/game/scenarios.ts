import catalog from 'virtual:scenario-catalog';
import { compileScenario, useBuiltRulesHash, type CompiledScenario } from '../engine';
import { DEFAULT_VARIANT, type TextVariant } from '../app/text-variant';
import { loadScenarioScript } from '../app/scenario-script';
import { entryInVariant, type ScenarioEntry } from '../scenario/catalog';
import type { ScenarioData } from '../scenario/types';

// The scenarios built into this copy of the game (validated at build time by the Vite plugin). The catalog (titles,
// summaries, periods, difficulties, in every text variant) is in the bundle; each whole scenario is its own file,
// one per text variant, loaded when chosen. The variant changes words only: a record plays the same in any.

export type { ScenarioEntry };

let variant: TextVariant = DEFAULT_VARIANT;
let entries: readonly ScenarioEntry[] = catalog.map((e) => entryInVariant(e, variant));
/** Loaded scenarios by file key (the id, or id.variant), so that a scenario is never shown in another variant's words. */
const loaded = new Map<string, ScenarioData>();
const loading = new Map<string, Promise<ScenarioData>>();

/**
 * The language and reading level the scenarios are shown in. Set it once at boot, before any scenario loads: a
 * scenario loaded in another variant is not found (findScenario) until it is loaded again in this one.
 */
export function setTextVariant(v: TextVariant): void {
  variant = { lang: v.lang, level: v.level };
  entries = catalog.map((e) => entryInVariant(e, variant));
}

export const textVariant = (): TextVariant => variant;

/** Every scenario of this copy, loaded or not, in the current variant. */
export function allScenarios(): readonly ScenarioEntry[] {
  return entries;
}

const entryOf = (id: string) => entries.find((s) => s.id === id);

/** A scenario whose file is loaded (see loadScenario), in the current variant, or undefined. */
export function findScenario(id: string): ScenarioData | undefined {
  const entry = entryOf(id);
  return entry && loaded.get(entry.key);
}

/** A scenario of this copy whose file is not loaded (yet). */
export function notLoadedYet(id: string): boolean {
  const entry = entryOf(id);
  return !!entry && !loaded.has(entry.key);
}

/** Loads a scenario's file for the current variant (once) as a classic script, which works over http and from file:// alike. */
export function loadScenario(id: string): Promise<ScenarioData> {
  const entry = entryOf(id);
  if (!entry) return Promise.reject(new Error(`no scenario "${id}" in this copy`));
  const done = loaded.get(entry.key);
  if (done) return Promise.resolve(done);
  let p = loading.get(entry.key);
  if (!p) {
    p = loadScenarioScript(entry.file, entry.key).then(
      (data) => {
        useBuiltRulesHash(data, entry.rules);
        loaded.set(entry.key, data);
        return data;
      },
      () => {
        loading.delete(entry.key);
        throw new Error(`The scenario "${entry.title}" could not be loaded (${entry.file}): check the network connection and open the game again.`);
      },
    );
    loading.set(entry.key, p);
  }
  return p;
}

export function loadScenarios(ids: Iterable<string>): Promise<ScenarioData[]> {
  return Promise.all([...new Set(ids)].map(loadScenario));
}

export function compiled(s: ScenarioData): CompiledScenario {
  return compileScenario(s);
}

/** The difficulty a new game uses when none is given: "standard" if the scenario has it, else the first. */
export { defaultDifficulty } from '../app';

export function difficultyOf(s: Pick<ScenarioData, 'difficulties'>, id: string) {
  return s.difficulties.find((d) => d.id === id);
}
