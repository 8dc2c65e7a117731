import { loadCatalogScript } from 'virtual:game-catalogs';
import { loadPersianFont } from '../../app/persian-font';
import type { TextVariant } from '../../app/text-variant';
import { useCatalog } from './index';
import { setCurrentVariant } from './variant';

// Puts the page into a language before anything is drawn: its catalog (a script of its own, see
// src/build/catalog-scripts.ts) and, for Persian, the font shipped with the build. English needs neither.

/** Returns the variant in use: English when the chosen language's words could not be loaded (the caller says so). */
export async function useLanguage(v: TextVariant): Promise<TextVariant> {
  setCurrentVariant(v);
  if (v.lang === 'en') return v;
  try {
    const [catalog] = await Promise.all([loadCatalogScript(v.lang), v.lang === 'fa' ? loadPersianFont() : Promise.resolve(true)]);
    useCatalog(catalog);
    return v;
  } catch {
    const fallback: TextVariant = { ...v, lang: 'en' };
    setCurrentVariant(fallback);
    return fallback;
  }
}
