import type { CompiledScenario } from '../engine';
import { seedFromNumber } from '../engine';
import type { ScenarioData } from '../scenario/types.js';

// The defaults and small rules that the game, the teacher page and the CLI share, each written once.

/** Seeds a link or class code can carry. */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const isValidSeed = (seed: string): boolean => SEED_PATTERN.test(seed);

/** A fresh seed for a new game, from the platform's random source (the engine never reads one). */
export function newSeed(): string {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return seedFromNumber(buf[0]! / 2 ** 32);
}

/** The difficulty a game gets when none is named: "standard" if the scenario has it, else its first. */
export function defaultDifficulty(s: Pick<ScenarioData, 'difficulties'>): string {
  return (s.difficulties.find((d) => d.id === 'standard') ?? s.difficulties[0])!.id;
}

/** The scenario offered first: the one whose period is latest. */
export function defaultScenario<S extends Pick<ScenarioData, 'period'>>(list: readonly S[]): S | undefined {
  return [...list].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
}

/** A stat where higher is worse: the three meters and the camps (indicators are not tensions). */
export const isTension = (cs: CompiledScenario, stat: string): boolean => stat === 'elites' || cs.tensionStats.has(stat);

/** "March 2022" (or its translation) from "2022-03", through Intl for the given language. */
export function monthName(ym: string, locale = 'en', style: 'long' | 'short' = 'long'): string {
  const [y, m] = ym.split('-').map(Number);
  if (!y || !m) return ym;
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
