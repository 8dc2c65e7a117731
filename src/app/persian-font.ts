import { FONT_FAMILY, FONT_FILES } from 'virtual:persian-font';

// Loads the Persian font shipped with the build (src/build/persian-font.ts) through the CSS Font Loading API, the
// script form of @font-face: the files come from the page's own folder (CSP font-src 'self'; file:// works too),
// and the service worker keeps them for offline use. Only a page in Persian calls this, before it draws text.

/** The font's family name, for font stacks. */
export const PERSIAN_FONT = FONT_FAMILY;

/** Resolves when the font is ready, or after `timeoutMs` (a slow or failed load falls back to the system's fonts). */
export async function loadPersianFont(timeoutMs = 4000): Promise<boolean> {
  if (typeof FontFace === 'undefined' || !document.fonts) return false;
  const faces = Object.entries(FONT_FILES).map(([weight, file]) => new FontFace(FONT_FAMILY, `url("${file}") format("woff2")`, { weight, display: 'block' }));
  for (const f of faces) document.fonts.add(f);
  const all = Promise.all(faces.map((f) => f.load())).then(() => true, () => false);
  const late = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs));
  return Promise.race([all, late]);
}
