import type { CompiledScenario } from '../engine/compile.js';
import { outlook } from '../engine/preview.js';
import type { GameState } from '../engine/types.js';
import { statName } from './describe.js';

// A choice's preview, as every front shows it: which way each stat is likely to move, whether sharply, whether
// uncertain. The numbers are the rules' own (engine outlook); the symbols come from each language's catalog.

/** An expected change at least this large is "sharp" (two arrows). */
export const SHARP_FROM = 10;

export interface PreviewMark {
  stat: string;
  expected: number;
  up: boolean;
  sharp: boolean;
  uncertain: boolean;
}

export interface MarkWords {
  up: string;
  down: string;
  /** After the arrows when part of the change is uncertain or delayed. */
  unsure: string;
}

/** The symbols of a left-to-right language (the CLI's, and English catalogs'). */
export const MARKS: MarkWords = { up: '\u25B2', down: '\u25BC', unsure: '?' };

/** A choice's likely effects, the largest first (no stat is left out). */
export function previewMarks(cs: CompiledScenario, g: GameState, card: string, choice: string): PreviewMark[] {
  return outlook(cs, g, card, choice)
    // The elites' meter follows the angrier camp: the camps' own marks say it.
    .filter((o) => o.stat !== 'elites')
    .map((o) => ({ stat: o.stat, expected: o.expected, up: o.expected > 0, sharp: Math.abs(o.expected) >= SHARP_FROM, uncertain: o.uncertain }))
    .sort((a, b) => Math.abs(b.expected) - Math.abs(a.expected));
}

/** "▲▲?" */
export const previewArrows = (m: Pick<PreviewMark, 'up' | 'sharp' | 'uncertain'>, w: MarkWords = MARKS): string =>
  (m.up ? w.up : w.down).repeat(m.sharp ? 2 : 1) + (m.uncertain ? w.unsure : '');

/** "West ▲▲?" */
export const previewItem = (name: string, m: Pick<PreviewMark, 'up' | 'sharp' | 'uncertain'>, w: MarkWords = MARKS): string => `${name} ${previewArrows(m, w)}`;

/** A choice's whole preview on one line: "West ▲▲ · Russia ▼?" (empty when it moves nothing). */
export const previewLine = (cs: CompiledScenario, g: GameState, card: string, choice: string, w: MarkWords, sep: string): string =>
  previewMarks(cs, g, card, choice).map((m) => previewItem(statName(cs, m.stat), m, w)).join(sep);
