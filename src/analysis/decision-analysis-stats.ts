// The numbers behind decision analysis: what the futures of one option came to (a tally that adds up across
// workers), and the 95% intervals drawn from it.

const Z = 1.959963984540054;

/** A 95% interval around a mean or share. */
export interface Interval {
  mean: number;
  lo: number;
  hi: number;
}

/** What the futures played from one option came to: plain data, so workers can post it and tallies can be merged. */
export interface OptionTally {
  futures: number;
  /** Futures ending in each ending id. */
  endings: Record<string, number>;
  /** Sum and sum of squares of each tension at the end. */
  sums: { west: number; russia: number; elites: number };
  squares: { west: number; russia: number; elites: number };
}

export const TENSIONS = ['west', 'russia', 'elites'] as const;

export function emptyOptionTally(): OptionTally {
  return { futures: 0, endings: {}, sums: { west: 0, russia: 0, elites: 0 }, squares: { west: 0, russia: 0, elites: 0 } };
}

export function addFuture(t: OptionTally, ending: string, stats: Record<string, number>): void {
  t.futures++;
  t.endings[ending] = (t.endings[ending] ?? 0) + 1;
  for (const m of TENSIONS) {
    const v = stats[m] ?? 0;
    t.sums[m] += v;
    t.squares[m] += v * v;
  }
}

export function mergeOptionTallies(a: OptionTally, b: OptionTally): OptionTally {
  const endings = { ...a.endings };
  for (const [id, n] of Object.entries(b.endings)) endings[id] = (endings[id] ?? 0) + n;
  const add = (x: OptionTally['sums'], y: OptionTally['sums']) => ({ west: x.west + y.west, russia: x.russia + y.russia, elites: x.elites + y.elites });
  return { futures: a.futures + b.futures, endings, sums: add(a.sums, b.sums), squares: add(a.squares, b.squares) };
}

/** Wilson's 95% interval for `hits` out of `n` (all zeros when n is 0). */
export function shareInterval(hits: number, n: number): Interval {
  if (n === 0) return { mean: 0, lo: 0, hi: 0 };
  const p = hits / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // Rounding can leave the bound a hair inside a share of exactly 0 or 1: the interval always holds its share.
  return { mean: p, lo: Math.min(p, Math.max(0, centre - half)), hi: Math.max(p, Math.min(1, centre + half)) };
}

/** The normal 95% interval of a mean from its sum and sum of squares (no width with fewer than two values). */
export function meanInterval(sum: number, squares: number, n: number): Interval {
  if (n === 0) return { mean: 0, lo: 0, hi: 0 };
  const mean = sum / n;
  if (n < 2) return { mean, lo: mean, hi: mean };
  const variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
  const half = Z * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half };
}
