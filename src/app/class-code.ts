import type { ScenarioData } from '../scenario/types.js';
import { classProblemEn, type ClassProblem } from './class-problems.js';
import { isLang, isLevel, LANGS, LEVELS, type Lang, type Level } from './text-variant.js';

// A class's settings as a short code to type (e.g. "2022-1p-k7qxm2pa", or "2022-1pt-…" when practice games are
// allowed, "2022-1pfb-…" in Persian at the basic level) and as link parameters. A class IS its settings: two games
// belong to the same class when these match. The language and level are how the class reads, not which class it
// is: a game played in another language still belongs to it.

/** What a code needs to know of a scenario (a catalog entry will do). */
export type CodeScenario = Pick<ScenarioData, 'id' | 'title' | 'difficulties'>;

export interface ClassSettings {
  scenario: string;
  seed: string;
  difficulty: string;
  previews: boolean;
  /** Students may play practice games first (those are not handed in as the class game). */
  practice?: boolean;
  /** The language and reading level the class plays in; left out, each student's own choice stands. */
  lang?: Lang;
  level?: Level;
}

/** The language and level a class names beyond the defaults (English, advanced), which codes and links carry. */
const variantOf = (s: Pick<ClassSettings, 'lang' | 'level'>) => ({ ...(s.lang && s.lang !== 'en' ? { lang: s.lang } : {}), ...(s.level && s.level !== 'advanced' ? { level: s.level } : {}) });

/** The short key of a scenario in codes: its id up to the first "-" (e.g. "2022"). */
export const scenarioKey = (id: string) => id.split('-')[0]!;

/** The short code, or null when the seed cannot travel in one (only lower-case letters and digits can). */
export function encodeClassCode(scenarios: readonly CodeScenario[], s: ClassSettings): string | null {
  const scenario = scenarios.find((x) => x.id === s.scenario);
  const difficulty = scenario?.difficulties.findIndex((d) => d.id === s.difficulty) ?? -1;
  if (!scenario || difficulty < 0 || difficulty > 9 || !/^[a-z0-9]{1,24}$/.test(s.seed)) return null;
  if (scenarios.filter((x) => scenarioKey(x.id) === scenarioKey(scenario.id)).length > 1) return null;
  const v = variantOf(s);
  return `${scenarioKey(scenario.id)}-${difficulty}${s.previews ? 'p' : 'n'}${s.practice ? 't' : ''}${v.lang === 'fa' ? 'f' : ''}${v.level === 'basic' ? 'b' : ''}-${s.seed}`;
}

export type ClassDecode = { ok: true; settings: ClassSettings } | { ok: false; problem: ClassProblem; message: string };

const refuse = (problem: ClassProblem) => ({ ok: false as const, problem, message: classProblemEn(problem) });

export function decodeClassCode(scenarios: readonly CodeScenario[], code: string): ClassDecode {
  if (!code.trim()) return refuse({ kind: 'emptyBox', links: false });
  const m = /^([a-z0-9]+)-(\d)([pn])(t?)(f?)(b?)-([a-z0-9]{1,24})$/.exec(code.trim().toLowerCase());
  if (!m) return refuse({ kind: 'notACode', code: code.trim() });
  const [, key, diff, previews, practice, persian, basic, seed] = m as unknown as [string, string, string, string, string, string, string, string];
  const matches = scenarios.filter((x) => scenarioKey(x.id) === key);
  if (matches.length !== 1) return refuse({ kind: 'noScenarioKey', key, keys: scenarios.map((x) => scenarioKey(x.id)).join(', ') });
  const scenario = matches[0]!;
  const difficulty = scenario.difficulties[Number(diff)];
  if (!difficulty) return refuse({ kind: 'noDifficultyNumber', scenario: scenario.title, n: diff });
  const variant = { ...(persian ? { lang: 'fa' as const } : {}), ...(basic ? { level: 'basic' as const } : {}) };
  return { ok: true, settings: { scenario: scenario.id, seed, difficulty: difficulty.id, previews: previews === 'p', ...(practice ? { practice: true } : {}), ...variant } };
}

/**
 * URL query parameters for a class link: ?scenario=…&seed=…&difficulty=…&previews=1|0, then &practice=1 when the class
 * allows practice games, &lang=fa and &level=basic when so (everything its code carries).
 */
export function classLinkQuery(s: ClassSettings): string {
  const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
  const v = variantOf(s);
  return [q('scenario', s.scenario), q('seed', s.seed), q('difficulty', s.difficulty), q('previews', s.previews ? '1' : '0'), ...(s.practice ? [q('practice', '1')] : []), ...(v.lang ? [q('lang', v.lang)] : []), ...(v.level ? [q('level', v.level)] : [])].join('&');
}

/** A link's lang= and level=, or a refusal in words when it names one this game does not have. */
export function linkVariant(p: URLSearchParams): { ok: true; variant: Pick<ClassSettings, 'lang' | 'level'> } | { ok: false; problem: ClassProblem; message: string } {
  const lang = p.get('lang');
  const level = p.get('level');
  if (lang !== null && !isLang(lang)) return refuse({ kind: 'badLang', lang: lang.slice(0, 16), langs: LANGS.join(', ') });
  if (level !== null && !isLevel(level)) return refuse({ kind: 'badLevel', level: level.slice(0, 16), levels: LEVELS.join(', ') });
  return { ok: true, variant: { ...(lang !== null ? { lang } : {}), ...(level !== null ? { level } : {}) } };
}

/**
 * A class given as a class code or as a class link (…?scenario=…&seed=…&difficulty=…&previews=…, or …?class=<code>;
 * the teacher page's #projector?… links count too). Surrounding quotes and punctuation are ignored.
 */
export function parseClassRef(scenarios: readonly ScenarioData[], text: string): ClassDecode {
  const given = text.trim().replace(/^[\s"'“”‘’<(]+|[\s"'“”‘’>).,;]+$/gu, '');
  if (!given) return refuse({ kind: 'nothingGiven' });
  const query = given.includes('?') ? given.slice(given.indexOf('?') + 1) : given.includes('=') ? given : null;
  if (query === null) return decodeClassCode(scenarios, given);
  const p = new URLSearchParams(query.split('#')[0]);
  const code = p.get('class');
  if (code) return decodeClassCode(scenarios, code);
  const scenario = scenarios.find((x) => x.id === p.get('scenario'));
  if (!scenario) return refuse({ kind: 'noScenario', ids: scenarios.map((x) => x.id).join(', ') });
  const seed = p.get('seed') ?? '';
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(seed)) return refuse({ kind: 'badSeed' });
  const difficulty = p.get('difficulty') ?? scenario.difficulties[0]!.id;
  const level = scenario.difficulties.find((d) => d.id === difficulty);
  if (!level) return refuse({ kind: 'noDifficulty', scenario: scenario.title, difficulty });
  const previews = p.get('previews');
  const words = linkVariant(p);
  if (!words.ok) return words;
  return { ok: true, settings: { scenario: scenario.id, seed, difficulty, previews: previews === null ? level.previews : ['1', 'true', 'on'].includes(previews), ...(p.get('practice') === '1' ? { practice: true } : {}), ...words.variant } };
}

/** The class as one line, for the top of every class page and printout. */
export function classLine(scenarios: readonly ScenarioData[], s: ClassSettings): string {
  const scenario = scenarios.find((x) => x.id === s.scenario);
  const level = scenario?.difficulties.find((d) => d.id === s.difficulty);
  return [
    scenario ? `${scenario.title} (v${scenario.version})` : s.scenario,
    `seed ${s.seed}`,
    level?.name ?? s.difficulty,
    s.previews ? 'previews on' : 'previews off',
    s.practice ? 'practice games allowed' : 'no practice games',
    ...(s.lang === 'fa' ? ['in Persian'] : []),
    ...(s.level === 'basic' ? ['basic text'] : []),
  ].join(' \u00B7 ');
}
