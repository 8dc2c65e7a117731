import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { readYaml } from './yaml-read.js';
import type { OverlayIssue } from './overlay-issues.js';

// Reading an overlay file: a flat YAML map from text id to text, each text with the line it is on. The same bounded
// YAML reading as a scenario file (size, nesting, aliases, duplicate keys).

export interface OverlayText {
  text: string;
  line: number;
  col: number;
}

/** `ids`: every id the file gives, a text or not (an id given something else is reported once, not also as missing). */
export type OverlayRead = { ok: true; texts: Map<string, OverlayText>; ids: Set<string>; issues: OverlayIssue[] } | { ok: false; issues: OverlayIssue[] };

function what(value: unknown): string {
  if (isMap(value)) return 'a mapping';
  if (isSeq(value)) return 'a list';
  if (isScalar(value)) return typeof value.value === 'number' ? `the number ${String(value.value)} (put it in quotes)` : `the value ${String(value.value)} (put it in quotes)`;
  return 'something else';
}

/** Parses an overlay; texts that are not texts are reported (every one), the rest are read. */
export function readOverlayText(source: string, file: string): OverlayRead {
  const read = readYaml(source, file);
  if (!read.ok) return { ok: false, issues: read.issues.map((i) => ({ ...i, kind: 'broken' as const })) };
  const { doc, lc } = read;
  const texts = new Map<string, OverlayText>();
  const ids = new Set<string>();
  const issues: OverlayIssue[] = [];
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, texts, ids, issues };
  if (!isMap(contents)) {
    issues.push({ file, line: 1, col: 1, path: '(top level)', message: 'an overlay must be a mapping of text ids to texts (cards.c01-talks.title: …)', kind: 'broken' });
    return { ok: false, issues };
  }
  for (const pair of contents.items as Pair[]) {
    const at = lc.linePos((pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0);
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string') {
      issues.push({ file, ...at, path: String(key), message: 'is not a text id (ids look like cards.c01-talks.title)', kind: 'broken' });
      continue;
    }
    ids.add(key);
    const value = pair.value;
    if (isScalar(value) && typeof value.value === 'string') texts.set(key, { text: value.value, ...at });
    else if (value === null || (isScalar(value) && value.value === null)) texts.set(key, { text: '', ...at });
    else
      issues.push({
        file,
        ...at,
        path: key,
        message: isMap(value) ? 'should be a text, but is a mapping: an overlay is flat, one line "id: text" for each text' : `should be a text, but is ${what(value)}`,
        kind: 'broken',
      });
  }
  return { ok: true, texts, ids, issues };
}
