// Students' names as they come in e-mails and spreadsheets: "- Ana:", "> “Ben”", "From: Chloé Martin <c@school.org>",
// "(Fatima)", a form's name column. Names are plain text: the report never reads them as markup or formulas.

const MAX_NAME = 60;
const NOT_NAME_WORDS = /^(sb1|code|codes|replay|replays|here|is|my|hi|hello|hey|dear|thanks|thank|you|regards|best|attached|below|above|sent|from|to|subject|date|re|fwd|fw|forwarded|message|wrote|on|the|a|class|link|game|please|see)$/i;

/** A cell or a line's text without bullets, quote marks, ">" quoting, labels and separators around it. */
export function cleanName(raw: string): string {
  let s = raw.replace(/<[^>]*@[^>]*>/g, ' ').replace(/\S+@\S+\.\S+/g, ' ');
  s = s.replace(/^[\s>]+/, '');
  s = s.replace(/^(?:from|de|von|name|student|nom|nombre|نام|از)\s*[:=：]\s*/i, '');
  s = s.replace(/^(?:[-*+•·◦‣⁃–—]+|\d{1,3}[.)])\s+/u, '');
  s = s.replace(/["“”„«»`]/gu, ' ');
  s = s.replace(/^[\s'‘’:;,.|=*+•·\-–—]+|[\s'‘’:;,.|=*+•·\-–—]+$/gu, '');
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > MAX_NAME ? s.slice(0, MAX_NAME).trim() : s;
}

/** Could this be a student's name (or initials)? Not a date, a time, an address, a sentence or a heading word. */
export function isNameLike(s: string): boolean {
  if (!s || !/\p{L}/u.test(s) || s.length > MAX_NAME) return false;
  if (/@|:\/\/|^www\./i.test(s)) return false;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b\d{1,2}:\d{2}\b/.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 4) return false;
  return !words.some((w) => NOT_NAME_WORDS.test(w.replace(/[^\p{L}\d]/gu, '')));
}

/** Cells of one spreadsheet row; quoted cells (CSV) may hold the delimiter. */
export function splitCells(line: string, delimiter: string): string[] {
  if (delimiter === '\t') return line.split('\t');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && !cell.trim()) quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The name in the text beside a code on its line: the nearest name-like piece ("Ana Silva - ", "(Fatima)", a row's cells). */
export function nameFromCells(segment: string, pick: 'first' | 'last'): string {
  const pieces = segment
    .split(/\t|[,;|()[\]{}]|\s[-–—]\s|\s[-–—]$|^[-–—]\s/u)
    .map(cleanName)
    .filter(isNameLike);
  return (pick === 'last' ? pieces[pieces.length - 1] : pieces[0]) ?? '';
}
