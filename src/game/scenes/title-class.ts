import { asciiDigits, decodeClassCode } from '../../app';
import { app, notice, type AppNotice, type TitleDefaults } from '../app';
import { t } from '../i18n';
import { currentVariant } from '../i18n/variant';
import { switchVariant } from '../language-switch';
import { allScenarios, difficultyOf, findScenario, loadScenario } from '../scenarios';

// Joining a class on the title: a typed class code sets the scenario, seed, difficulty and previews, whether practice
// games are allowed, and the language and level the class reads in (another one than this page's is a page reload,
// which keeps the class joined). A class that names no language or level leaves the player's own.

/**
 * Joins the class of a typed code: `refused` hears why a code will not do; `joined` redraws the title with the class
 * chosen (after its scenario's file has loaded), unless the page reloads into the class's words instead.
 */
export function joinClassCode(typed: string, refused: (why: string) => void, joined: () => void): void {
  const decoded = decodeClassCode(allScenarios(), asciiDigits(typed));
  if (!decoded.ok) return refused(t.classProblem(decoded.problem));
  const s = decoded.settings;
  const keep: TitleDefaults = {
    scenario: s.scenario,
    seed: s.seed,
    difficulty: s.difficulty,
    previews: s.previews,
    classCode: { code: asciiDigits(typed).trim().toLowerCase(), practice: s.practice === true, announce: true },
  };
  const now = currentVariant();
  const words = { lang: s.lang ?? now.lang, level: s.level ?? now.level };
  if (words.lang !== now.lang || words.level !== now.level) return switchVariant(words, keep, false);
  // The scenario's file loads first (it is its own file); the title then shows it.
  void loadScenario(s.scenario).then(() => {
    app().defaults = keep;
    joined();
  }, (e: unknown) => refused(String(e instanceof Error ? e.message : e)));
}

/** What the title says when it opens with a class just joined (by a code typed here or a class link). */
export function classJoinedNotice(d: TitleDefaults): AppNotice | null {
  const sc = d.scenario ? findScenario(d.scenario) : undefined;
  if (!d.classCode?.announce || !sc || !d.seed || !d.difficulty) return null;
  const said = t.notices.classJoined(sc.title, d.seed, difficultyOf(sc, d.difficulty)?.name ?? d.difficulty);
  return notice('success', d.classCode.practice ? `${said} ${t.notices.classPracticeAllowed}` : said);
}
