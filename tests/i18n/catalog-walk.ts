// Walks a catalog: every string, and what every formatter says for sample arguments, with its key path.

/** Arguments that work as a number, a string, a list and a flag alike: [7] is 7 in arithmetic, "7" in text. */
const SAMPLES: unknown[][] = [[7], [0]];

export function keysOf(v: unknown, path = ''): string[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [path];
  return Object.entries(v).flatMap(([k, x]) => keysOf(x, path ? `${path}.${k}` : k));
}

export function textsOf(v: unknown, path = ''): { path: string; text: string }[] {
  if (typeof v === 'string') return [{ path, text: v }];
  if (typeof v === 'function') {
    return SAMPLES.flatMap((sample) => {
      try {
        const out: unknown = (v as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(1, v.length) }, () => [...sample]));
        return typeof out === 'string' ? [{ path: `${path}(${sample[0]})`, text: out }] : [];
      } catch {
        return [];
      }
    });
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => textsOf(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => textsOf(x, path ? `${path}.${k}` : k));
  return [];
}
