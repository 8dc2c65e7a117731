import { readReplayText } from '../app';
import { type Submission } from '../analysis';
import { byteLength, MAX_INPUT_BYTES } from './data';
import { t } from './i18n';

// What a teacher collects, turned into submissions for the class report: pasted lists of codes (a name before
// a code is kept: "Ana: SB2.…"), replay files (.json) and text files of codes.

const CODE = /SB[12]\.[A-Za-z0-9_\-.]*/;

export interface Parsed {
  submissions: Submission[];
  /** Lines that held no replay code (headings, blank names…), left out. */
  skipped: number;
}

/** The name written before a code on the same line, without separators: "Ana Silva, SB2…" → "Ana Silva". */
function nameBefore(line: string, at: number): string {
  return line.slice(0, at).replace(/["'\s:;,|=\t\u2013\u2014-]+$/u, '').replace(/^["'\s]+/, '').trim().slice(0, 80);
}

/** Codes one per line, each optionally preceded by a name; `label(n)` names the n-th code that has none. */
export function parseCodeLines(text: string, label: (n: number, total: number) => string): Parsed {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const found: { name: string; code: string }[] = [];
  let skipped = 0;
  for (const line of lines) {
    const m = CODE.exec(line);
    if (!m) {
      skipped++;
      continue;
    }
    found.push({ name: nameBefore(line, m.index), code: m[0] });
  }
  return {
    submissions: found.map((f, i) => ({ name: f.name || label(i + 1, found.length), replay: f.code })),
    skipped,
  };
}

/** One pasted text or file: a JSON replay (or a list of them), or replay codes one per line. */
export function parseText(text: string, source: string, label: (n: number, total: number) => string): Parsed {
  if (byteLength(text) > MAX_INPUT_BYTES) return { submissions: [{ name: source, replay: null, refusal: { kind: 'oversized', message: t.refusal.tooLarge(MAX_INPUT_BYTES) } }], skipped: 0 };
  const trimmed = text.trim();
  if (!trimmed) return { submissions: [{ name: source, replay: null, refusal: { kind: 'malformed', message: t.report.emptyFile } }], skipped: 0 };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const read = readReplayText(trimmed);
    if ('refusal' in read) return { submissions: [{ name: source, replay: null, refusal: read.refusal }], skipped: 0 };
    if (Array.isArray(read.replay)) return { submissions: read.replay.map((r, i) => ({ name: `${source} #${i + 1}`, replay: r })), skipped: 0 };
    return { submissions: [{ name: source, replay: read.replay }], skipped: 0 };
  }
  const parsed = parseCodeLines(trimmed, label);
  if (!parsed.submissions.length) return { submissions: [{ name: source, replay: null, refusal: { kind: 'malformed', message: t.report.noCodeInside } }], skipped: 0 };
  return parsed;
}

/** A stable key for spotting the same submission handed in twice (same name, same content). */
export const submissionKey = (s: Submission): string => `${s.name}\u0000${typeof s.replay === 'string' ? s.replay : JSON.stringify(s.replay ?? s.refusal ?? null)}`;
