import type { Lang } from './text-variant';

// Each language named in itself, as language choices are written everywhere (the same in every catalog).
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fa: 'فارسی' };
