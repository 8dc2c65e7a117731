import { DEFAULT_VARIANT, isLang, isLevel, type TextVariant } from '../../app/text-variant';

// Which language and reading level this page shows: the link's ?lang= and ?level= first, then the player's
// remembered choice (prefs.ts), then English at the advanced level. Chosen once at boot (a value the game does
// not have is named in a notice by url-params.ts, and the next choice applies).

export function chooseVariant(search: string, stored: { lang?: string | null; level?: string | null }): TextVariant {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lang = [params.get('lang'), stored.lang].find(isLang) ?? DEFAULT_VARIANT.lang;
  const level = [params.get('level'), stored.level].find(isLevel) ?? DEFAULT_VARIANT.level;
  return { lang, level };
}

let current: TextVariant = DEFAULT_VARIANT;

/** The variant this page shows (recorded in the settings of every game it starts). */
export const currentVariant = (): TextVariant => current;

export function setCurrentVariant(v: TextVariant): void {
  current = v;
}
