import { unzipSync } from 'fflate';
import { MAX_INPUT_BYTES, parseHandInText, refusedHandIn, tooLargeMessage, type HandInResult } from './hand-in.js';

// A handed-in file as bytes: a replay file, a text file of codes, or a .zip of them (what Google Classroom and
// Drive give a teacher). Folders inside a zip are read; other files in it (a PDF, __MACOSX) are left out and counted.

const MAX_ZIP_ENTRIES = 1000;
const READABLE = /\.(json|txt)$/i;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
const decodeText = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const labelFor = (source: string) => (n: number) => `${source} #${n}`;

/** What a file that is not text is, from its first bytes; null for text (a replay file or codes). */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'binary';
export const IMAGE_KINDS: readonly BinaryKind[] = ['png', 'jpeg', 'gif', 'webp'];

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

export function binaryKind(b: Uint8Array): BinaryKind | null {
  if (starts(b, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(b, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (starts(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (isZip(b)) return 'zip';
  // Text has no NUL byte (UTF-16 text is not a replay either); the first 8 KB tell.
  return b.subarray(0, 8192).includes(0) ? 'binary' : null;
}

/** "This is an image (PNG), not a replay file…": what a non-text file is, in words (English; the page has its own). */
export function notReplayFileMessage(kind: BinaryKind): string {
  const what = IMAGE_KINDS.includes(kind) ? `an image (${kind.toUpperCase()}), not` : kind === 'pdf' ? 'a PDF document, not' : kind === 'zip' ? 'a .zip file, not' : 'not a text file, so not';
  return `This is ${what} a replay file: a replay is a .json file from the game, or a text holding codes that start with "SB2.".`;
}

/** A file too large to be one replay file (the limit for a replay or a text of codes). */
export const fileTooLargeMessage = (bytes: number): string =>
  `This file is ${(bytes / 1_000_000).toFixed(1)} MB, too large to be a replay file (they are under ${MAX_INPUT_BYTES / 1_000_000} MB).`;

export interface FileResult extends HandInResult {
  /** Entries of a zip that are not replay files (folders, PDFs…), left out. */
  otherEntries: number;
  /** Other files left out that were not in a zip (set by the CLI when it walks a folder). */
  otherFiles?: number;
}

export function readHandInFile(name: string, bytes: Uint8Array): FileResult {
  if (!isZip(bytes)) {
    const kind = binaryKind(bytes);
    if (kind) return { items: [refusedHandIn(name, 'malformed', notReplayFileMessage(kind))], skipped: 0, otherEntries: 0 };
    if (bytes.length > MAX_INPUT_BYTES) return { items: [refusedHandIn(name, 'oversized', tooLargeMessage())], skipped: 0, otherEntries: 0 };
    return { ...parseHandInText(decodeText(bytes), name, labelFor(name), name), otherEntries: 0 };
  }
  let entries: Record<string, Uint8Array>;
  let other = 0;
  try {
    let count = 0;
    entries = unzipSync(bytes, {
      filter: (f) => {
        const base = f.name.split('/').pop() ?? '';
        const wanted = READABLE.test(base) && !base.startsWith('.') && !f.name.startsWith('__MACOSX/') && f.originalSize <= MAX_INPUT_BYTES && ++count <= MAX_ZIP_ENTRIES;
        if (!wanted && !f.name.endsWith('/')) other++;
        return wanted;
      },
    });
  } catch {
    return { items: [refusedHandIn(name, 'malformed', 'This .zip file is damaged and cannot be opened.')], skipped: 0, otherEntries: 0 };
  }
  const names = Object.keys(entries).sort();
  if (!names.length) return { items: [refusedHandIn(name, 'malformed', `This .zip file holds no replay file (.json or .txt)${other ? ` among its ${other} files` : ''}.`)], skipped: 0, otherEntries: other };
  const out: FileResult = { items: [], skipped: 0, otherEntries: other };
  for (const entry of names) {
    const source = `${name} \u203A ${entry}`;
    const kind = binaryKind(entries[entry]!);
    if (kind) {
      out.items.push(refusedHandIn(source, 'malformed', notReplayFileMessage(kind)));
      continue;
    }
    const r = parseHandInText(decodeText(entries[entry]!), source, labelFor(source), entry);
    out.items.push(...r.items);
    out.skipped += r.skipped;
  }
  return out;
}
