// The icons, drawn at boot from SVG path data (48×48 grid, round strokes). Original drawings for this game.

const circle = (cx: number, cy: number, r: number): string => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const ICON_PATHS: Record<string, string[]> = {
  /** A sun setting on the horizon. */
  west: ['M10 33a14 14 0 0 1 28 0', 'M4 33h40', 'M24 7v5M9 14l3.5 3.5M39 14l-3.5 3.5M14 40h20'],
  /** A snowflake: the north. */
  russia: ['M24 4v40M6.7 14l34.6 20M6.7 34l34.6-20', 'M19 7l5 5 5-5M19 41l5-5 5 5M5 21l7-2-2-7M43 27l-7 2 2 7M5 27l7 2-2 7M43 21l-7-2 2-7'],
  /** An institution: pediment and columns. */
  elites: ['M5 18 24 6l19 12z', 'M10 23v13M19 23v13M29 23v13M38 23v13', 'M5 41h38'],
  /** A shield (the first camp). */
  'camp-0': ['M24 5 40 11v11c0 10-7 17-16 21C15 39 8 32 8 22V11z', 'M24 12v24'],
  /** Scales (the second camp). */
  'camp-1': ['M24 7v33M15 41h18M9 13h30', 'M9 13 4 26h10zM39 13l-5 13h10z', 'M4 26a5 4 0 0 0 10 0M34 26a5 4 0 0 0 10 0'],
  economy: ['M6 41h36', 'M12 35v-7M20 35V24M28 35v-9M36 35V16', 'M9 20l9-8 8 6 13-11'],
  /** Paths branching: options kept open. */
  options: ['M24 43V27M24 27 11 13M24 27l13-14M24 27V9', circle(11, 10, 3.5), circle(37, 10, 3.5), circle(24, 6, 3)],
  exposure: ['M4 24s7-12 20-12 20 12 20 12-7 12-20 12S4 24 4 24z', circle(24, 24, 6)],
  /** A gauge, for any other indicator. */
  indicator: ['M7 35a17 17 0 1 1 34 0', 'M24 35l9-11', 'M7 35h5M36 35h5M24 18v4'],
};
