// Which words a game is shown in: a language and a reading level. Presentation only — the rules, the draws and the
// rules hash never depend on it, so a record made in one variant replays in any other.

export const LANGS = ['en', 'fa'] as const;
export const LEVELS = ['advanced', 'basic'] as const;
export type Lang = (typeof LANGS)[number];
export type Level = (typeof LEVELS)[number];
export interface TextVariant {
  lang: Lang;
  level: Level;
}

export const DEFAULT_VARIANT: TextVariant = { lang: 'en', level: 'advanced' };

export const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);
export const isLevel = (v: unknown): v is Level => (LEVELS as readonly unknown[]).includes(v);

/** A variant from loose input (URL parameters, prefs, a record's settings); anything unknown falls back to the default. */
export function readVariant(lang: unknown, level: unknown): TextVariant {
  return { lang: isLang(lang) ? lang : DEFAULT_VARIANT.lang, level: isLevel(level) ? level : DEFAULT_VARIANT.level };
}

/**
 * The overlay files a variant applies, in order, over the scenario's own (English, advanced) text: each file is
 * scenarios/overlays/<scenario-id>.<name>.yaml. Persian basic falls back to Persian for ids it does not cover.
 */
export function overlayNames(v: TextVariant): string[] {
  if (v.lang === 'en') return v.level === 'basic' ? ['en-basic'] : [];
  return v.level === 'basic' ? ['fa', 'fa-basic'] : ['fa'];
}
