import { unzipSync } from 'fflate';
import { MAX_INPUT_BYTES, parseHandInText, refusedHandIn, tooLargeMessage, type HandInResult } from './hand-in.js';

// A handed-in file as bytes: a replay file, a text file of codes, or a .zip of them (what Google Classroom and
// Drive give a teacher). Folders inside a zip are read; other files in it (a PDF, __MACOSX) are left out and counted.

const MAX_ZIP_ENTRIES = 1000;
const READABLE = /\.(json|txt)$/i;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
const decodeText = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const labelFor = (source: string) => (n: number) => `${source} #${n}`;

export interface FileResult extends HandInResult {
  /** Entries of a zip that are not replay files (folders, PDFs…), left out. */
  otherEntries: number;
}

export function readHandInFile(name: string, bytes: Uint8Array): FileResult {
  if (!isZip(bytes)) {
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
    const r = parseHandInText(decodeText(entries[entry]!), source, labelFor(source), entry);
    out.items.push(...r.items);
    out.skipped += r.skipped;
  }
  return out;
}
