import type { OutcomeWords } from './ending-why.js';
import { MARKS } from './preview.js';

// English words for previews, conditions and why a game ended: the game's, the teacher page's and the CLI's.

const sign = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

export const outcomeEn: OutcomeWords = {
  marks: MARKS,
  rules: {
    atMost: (name, limit, now) => `${name} at most ${limit} (now ${now})`,
    atLeast: (name, limit, now) => `${name} at least ${limit} (now ${now})`,
    between: (name, lo, hi, now) => `${name} between ${lo} and ${hi} (now ${now})`,
    track: (track, states, now) => `${track}: ${states.join(' or ')} (now ${now})`,
    flag: (what, sources) => `${what || 'an earlier decision'}${sources.length ? ` (from ${sources.join(' or ')})` : ''}`,
    notFlag: (what, sources) => `not: ${what || 'an earlier decision'}${sources.length ? ` (from ${sources.join(' or ')})` : ''}`,
    played: (card) => `only after \u201C${card}\u201D has come up`,
    chose: (card, choice) => `only if you chose ${choice} on \u201C${card}\u201D`,
    turn: (from, to) => (from && to ? `turns ${from} to ${to}` : from ? `from turn ${from}` : `until turn ${to ?? ''}`),
    not: (s) => `not (${s})`,
    and: '; ',
    or: ' or ',
    needs: (what) => `Locked: needs ${what}`,
    met: '\u2714 met',
    missed: '\u2716 missed',
    line: (ok, what) => `${ok ? '\u2714 met' : '\u2716 missed'}: ${what}`,
  },
  crisis: (name, v) => `${name} reached ${v}, its breaking point (100).`,
  missedBy: (title, lines) => `${title}: ${lines}`,
  cause: {
    choice: 'your decision',
    chance: 'chance',
    delayed: 'delayed effect',
    drift: 'drift over the month',
  },
  causeLine: (what, stat, delta) => `${what} \u2014 ${stat} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)}`,
  drift: 'Month-to-month drift',
};
