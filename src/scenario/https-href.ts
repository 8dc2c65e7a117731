// Kept free of imports: the game and the teacher page use it wherever they render a source link.

/** The address as a link target if it is an https: web address, otherwise null. */
export function httpsHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname ? u.href : null;
  } catch {
    return null;
  }
}
