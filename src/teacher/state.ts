import { type ClassSettings } from '../app';
import { allScenarios, defaultDifficulty, findScenario, type Loaded } from './data';

// What the sections share while the page is open: the class settings (kept in localStorage so that a
// teacher coming back finds the same seed) and the replay open in the viewer.

const SETTINGS_KEY = 'sb-teacher-class';

import { SEED_PATTERN, newSeed as freshSeed } from '../app';
import { isLang, isLevel } from '../app/text-variant';

export { SEED_PATTERN, freshSeed };

function storedSettings(): ClassSettings | null {
  try {
    const raw = window.localStorage.getItem(SETTINGS_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ClassSettings>;
    const scenario = typeof v.scenario === 'string' ? findScenario(v.scenario) : undefined;
    if (!scenario || typeof v.seed !== 'string' || !SEED_PATTERN.test(v.seed)) return null;
    const difficulty = scenario.difficulties.some((d) => d.id === v.difficulty) ? (v.difficulty as string) : defaultDifficulty(scenario);
    // The words the class plays in (setup.ts), kept when they are ones this game has.
    const words = v as { lang?: unknown; level?: unknown };
    return { scenario: scenario.id, seed: v.seed, difficulty, previews: v.previews === true, ...(v.practice ? { practice: true } : {}), ...(isLang(words.lang) ? { lang: words.lang } : {}), ...(isLevel(words.level) ? { level: words.level } : {}) };
  } catch {
    return null;
  }
}

function defaults(): ClassSettings {
  const scenario = allScenarios().find((x) => x.id.endsWith('suspicious-bind')) ?? allScenarios()[0]!;
  const difficulty = defaultDifficulty(scenario);
  return { scenario: scenario.id, seed: freshSeed(), difficulty, previews: scenario.difficulties.find((d) => d.id === difficulty)?.previews ?? false };
}

let settings: ClassSettings | null = null;

/** The class the teacher set up here last (null before the setup page was ever shown). */
export const rememberedClass = (): ClassSettings | null => storedSettings();

/** Forgets the class: the next setup shows a new one with a fresh seed. */
export function startNewClass(): ClassSettings {
  settings = defaults();
  setClassSettings(settings);
  return settings;
}

export function classSettings(): ClassSettings {
  settings ??= storedSettings() ?? defaults();
  return settings;
}

export function setClassSettings(next: ClassSettings): void {
  settings = next;
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
  } catch {
    /* private mode: settings last for this visit only */
  }
}

let loaded: Loaded | null = null;

export const loadedReplay = (): Loaded | null => loaded;

export function setLoadedReplay(next: Loaded | null): void {
  loaded = next;
}
