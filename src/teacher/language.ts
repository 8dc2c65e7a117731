import { DEFAULT_VARIANT, type Lang } from '../app/text-variant';
import { pageVariant, TEACHER_LANG_KEY } from './i18n';

// The teacher page in another language: remembered for this page (the game keeps its own choice), and the page
// opened again at the same address (its section, and the replay in the address, stay), with ?lang= written in
// when it is not English or was there already.

export function teacherAddressFor(lang: Lang, href: string): string {
  const url = new URL(href);
  if (lang !== DEFAULT_VARIANT.lang || url.searchParams.has('lang')) url.searchParams.set('lang', lang);
  return url.toString();
}

export function switchTeacherLanguage(lang: Lang): void {
  if (lang === pageVariant.lang) return;
  try {
    localStorage.setItem(TEACHER_LANG_KEY, lang);
  } catch {
    /* storage blocked: the address carries the choice */
  }
  window.location.replace(teacherAddressFor(lang, window.location.href));
}
