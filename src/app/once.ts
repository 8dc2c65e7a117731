/** A value made by `make` when first asked for, then the same one (for what a page may never need). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
