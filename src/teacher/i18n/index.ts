import { DEFAULT_VARIANT, isLang, isLevel, type TextVariant } from '../../app/text-variant';
import { en, type Catalog } from './en';
import { fa } from './fa';

// The catalog in use, chosen once when the page loads: the address's ?lang= first, then the language the teacher
// last chose here (its own preference, apart from the game's), then English. Both catalogs are in the page's
// script (the teacher page has no size budget), so the choice is made before any section reads a word.
// Another language is another page load (see language.ts): a page never mixes two.

export const TEACHER_LANG_KEY = 'suspicious-bind:v1:pref:teacher-lang';
const CATALOGS: Record<string, Catalog> = { en, fa };

/** The page's language and level from its address and the remembered choice. */
export function chooseTeacherVariant(search: string, stored: string | null): TextVariant {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lang = [params.get('lang'), stored].find(isLang) ?? DEFAULT_VARIANT.lang;
  const level = [params.get('level')].find(isLevel) ?? DEFAULT_VARIANT.level;
  return { lang, level };
}

function storedLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(TEACHER_LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language and level this page shows. */
export const pageVariant: TextVariant = chooseTeacherVariant(globalThis.location?.search ?? '', storedLang());

export const t: Catalog = CATALOGS[pageVariant.lang] ?? en;
export type { Catalog };
