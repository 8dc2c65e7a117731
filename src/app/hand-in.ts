import type { RefusalKind } from '../engine';
import { findCodes } from './hand-in-codes.js';
import { cleanName, isNameLike, nameFromCells, splitCells } from './hand-in-names.js';

// What a class hands in, read the same way by the teacher page and the CLI: pasted e-mails and spreadsheet rows
// (codes found wherever they are, with the student's name), replay files, text files of codes and .zip files of
// them. Pure: text and bytes in, hand-ins out; verifying them is the class report's job.

export const MAX_INPUT_BYTES = 1_000_000;

export interface HandIn {
  /** The student's name as handed in, or a label when none was found ("Pasted code 3"). */
  name: string;
  /** Where the name came from: written beside the code, a file's name, or only a label. */
  nameFrom: 'text' | 'file' | 'label';
  /** Where it came from: "the paste", a file name, "class.zip › Ana.json". */
  source: string;
  /** A parsed replay (object) or a replay code (string); null when refused. */
  replay: unknown;
  refusal?: { kind: RefusalKind; message: string };
}

export interface HandInResult {
  items: HandIn[];
  /** Lines that held no code and were no student's name nor a column heading, left out. */
  skipped: number;
}

const refused = (source: string, kind: RefusalKind, message: string): HandIn => ({ name: source, nameFrom: 'label', source, replay: null, refusal: { kind, message } });

interface Header {
  delimiter: string;
  name: number[];
}

/** A spreadsheet or form's heading row: cells, one of which names the student ("Name", "Student", "First name"…). */
function headerOf(line: string): Header | null {
  const delimiter = line.includes('\t') ? '\t' : (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
  const cells = splitCells(line, delimiter).map((c) => c.toLowerCase());
  if (cells.length < 2) return null;
  const last = cells.findIndex((c) => /\blast\b|surname|family|نام[\s\u200c]*خانوادگی/.test(c));
  // Persian forms head the given name «نام» beside «نام خانوادگی» (the family name).
  const first = cells.findIndex((c, i) => /\bfirst\b|\bgiven\b|pr[ée]nom/.test(c) || (i !== last && last >= 0 && c.trim() === 'نام'));
  if (first >= 0 && last >= 0) return { delimiter, name: [first, last] };
  const name = cells.findIndex(
    (c) => /name|student|pupil|\bnom\b|nombre|élève|who|نام|دانش[\s\u200c]*آموز|دانشجو/.test(c) && !/file|user ?name|e-?mail|نام[\s\u200c]*کاربری|ایمیل|رایانامه|پرونده|فایل/.test(c),
  );
  return name >= 0 ? { delimiter, name: [name] } : null;
}

/** Replay codes in any pasted text, each with the student's name where one can be told. */
export function parsePastedCodes(text: string, label: (n: number) => string, source = 'the paste'): HandInResult {
  const { text: clean, codes } = findCodes(text);
  const lines = clean.split('\n');
  const used = new Set<number>();
  codes.forEach((c) => {
    for (let l = c.firstLine; l <= c.lastLine; l++) used.add(l);
  });
  let header: Header | null = null;
  const headerAt = new Map<number, Header>();
  lines.forEach((line, i) => {
    if (used.has(i) || !line.trim()) return;
    const h = headerOf(line);
    if (h) {
      header = h;
      used.add(i);
    }
    if (header) headerAt.set(i, header);
  });
  const items: HandIn[] = codes.map((c, n) => {
    const line = lines[c.firstLine]!;
    let h: Header | undefined;
    for (let l = c.firstLine; l >= 0 && !h; l--) h = headerAt.get(l);
    let name = '';
    if (h && line.includes(h.delimiter)) {
      const cells = splitCells(line, h.delimiter);
      name = cleanName(h.name.map((k) => cells[k] ?? '').join(' '));
    }
    if (!name) name = nameFromCells(line.slice(c.lineBefore, c.startCol), 'last') || nameFromCells(lines[c.lastLine]!.slice(c.endCol, c.lineAfter), 'first');
    if (!name) {
      const above = c.firstLine - 1;
      const candidate = above >= 0 && !used.has(above) ? cleanName(lines[above]!) : '';
      if (candidate && isNameLike(candidate)) {
        name = candidate;
        used.add(above);
      }
    }
    return name ? { name, nameFrom: 'text', source, replay: c.code } : { name: label(n + 1), nameFrom: 'label', source, replay: c.code };
  });
  const skipped = lines.filter((l, i) => l.trim() && !used.has(i)).length;
  return { items, skipped };
}

const GENERIC_FILE = /^(replay|replays|suspicious-bind.*|download|untitled|file|codes?|class.*|\d+)$/i;

/** The student named by a file: "Ana-2022-suspicious-bind-lesson4.json" → "Ana"; generic names ("replay.json") give none. */
export function nameFromFileName(file: string, replay?: unknown): string {
  let base = file.split(/[\\/]/).pop()!.replace(/\.(json|txt|zip)$/i, '').replace(/\s*\(\d+\)$/, '');
  const r = replay as { scenario?: { id?: unknown }; seed?: unknown } | null | undefined;
  if (r && typeof r.scenario?.id === 'string' && typeof r.seed === 'string') {
    // The game names a file <name>-<scenario>-<seed>, or <scenario>-<seed> when the student gave no name.
    const own = `${r.scenario.id}-${r.seed}`;
    if (base === own) return '';
    if (base.endsWith(`-${own}`)) base = base.slice(0, -own.length - 1);
  }
  const name = cleanName(base.replace(/[_]+/g, ' '));
  return name && !GENERIC_FILE.test(name) && isNameLike(name) ? name : '';
}

/** One text (a pasted text or a file's content): a replay file's JSON (or a list of them), or replay codes. */
export function parseHandInText(text: string, source: string, label: (n: number) => string, fileName?: string): HandInResult {
  if (text.length > MAX_INPUT_BYTES) return { items: [refused(source, 'oversized', tooLarge())], skipped: 0 };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { items: [refused(source, 'malformed', 'This is empty.')], skipped: 0 };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      if (!/SB[12]\./.test(trimmed)) return { items: [refused(source, 'truncated', 'This replay file is cut short or damaged: it is not complete JSON.')], skipped: 0 };
    }
    if (value !== undefined) {
      const list = Array.isArray(value) ? value : [value];
      return {
        items: list.map((r, i) => {
          const student = (r as { settings?: { student?: unknown } } | null)?.settings?.student;
          const fromFile = fileName && list.length === 1 ? nameFromFileName(fileName, r) : '';
          const s = list.length > 1 ? `${source} #${i + 1}` : source;
          if (fromFile) return { name: fromFile, nameFrom: 'file' as const, source: s, replay: r };
          return { name: typeof student === 'string' && student.trim() ? cleanName(student) : s, nameFrom: 'label' as const, source: s, replay: r };
        }),
        skipped: 0,
      };
    }
  }
  const parsed = parsePastedCodes(trimmed, label, source);
  if (!parsed.items.length) return { items: [refused(source, 'malformed', `No replay code in it (codes start with "SB2."); ${lineCount(trimmed)} read.`)], skipped: 0 };
  const fromFile = fileName ? nameFromFileName(fileName) : '';
  if (fromFile && parsed.items.length === 1 && parsed.items[0]!.nameFrom === 'label') parsed.items[0] = { ...parsed.items[0]!, name: fromFile, nameFrom: 'file' };
  return parsed;
}

const lineCount = (text: string) => {
  const n = text.split('\n').filter((l) => l.trim()).length;
  return n === 1 ? '1 line' : `${n} lines`;
};

const tooLarge = () => `It is larger than ${MAX_INPUT_BYTES / 1_000_000} MB; no replay comes close.`;

export { refused as refusedHandIn, tooLarge as tooLargeMessage };
