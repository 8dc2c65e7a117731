import { decodeClassCode, isLang, isLevel, isValidSeed, LANGS, LEVELS, type CodeScenario } from '../app';
import { t } from './i18n';

// Class links: ?scenario=<id>&seed=<s>&difficulty=<d>&previews=1|0, or ?class=<class code>. Anything unknown or malformed is reported in words
// and the player lands on the title screen, with whatever was valid kept as the title's defaults.
// Either may add &lang=en|fa&level=advanced|basic: the words the game is shown in (i18n/variant.ts reads them at boot).

const KNOWN = ['scenario', 'seed', 'difficulty', 'previews', 'class', 'lang', 'level'] as const;
/** The words a link is shown in, not the game it opens. */
const PRESENTATION = ['lang', 'level'];

export interface LinkRequest {
  scenario?: string;
  seed?: string;
  difficulty?: string;
  /** From a class link's previews=1|0; undefined when the link leaves it to the difficulty. */
  previews?: boolean;
  /** From a class code: the class allows practice games. */
  practice?: boolean;
  /** True when the link is complete and valid: start (or resume) that game directly. */
  start: boolean;
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
    else Object.assign(out, decoded.settings);
    out.start = out.problems.length === 0;
    if (out.problems.length) out.problems.push(t.notices.urlFallback);
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
  if (scenarioId === null && (seed !== null || difficulty !== null || previews !== null)) out.problems.push(t.notices.urlNoScenario);
  out.start = out.problems.length === 0 && out.scenario !== undefined;
  if (out.problems.length) out.problems.push(t.notices.urlFallback);
  return out;
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
