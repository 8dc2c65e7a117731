import { DEFAULT_VARIANT, type TextVariant } from '../app/text-variant';
import type { TitleDefaults } from './app';
import { rememberVariant } from './prefs';

// Another language or reading level is another page load: the choice is remembered, the address keeps its other
// parameters (with lang and level written in when they are not the default, or were there already), and what the
// title had chosen (scenario, seed, difficulty) is handed over for this tab so that nothing typed is lost.

const KEY = 'suspicious-bind:v1:title-defaults';

/** The address that opens this page in a variant, from the current one. */
export function addressFor(v: TextVariant, href: string): string {
  const url = new URL(href);
  for (const [k, value, byDefault] of [['lang', v.lang, DEFAULT_VARIANT.lang], ['level', v.level, DEFAULT_VARIANT.level]] as const) {
    if (value !== byDefault || url.searchParams.has(k)) url.searchParams.set(k, value);
  }
  return url.toString();
}

export function switchVariant(v: TextVariant, keep: TitleDefaults): void {
  rememberVariant(v);
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
    return { scenario: str(o.scenario), seed: str(o.seed), difficulty: str(o.difficulty), previews: typeof o.previews === 'boolean' ? o.previews : undefined };
  } catch {
    return {};
  }
}
