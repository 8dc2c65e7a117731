import { describe, expect, it } from 'vitest';
import { decisionScreenWords, fleschKincaidGrade, sentences, spread } from '../../src/scenario/reading.js';
import { mini } from '../helpers.js';

// What `texts --stats` measures: the words a decision asks a player to read, and the English reading grade.

describe('reading measures', () => {
  it('count a decision screen as its situation, advisors, choices and the outcome after (their mean)', () => {
    // The talks: 4 + 3 + 2 words, two labels of one word, outcomes of 3 and 2 words (2.5).
    expect(decisionScreenWords(mini)[0]).toBe(Math.round(4 + 3 + 2 + 1 + 1 + 2.5));
    expect(spread([5, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 5 });
  });

  it('split sentences at their ends, not at abbreviations or initials', () => {
    expect(sentences('U.S. officials met Mr. Zarif in Vienna. Talks went on! Did they end? Yes.')).toEqual(['US officials met Mr Zarif in Vienna.', 'Talks went on!', 'Did they end?', 'Yes.']);
  });

  it('give the Flesch–Kincaid grade of the prose only (texts of eight words or more), numbers read digit by digit', () => {
    const s = { ...mini, intro: 'The cat sat on the mat all day.' };
    // 8 words, 1 sentence, 8 syllables: 0.39 × 8 + 11.8 × 1 − 15.59.
    expect(fleschKincaidGrade(s)).toBeCloseTo(0.39 * 8 + 11.8 - 15.59, 5);
    const year = { ...mini, intro: 'The cat sat on the mat in 2015.' };
    expect(fleschKincaidGrade(year)).toBeCloseTo(0.39 * 8 + (11.8 * 11) / 8 - 15.59, 5);
    expect(fleschKincaidGrade(mini)).toBeNull();
  });
});
