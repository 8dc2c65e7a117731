import type { ScenarioData } from '../scenario/types.js';

// A class's settings as a short code to type (e.g. "2022-1p-k7qxm2pa") and as link parameters.

/** What a code needs to know of a scenario (a catalog entry will do). */
export type CodeScenario = Pick<ScenarioData, 'id' | 'title' | 'difficulties'>;

export interface ClassSettings {
  scenario: string;
  seed: string;
  difficulty: string;
  previews: boolean;
}

/** The short key of a scenario in codes: its id up to the first "-" (e.g. "2022"). */
export const scenarioKey = (id: string) => id.split('-')[0]!;

/** The short code, or null when the seed cannot travel in one (only lower-case letters and digits can). */
export function encodeClassCode(scenarios: readonly CodeScenario[], s: ClassSettings): string | null {
  const scenario = scenarios.find((x) => x.id === s.scenario);
  const difficulty = scenario?.difficulties.findIndex((d) => d.id === s.difficulty) ?? -1;
  if (!scenario || difficulty < 0 || difficulty > 9 || !/^[a-z0-9]{1,24}$/.test(s.seed)) return null;
  if (scenarios.filter((x) => scenarioKey(x.id) === scenarioKey(scenario.id)).length > 1) return null;
  return `${scenarioKey(scenario.id)}-${difficulty}${s.previews ? 'p' : 'n'}-${s.seed}`;
}

export function decodeClassCode(scenarios: readonly CodeScenario[], code: string): { ok: true; settings: ClassSettings } | { ok: false; message: string } {
  const m = /^([a-z0-9]+)-(\d)([pn])-([a-z0-9]{1,24})$/.exec(code.trim().toLowerCase());
  if (!m) return { ok: false, message: `"${code.trim()}" is not a class code; a class code looks like 2022-1p-k7qxm2pa.` };
  const [, key, diff, previews, seed] = m as unknown as [string, string, string, string, string];
  const matches = scenarios.filter((x) => scenarioKey(x.id) === key);
  if (matches.length !== 1) return { ok: false, message: `No scenario has the key "${key}" (this game has ${scenarios.map((x) => scenarioKey(x.id)).join(', ')}).` };
  const scenario = matches[0]!;
  const difficulty = scenario.difficulties[Number(diff)];
  if (!difficulty) return { ok: false, message: `"${scenario.title}" has no difficulty number ${diff}.` };
  return { ok: true, settings: { scenario: scenario.id, seed, difficulty: difficulty.id, previews: previews === 'p' } };
}

/** URL query parameters for a class link: ?scenario=…&seed=…&difficulty=…&previews=1|0 */
export function classLinkQuery(s: ClassSettings): string {
  const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
  return [q('scenario', s.scenario), q('seed', s.seed), q('difficulty', s.difficulty), q('previews', s.previews ? '1' : '0')].join('&');
}
