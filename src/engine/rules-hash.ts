import type { ScenarioData } from './scenario.js';
import { contentHash } from './hash.js';

// The rules hash covers what the rules read (ids, numbers, conditions, effects, windows, weights, endings'
// conditions) and none of the display text, so that fixing a typo or adding a translation keeps every record.
// A test checks that every text id of src/scenario/text-ids.ts is left out here.

/** Keys whose values are display text (or references shown with it) wherever they appear in a scenario. */
const TEXT_KEYS = new Set([
  'title', 'summary', 'intro', 'name', 'description', 'note', 'role', 'label', 'detail', 'outcome', 'situation',
  'argues', 'text', 'news', 'elseNews', 'date', 'reason', 'language', 'history', 'sources', 'assumes', 'quotes',
]);

function withoutText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutText);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!TEXT_KEYS.has(k)) out[k] = withoutText(v);
  return out;
}

/** The part of a scenario that the rules read, as plain data. */
export function rulesOf(data: ScenarioData): unknown {
  const { sources: _sources, advisors, ...rest } = data;
  // Advisors matter to the rules only by id and camp (for the record); their words are text.
  return withoutText({ ...rest, advisors: advisors.map((a) => ({ id: a.id, camp: a.camp })) });
}

export function rulesHash(data: ScenarioData): string {
  return contentHash(rulesOf(data));
}

const builtHashes = new WeakMap<ScenarioData, string>();

/**
 * The rules hash of a scenario as the build computed it with rulesHash (the game's catalog carries it, and a test
 * holds each equal to a fresh one): compileScenario then takes it rather than hashing the rules again as a game
 * starts (~10 ms of the first turn). Anything not told this way is hashed.
 */
export function useBuiltRulesHash(data: ScenarioData, hash: string): void {
  builtHashes.set(data, hash);
}

/** The scenario's rules hash: the one the build computed, if told (useBuiltRulesHash), else computed now. */
export const rulesHashOf = (data: ScenarioData): string => builtHashes.get(data) ?? rulesHash(data);
