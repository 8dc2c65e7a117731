import { syllable } from 'syllable';
import type { ScenarioData } from './types.js';
import { textEntries } from './text-ids.js';
import { isSourceId } from './overlay-names.js';
import { wordCount } from './text-marks.js';

// How much a player reads, and how hard it is: the words per decision screen and the Flesch–Kincaid grade of a
// scenario's text (in one variant; the grade for English only). Measured by `suspicious-bind texts --stats`.

/**
 * The words a decision asks a player to read: the card's situation, its advisors' lines, every choice's label and
 * detail, and the outcome shown after the choice (the mean of its choices' outcomes). One figure per card.
 */
export function decisionScreenWords(s: ScenarioData): number[] {
  return s.cards.map((c) => {
    const outcomes = c.choices.map((ch) => wordCount(ch.outcome));
    const outcome = outcomes.reduce((a, b) => a + b, 0) / Math.max(1, outcomes.length);
    const shown = [c.situation, ...c.advisors.map((a) => a.argues), ...c.choices.flatMap((ch) => [ch.label, ch.detail ?? ''])];
    return Math.round(shown.reduce((n, t) => n + wordCount(t), 0) + outcome);
  });
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return { min: 0, median: 0, max: 0 };
  const mid = v.length >> 1;
  return { min: v[0]!, median: v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2, max: v[v.length - 1]! };
}

/** Dots that end no sentence: initials (U.S.), and common abbreviations. */
const NOT_AN_END = /\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Gen|Maj|Brig|Lt|Col|Adm|Sen|Rep|Gov|Pres|vs|No|c|ca|e\.g|i\.e|etc)\./g;

export function sentences(text: string): string[] {
  return text
    .replace(NOT_AN_END, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?…])["”’')\]]*\s+|\n+/)
    .filter((x) => wordCount(x) > 0);
}

const words = (text: string) =>
  text
    .split(/[\s—–]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

/** A word's syllables (the syllable package); a number is read as one syllable a digit, about as it is said. */
const syllables = (w: string) => Math.max(1, (w.match(/\d/g)?.length ?? 0) + (/\p{L}/u.test(w) ? syllable(w.replace(/\d/g, '')) : 0));

/** The texts whose source (the scenario's own text) is prose, so that names, dates and labels do not make it look easy. */
const PROSE_WORDS = 8;

/**
 * The Flesch–Kincaid grade of a scenario's prose (0.39 × words per sentence + 11.8 × syllables per word − 15.59),
 * over every text except the sources' whose source text has at least PROSE_WORDS words: the same texts at both levels.
 * Null when there is no such text.
 */
export function fleschKincaidGrade(s: ScenarioData, source: ScenarioData = s): number | null {
  const prose = new Set(textEntries(source).filter((e) => !isSourceId(e.id) && wordCount(e.text) >= PROSE_WORDS).map((e) => e.id));
  let w = 0;
  let n = 0;
  let y = 0;
  for (const e of textEntries(s)) {
    if (!prose.has(e.id)) continue;
    for (const sentence of sentences(e.text)) {
      const ws = words(sentence);
      n++;
      w += ws.length;
      y += ws.reduce((a, x) => a + syllables(x), 0);
    }
  }
  return w ? 0.39 * (w / n) + 11.8 * (y / w) - 15.59 : null;
}
