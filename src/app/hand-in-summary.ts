import type { Group } from '../analysis/class-groups.js';
import type { HandInResult } from './hand-in.js';

// What a hand-in did, in the same words and the same counts in the teacher page and the CLI.

export interface HandInTally {
  /** Replays found (codes and replay files), refusals of unreadable files included. */
  items: number;
  named: number;
  unreadable: number;
  skippedLines: number;
  otherEntries: number;
  /** Other files left out that were not in a zip (a photo in a folder of hand-ins). */
  otherFiles: number;
}

export function tallyHandIns(results: readonly (HandInResult & { otherEntries?: number; otherFiles?: number })[]): HandInTally {
  const t: HandInTally = { items: 0, named: 0, unreadable: 0, skippedLines: 0, otherEntries: 0, otherFiles: 0 };
  for (const r of results) {
    t.items += r.items.length;
    t.named += r.items.filter((i) => !i.refusal && i.nameFrom !== 'label').length;
    t.unreadable += r.items.filter((i) => i.refusal).length;
    t.skippedLines += r.skipped;
    t.otherEntries += r.otherEntries ?? 0;
    t.otherFiles += r.otherFiles ?? 0;
  }
  return t;
}

const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

/** "From 2 files: 3 replays read (2 with a name), 1 file not readable as a replay; 4 lines without a code left out." */
export function handInSummary(t: HandInTally, from: string): string {
  if (!t.items) return `${from}: no replay code or replay file found${t.skippedLines ? ` in ${n(t.skippedLines, 'line')}` : ''}; nothing added.`;
  const read = t.items - t.unreadable;
  const parts = [`${n(read, 'replay')} read${read ? ` (${t.named === read ? (read === 1 ? 'with a name' : 'all with names') : `${t.named} with a name`})` : ''}`];
  if (t.unreadable) parts.push(`${n(t.unreadable, 'item')} not readable as a replay`);
  const left = [
    t.skippedLines ? n(t.skippedLines, 'line') + ' without a code' : '',
    t.otherFiles ? n(t.otherFiles, 'other file') : '',
    t.otherEntries ? n(t.otherEntries, 'other file') + ' in a zip' : '',
  ].filter(Boolean);
  return `${from}: ${parts.join(', ')}${left.length ? `; ${left.join(' and ')} left out` : ''}.`;
}

const GROUP_WORDS: Record<Group, [string, string]> = {
  class: ['in this class', 'in this class'],
  'other-class': ['from another class', 'from other classes'],
  duplicate: ['handed in twice (counted once)', 'handed in twice (counted once)'],
  copy: ['possible copy', 'possible copies'],
  refused: ['refused', 'refused'],
};

/** "2 in this class, 1 from another class, 1 possible copy, 1 refused." */
export function groupSummary(groups: Partial<Record<Group, number>>): string {
  const parts = (Object.keys(GROUP_WORDS) as Group[]).filter((g) => groups[g]).map((g) => `${groups[g]} ${GROUP_WORDS[g][groups[g] === 1 ? 0 : 1]}`);
  return parts.length ? `${parts.join(', ')}.` : 'none.';
}
