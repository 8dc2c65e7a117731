// Checks on one text's marks: brackets and quotes that open and close, and which script its letters are in.

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '«': '»', '“': '”' };
const OPENER: Record<string, string> = Object.fromEntries(Object.entries(CLOSER).map(([o, c]) => [c, o]));

/** The first bracket or quote that does not match, in words; null when every one opens and closes in order. */
export function unbalancedMark(text: string): string | null {
  const open: string[] = [];
  let straight = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if (CLOSER[ch]) open.push(ch);
    else if (OPENER[ch]) {
      const last = open.pop();
      if (last === undefined) return `a closing ${ch} has no opening ${OPENER[ch]} before it`;
      if (CLOSER[last] !== ch) return `the ${last} is closed by ${ch} instead of ${CLOSER[last]}`;
    }
  }
  if (open.length) return `an opening ${open.at(-1)} is never closed by ${CLOSER[open.at(-1)!]}`;
  if (straight % 2) return 'a " quote mark is never closed (there is an odd number of them)';
  return null;
}

/** Letters of the Arabic script, which Persian is written in. */
const PERSIAN_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const hasPersianLetters = (text: string) => PERSIAN_LETTER.test(text);
export const hasLetters = (text: string) => /\p{L}/u.test(text);

/** Arabic letters that Persian writes otherwise: ي for ی and ك for ک (they look different at a word's end). */
export function arabicLetters(text: string): string[] {
  const out: string[] = [];
  if (text.includes('\u064A')) out.push('ي (Arabic yeh) where Persian writes ی');
  if (text.includes('\u0643')) out.push('ك (Arabic kaf) where Persian writes ک');
  return out;
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
