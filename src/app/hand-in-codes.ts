// Replay codes (SB2.<body>.<6-character check>; an older SB1 code is found too, and refused with why) found in pasted text as mail and spreadsheets mangle them:
// zero-width characters and spaces inside, lines wrapped (near 76 characters, or quoted-printable "=" breaks,
// or "> " quoting on the next line), and punctuation or quotes right after the code.

export interface FoundCode {
  code: string;
  firstLine: number;
  lastLine: number;
  /** Column where the code starts on its first line, and where it ends on its last line. */
  startCol: number;
  endCol: number;
  /** Where the text that belongs to this code starts on its first line (after an earlier code on that line). */
  lineBefore: number;
  /** Where it ends on its last line (before a later code on that line). */
  lineAfter: number;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CODE_CHAR = /[A-Za-z0-9_-]/;
/** A line this long (mail wraps at 76, quoting adds a few) that ends inside a code was wrapped, not ended. */
const WRAPPED_LINE = { min: 50, max: 80 };
const CHECK_LENGTH = 6;

/** A run of code characters after a space is a piece of the code (not the next word) when it looks like base64. */
function looksLikeCodePiece(text: string, at: number): boolean {
  const run = /^[A-Za-z0-9_.-]+/.exec(text.slice(at, at + 200))?.[0] ?? '';
  return /[0-9_.-]/.test(run) || /.[A-Z]/.test(run) || run.length >= 12;
}

export function findCodes(input: string): { text: string; codes: FoundCode[] } {
  const text = input.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/=\n/g, '');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let l = 0;
    while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= pos) l++;
    return l;
  };
  const codes: FoundCode[] = [];
  let from = 0;
  for (;;) {
    const found = /SB[12]\./.exec(text.slice(from));
    if (!found) break;
    const start = from + found.index;
    const prefix = found[0];
    let j = start + 4;
    let body = '';
    let check = '';
    let inCheck = false;
    while (j < text.length) {
      const c = text[j]!;
      if (CODE_CHAR.test(c)) {
        if (inCheck) check += c;
        else body += c;
        j++;
        if (check.length === CHECK_LENGTH) break;
        continue;
      }
      if (c === '.' && !inCheck && body) {
        inCheck = true;
        j++;
        continue;
      }
      if (c === ' ' || c === '\t') {
        let k = j;
        while (text[k] === ' ' || text[k] === '\t') k++;
        if (k - j <= 2 && (CODE_CHAR.test(text[k] ?? '') || text[k] === '.') && looksLikeCodePiece(text, k)) {
          j = k;
          continue;
        }
        break;
      }
      const lineLength = j - lineStarts[lineOf(j)]!;
      if (c === '\n' && lineLength >= WRAPPED_LINE.min && lineLength <= WRAPPED_LINE.max) {
        let k = j + 1;
        while (text[k] === '>' || text[k] === ' ') k++;
        if ((CODE_CHAR.test(text[k] ?? '') || (text[k] === '.' && !inCheck)) && (inCheck || looksLikeCodePiece(text, k))) {
          j = k;
          continue;
        }
      }
      break;
    }
    const code = `${prefix}${body}${inCheck ? `.${check}` : ''}`;
    const firstLine = lineOf(start);
    const lastLine = lineOf(Math.max(start, j - 1));
    const prev = codes[codes.length - 1];
    codes.push({
      code,
      firstLine,
      lastLine,
      startCol: start - lineStarts[firstLine]!,
      endCol: j - lineStarts[lastLine]!,
      lineBefore: prev && prev.lastLine === firstLine ? prev.endCol : 0,
      lineAfter: Number.MAX_SAFE_INTEGER,
    });
    if (prev && prev.lastLine === firstLine) prev.lineAfter = start - lineStarts[firstLine]!;
    from = Math.max(j, start + 4);
  }
  return { text, codes };
}
