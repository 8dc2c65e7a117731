import type { ScenarioData } from './types.js';
import { textEntries } from './text-ids.js';
import { isOverlayName, isSourceId, MUST_BE_COMPLETE, notAnOverlayName, overlayLang } from './overlay-names.js';
import { quoted, type OverlayIssue, type OverlayIssueKind } from './overlay-issues.js';
import type { OverlayText } from './overlay-read.js';
import { isInvisible } from './refine.js';
import { arabicLetters, hasLetters, hasPersianLetters, unbalancedMark, wordCount } from './text-marks.js';

// An overlay checked against its scenario: every problem at once, each at its line and under its text id.

export interface OverlayCheckInput {
  file: string;
  /** The overlay's name, from its file name (fa, en-basic, fa-basic). */
  name: string;
  scenario: ScenarioData;
  texts: ReadonlyMap<string, OverlayText>;
  /** Every id the file gives, a text or not (default: those of `texts`). */
  ids?: ReadonlySet<string>;
  /** For fa-basic: the Persian (fa) texts it is shown over. */
  base?: ReadonlyMap<string, OverlayText>;
}

/** A basic text this long or longer that is word for word the advanced one was not simplified. */
const LONG_TEXT_WORDS = 12;

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export function checkOverlay({ file, name, scenario, texts, ids, base }: OverlayCheckInput): OverlayIssue[] {
  const issues: OverlayIssue[] = [];
  if (!isOverlayName(name))
    return [
      {
        file,
        line: 1,
        col: 1,
        path: '(file)',
        message: notAnOverlayName(name),
        kind: 'broken',
      },
    ];
  const lang = overlayLang(name);
  const sourceText = new Map(textEntries(scenario).map((e) => [e.id, e.text]));
  const add = (at: { line: number; col: number }, id: string, kind: OverlayIssueKind, message: string) => issues.push({ file, ...at, path: id, message, kind });

  for (const [id, { text, ...at }] of texts) {
    const source = sourceText.get(id);
    if (source === undefined) {
      add(at, id, 'broken', `no text of the scenario "${scenario.id}" has this id (renamed or removed?): \`suspicious-bind texts --scenario ${scenario.id}\` lists them`);
      continue;
    }
    if (isSourceId(id)) {
      add(at, id, 'broken', 'sources keep their own language: leave every sources.* id out of an overlay');
      continue;
    }
    if (!text.trim() || isInvisible(text)) {
      add(at, id, 'broken', `is empty: write the text (the English is ${quoted(source)})`);
      continue;
    }
    const words = wordCount(source);
    if (same(text, source) && hasLetters(source)) {
      if (lang === 'fa') add(at, id, 'incomplete', `is the same as the English: not translated yet (${quoted(source)})`);
      else if (words >= LONG_TEXT_WORDS) add(at, id, 'warning', `is word for word the advanced text (${words} words): a basic text is shorter and plainer`);
      continue;
    }
    const fa = base?.get(id)?.text;
    if (fa !== undefined && same(text, fa) && wordCount(fa) >= LONG_TEXT_WORDS)
      add(at, id, 'warning', `is word for word the Persian advanced text (${wordCount(fa)} words): a basic text is shorter and plainer`);
    if (lang === 'fa' && !hasPersianLetters(text) && hasLetters(source)) add(at, id, 'broken', `has no Persian letters: is it translated? (${quoted(text)})`);
    if (lang === 'en' && hasPersianLetters(text)) add(at, id, 'broken', 'has Persian letters, but this is the English basic overlay');
    const mark = unbalancedMark(text);
    if (mark && !unbalancedMark(source)) add(at, id, 'broken', `its brackets or quotes do not match: ${mark} (in the English they do)`);
    if (lang === 'fa') for (const letter of arabicLetters(text)) add(at, id, 'warning', `uses ${letter}`);
  }

  if (MUST_BE_COMPLETE.includes(name)) {
    let before = { line: 1, col: 1 };
    for (const [id, source] of sourceText) {
      const present = texts.get(id);
      if (present) before = present;
      else if (!isSourceId(id) && !ids?.has(id)) add(before, id, 'incomplete', `is missing: no text for it here (the English is ${quoted(source)})`);
    }
  }
  return issues.sort((a, b) => a.line - b.line || a.col - b.col);
}

export const counts = (issues: readonly OverlayIssue[]) => ({
  broken: issues.filter((i) => i.kind === 'broken').length,
  incomplete: issues.filter((i) => i.kind === 'incomplete').length,
  warnings: issues.filter((i) => i.kind === 'warning').length,
});
