import { DEFAULT_VARIANT, isLang, isLevel, type TextVariant } from '../../app/text-variant';

// Which language and reading level this page shows: a class code's own (?class=…, when it names them) first, then
// the link's ?lang= and ?level=, then the player's remembered choice (prefs.ts), then English at the advanced level.
// Chosen once at boot (a value the game does not have is named in a notice by url-params.ts, and the next choice applies).

type Wanted = { lang?: string | null; level?: string | null };

export function chooseVariant(search: string, stored: Wanted, klass: Wanted = {}): TextVariant {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lang = [klass.lang, params.get('lang'), stored.lang].find(isLang) ?? DEFAULT_VARIANT.lang;
  const level = [klass.level, params.get('level'), stored.level].find(isLevel) ?? DEFAULT_VARIANT.level;
  return { lang, level };
}

let current: TextVariant = DEFAULT_VARIANT;

/** The variant this page shows (recorded in the settings of every game it starts). */
export const currentVariant = (): TextVariant => current;

export function setCurrentVariant(v: TextVariant): void {
  current = v;
}
