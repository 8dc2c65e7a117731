// Canonical JSON and a small 53-bit hash (cyrb53), identical in Node and in the browser.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** cyrb53's running state, fed text piece by piece: feeding the pieces of a string equals hashing it whole. */
class Cyrb53 {
  private h1: number;
  private h2: number;
  constructor(seed: number) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }
  feed(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
  }
}

export function hashString(text: string, seed = 0): string {
  const h = new Cyrb53(seed);
  h.feed(text);
  return h.digest();
}

// What JSON.stringify would escape (quotes, backslashes, control characters, surrogates): other strings are written as is.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
// Object keys repeat across a game (stat, delta, reason…): each one's `"key":` is made once.
const keyPrefixes = new Map<string, string>();
const keyPrefix = (k: string): string => {
  let p = keyPrefixes.get(k);
  if (p === undefined) {
    p = `${JSON.stringify(k)}:`;
    if (keyPrefixes.size < 10_000) keyPrefixes.set(k, p);
  }
  return p;
};

function feedString(s: string, h: Cyrb53): void {
  if (NEEDS_ESCAPE.test(s)) return h.feed(JSON.stringify(s));
  h.feed('"');
  h.feed(s);
  h.feed('"');
}

/** Feeds canonicalJson(value) to the hash without building the string (a whole game's is ~20 KB). */
function feedCanonical(value: unknown, h: Cyrb53): void {
  if (typeof value === 'string') return feedString(value, h);
  if (typeof value === 'number') return h.feed(Number.isFinite(value) ? String(value) : 'null');
  if (value === null || typeof value !== 'object') return h.feed(JSON.stringify(value) ?? 'null');
  if (Array.isArray(value)) {
    h.feed('[');
    for (let i = 0; i < value.length; i++) {
      if (i) h.feed(',');
      if (i in value) feedCanonical(value[i], h); // a hole writes nothing, as map() and join() leave it
    }
    return h.feed(']');
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  h.feed('{');
  let first = true;
  for (const k of keys) {
    if (obj[k] === undefined) continue;
    if (!first) h.feed(',');
    h.feed(keyPrefix(k));
    first = false;
    feedCanonical(obj[k], h);
  }
  h.feed('}');
}

/** hashString(canonicalJson(value)), computed piece by piece. */
export function contentHash(value: unknown): string {
  const h = new Cyrb53(0);
  feedCanonical(value, h);
  return h.digest();
}
