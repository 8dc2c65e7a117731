import type { ScenarioData } from '../scenario/types.js';

// How both pages show the endings in an analysis's stacked bars: verdicts first (the balanced ones leading), then
// the collapse and the crises, each in a colour of its own (a crisis in its meter's), the same on every page.
// Colour is never the only signal: each bar comes with a legend, its numbers and a sentence for screen readers.

export interface EndingKey {
  id: string;
  title: string;
  kind: string;
  colour: number;
}

const CRISIS: Record<string, number[]> = { west: [0x7aa7d8, 0xa9c6e8], russia: [0xe07a6f, 0xf0a79f], elites: [0xd4b44a, 0xeeda94] };
const BALANCED = 0x7fd19b;
const VERDICTS = [0xc3a3e6, 0x6fd0d6, 0xe8a0bf, 0xb8d77a];
const COLLAPSE = 0xa3a9b2;
const OTHER = 0x8a96a3;

/** The swing bars of the timelines: the ending the game reached, and a balanced verdict. */
export const REACHED_COLOUR = 0xf0b184;
export const BALANCED_COLOUR = BALANCED;

/** The scenario's endings in the order and colours the bars use. */
export function endingKeys(s: Pick<ScenarioData, 'endings'>, balanced: readonly string[]): EndingKey[] {
  const seen: Record<string, number> = {};
  let verdict = 0;
  // Colours are given in the scenario's order (stable whatever the sort), then the endings sorted for the bars.
  const keyed = s.endings.map((e) => {
    let colour = OTHER;
    if (e.kind === 'verdict') colour = balanced.includes(e.id) ? BALANCED : VERDICTS[verdict++ % VERDICTS.length]!;
    else if (e.kind === 'collapse') colour = COLLAPSE;
    else if (e.kind === 'crisis' && e.meter) colour = CRISIS[e.meter]?.[(seen[e.meter] = (seen[e.meter] ?? -1) + 1) % 2] ?? OTHER;
    const rank = e.kind === 'verdict' ? (balanced.includes(e.id) ? 0 : 1) : e.kind === 'collapse' ? 2 : 3;
    return { rank, key: { id: e.id, title: e.title, kind: e.kind, colour } };
  });
  return keyed.sort((a, b) => a.rank - b.rank).map((x) => x.key);
}

/** "#7fd19b" */
export const cssColour = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;
