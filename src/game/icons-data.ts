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
  /** A star in a ring: the government, above the camps. */
  government: ['M24 8l4.7 10.2 11 1.2-8.2 7.5 2.3 10.9L24 32.3l-9.8 5.5 2.3-10.9-8.2-7.5 11-1.2z', circle(24, 24, 20)],
  /** Card themes. An atom: nuclear. */
  'theme-nuclear': [circle(24, 24, 3), 'M4 24c0-6 9-11 20-11s20 5 20 11-9 11-20 11S4 30 4 24z', 'M14 6.7c5.2-3 14.2 2.3 19.7 11.8s5.5 20 .3 23S19.8 39.2 14.3 29.7 8.8 9.7 14 6.7z'],
  /** A flame over a pipe: energy. */
  'theme-energy': ['M24 6c6 8 10 12 10 19a10 10 0 0 1-20 0c0-5 3-8 5-11 1 4 3 5 5 5-2-5-1-9 0-13z', 'M6 42h36M10 42v-4h28v4'],
  /** A delta-wing drone seen from above. */
  'theme-drones': ['M24 6 42 38 24 31 6 38z', 'M24 6v25'],
  /** A satellite with two panels. */
  'theme-space': ['M19 19h10v10H19z', 'M5 13l9 9M34 26l9 9', 'M3 17l8-8 6 6-8 8zM31 33l8-8 6 6-8 8z', 'M29 19l6-6'],
  /** Crossed swords: war. */
  'theme-war': ['M8 8l26 26M40 8 14 34', 'M30 38l8-8M10 30l8 8', 'M6 42l5-5M42 42l-5-5'],
  /** A raised fist: protests. */
  'theme-protests': ['M16 44V28c-3-2-4-5-4-8v-6a3 3 0 0 1 6 0v-4a3 3 0 0 1 6 0v-1a3 3 0 0 1 6 0v2a3 3 0 0 1 6 0v11c0 4-2 7-6 9v13'],
  /** Two flags over a table: a summit. */
  'theme-summit': ['M14 8v18M34 8v18', 'M14 8h10l-3 4 3 4H14M34 8H24l3 4-3 4h10', 'M4 30h40M10 30v12M38 30v12'],
  economy: ['M6 41h36', 'M12 35v-7M20 35V24M28 35v-9M36 35V16', 'M9 20l9-8 8 6 13-11'],
  /** Paths branching: options kept open. */
  options: ['M24 43V27M24 27 11 13M24 27l13-14M24 27V9', circle(11, 10, 3.5), circle(37, 10, 3.5), circle(24, 6, 3)],
  exposure: ['M4 24s7-12 20-12 20 12 20 12-7 12-20 12S4 24 4 24z', circle(24, 24, 6)],
  /** A gauge, for any other indicator. */
  indicator: ['M7 35a17 17 0 1 1 34 0', 'M24 35l9-11', 'M7 35h5M36 35h5M24 18v4'],
};
