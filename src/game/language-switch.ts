import { DEFAULT_VARIANT, type TextVariant } from '../app/text-variant';
import type { TitleDefaults } from './app';
import { rememberVariant } from './prefs';

// Another language or reading level is another page load: the choice is remembered, the address keeps its other
// parameters (with lang and level written in when they are not the default, or were there already), and what the
// title had chosen (scenario, seed, difficulty, practice, the class joined) is handed over for this tab so that nothing
// typed is lost. A class code in another language or level is joined the same way, without remembering its words.

const KEY = 'suspicious-bind:v1:title-defaults';

/** The address that opens this page in a variant, from the current one. */
export function addressFor(v: TextVariant, href: string): string {
  const url = new URL(href);
  for (const [k, value, byDefault] of [['lang', v.lang, DEFAULT_VARIANT.lang], ['level', v.level, DEFAULT_VARIANT.level]] as const) {
    if (value !== byDefault || url.searchParams.has(k)) url.searchParams.set(k, value);
  }
  return url.toString();
}

/** `remember`: false when the class chose the words, not the player (their own choice stays for other games). */
export function switchVariant(v: TextVariant, keep: TitleDefaults, remember = true): void {
  if (remember) rememberVariant(v);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(keep));
  } catch {
    /* the title starts from its usual defaults */
  }
  window.location.replace(addressFor(v, window.location.href));
}

/** The title's choices handed over by a language change (once), or none. */
export function takeTitleDefaults(): TitleDefaults {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    if (!v || typeof v !== 'object') return {};
    const o = v as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' && x.length <= 64 ? x : undefined);
    const bool = (x: unknown) => (typeof x === 'boolean' ? x : undefined);
    const c = o.classCode && typeof o.classCode === 'object' ? (o.classCode as Record<string, unknown>) : null;
    const classCode = c && typeof c.code === 'string' && c.code.length <= 80 ? { code: c.code, practice: c.practice === true, ...(c.announce === true ? { announce: true } : {}) } : undefined;
    return { scenario: str(o.scenario), seed: str(o.seed), difficulty: str(o.difficulty), previews: bool(o.previews), practice: bool(o.practice), ...(classCode ? { classCode } : {}) };
  } catch {
    return {};
  }
}
