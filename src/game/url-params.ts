import { decodeClassCode, defaultDifficulty, encodeClassCode, isLang, isLevel, isValidSeed, LANGS, LEVELS, type CodeScenario, type Lang, type Level } from '../app';
import { t } from './i18n';

// Class links: ?scenario=<id>&seed=<s>&difficulty=<d>&previews=1|0[&practice=1], or ?class=<class code>. Anything unknown or
// malformed is reported in words and the player lands on the title screen, with whatever was valid kept as the title's defaults.
// Either may add &lang=en|fa&level=advanced|basic: the words the game is shown in (i18n/variant.ts reads them at boot;
// a class code's own language and level win over them).
// A class that allows practice games opens the title with the class joined (the student chooses a practice game or
// the class game there); any other complete link goes straight into its game.

const KNOWN = ['scenario', 'seed', 'difficulty', 'previews', 'practice', 'class', 'lang', 'level'] as const;
/** The words a link is shown in, not the game it opens. */
const PRESENTATION = ['lang', 'level'];

export interface LinkRequest {
  scenario?: string;
  seed?: string;
  difficulty?: string;
  /** From a class link's previews=1|0; undefined when the link leaves it to the difficulty. */
  previews?: boolean;
  /** The class allows practice games (a class code's "t", a link's practice=1). */
  practice?: boolean;
  /** A class code's language and reading level (a class that names none leaves the student's own). */
  lang?: Lang;
  level?: Level;
  /** The class code of a complete link (recorded in its games), when its settings fit in one. */
  class?: string;
  /** True when the link is complete and valid and goes straight into its game: start (or resume) it directly. */
  start: boolean;
  /** True when the link is a complete, valid class that allows practice games: the title opens with it joined. */
  join?: boolean;
  problems: string[];
}

export { isValidSeed };

export function parseLink(search: string, scenarios: readonly CodeScenario[]): LinkRequest {
  const out: LinkRequest = { start: false, problems: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { start: false, problems: [t.notices.urlFallback] };
  }
  const names = [...new Set([...params.keys()])];
  if (!names.length) return out;
  for (const name of names) {
    if (!(KNOWN as readonly string[]).includes(name)) out.problems.push(t.notices.urlUnknownParam(name.slice(0, 40)));
    else if (params.getAll(name).length > 1) out.problems.push(t.notices.urlRepeated(name));
  }
  const lang = params.get('lang');
  if (lang !== null && !isLang(lang)) out.problems.push(t.notices.urlBadLang(lang.slice(0, 20), LANGS.join(', ')));
  const level = params.get('level');
  if (level !== null && !isLevel(level)) out.problems.push(t.notices.urlBadLevel(level.slice(0, 20), LEVELS.join(', ')));
  const classCode = params.get('class');
  if (classCode !== null) {
    const decoded = decodeClassCode(scenarios, classCode.slice(0, 80));
    if (names.some((n) => n !== 'class' && !PRESENTATION.includes(n))) out.problems.push(t.notices.urlClassAndMore);
    else if (!decoded.ok) out.problems.push(t.notices.urlBadClass(t.classProblem(decoded.problem)));
    else Object.assign(out, decoded.settings, { class: classCode.trim().toLowerCase() });
    settle(out);
    return out;
  }
  const scenarioId = params.get('scenario');
  const seed = params.get('seed');
  const difficulty = params.get('difficulty');
  const scenario = scenarioId !== null ? scenarios.find((s) => s.id === scenarioId) : undefined;
  if (scenarioId !== null && !scenario)
    out.problems.push(t.notices.urlBadScenario(scenarioId.slice(0, 60), scenarios.map((s) => s.id).join(', ') || '—'));
  if (scenario) out.scenario = scenario.id;
  if (seed !== null) {
    if (isValidSeed(seed)) out.seed = seed;
    else out.problems.push(t.notices.urlBadSeed);
  }
  if (difficulty !== null) {
    if (scenario && !scenario.difficulties.some((d) => d.id === difficulty))
      out.problems.push(t.notices.urlBadDifficulty(difficulty.slice(0, 40), scenario.difficulties.map((d) => d.id).join(', ')));
    else if (scenario) out.difficulty = difficulty;
  }
  const previews = params.get('previews');
  if (previews !== null) {
    if (['1', 'true', 'on'].includes(previews)) out.previews = true;
    else if (['0', 'false', 'off'].includes(previews)) out.previews = false;
    else out.problems.push(t.notices.urlBadPreviews);
  }
  const practice = params.get('practice');
  if (practice !== null) {
    if (['1', 'true', 'on'].includes(practice)) out.practice = true;
    else if (!['0', 'false', 'off'].includes(practice)) out.problems.push(t.notices.urlBadPractice);
  }
  if (scenarioId === null && (seed !== null || difficulty !== null || previews !== null || practice !== null)) out.problems.push(t.notices.urlNoScenario);
  if (scenario && out.seed !== undefined && out.problems.length === 0) {
    const difficultyId = out.difficulty ?? defaultDifficulty(scenario);
    const shown = { lang: lang !== null && isLang(lang) ? lang : undefined, level: level !== null && isLevel(level) ? level : undefined };
    const code = encodeClassCode(scenarios, { scenario: scenario.id, seed: out.seed, difficulty: difficultyId, previews: out.previews ?? scenario.difficulties.find((d) => d.id === difficultyId)?.previews ?? false, practice: out.practice, ...shown });
    if (code) out.class = code;
  }
  settle(out, out.scenario !== undefined);
  return out;
}

/** Whether a link goes straight into its game or opens the title with its class joined; a refused one says so. */
function settle(out: LinkRequest, complete = true): void {
  const ok = complete && out.problems.length === 0;
  out.start = ok && out.practice !== true;
  if (ok && out.practice === true) out.join = true;
  if (out.problems.length) out.problems.push(t.notices.urlFallback);
}

/** The link's lang and level, as they are in the address bar now (kept when the rest of it changes). */
function presentationParams(): [string, string][] {
  const now = new URLSearchParams(window.location.search);
  return PRESENTATION.flatMap((k) => (now.get(k) !== null ? [[k, now.get(k)!] as [string, string]] : []));
}

function replaceQuery(q: URLSearchParams): void {
  for (const [k, v] of presentationParams()) q.set(k, v);
  const query = q.toString();
  try {
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  } catch {
    /* some embedded browsers refuse; the game works without it */
  }
}

/** Puts the game being played into the address bar, so that a reload continues it and the link can be shared. */
export function showLinkInAddressBar(scenario: string, seed: string, difficulty: string, previews?: boolean): void {
  replaceQuery(new URLSearchParams({ scenario, seed, difficulty, ...(previews === undefined ? {} : { previews: previews ? '1' : '0' }) }));
}

/** Back to the bare page address (its language and level stay). */
export function clearAddressBarLink(): void {
  replaceQuery(new URLSearchParams());
}
