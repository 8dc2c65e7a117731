import { readYaml } from './yaml-read.js';
import { locate } from './locate.js';
import { ScenarioSchema, type ScenarioData } from './schema.js';
import { formatPath, plainMessage, type PathPart, type ScenarioIssue } from './issues.js';
import { checkReferences } from './references.js';
import { checkPlayability } from './playability.js';

export type LoadResult =
  | { ok: true; scenario: ScenarioData; issues: [] }
  | { ok: false; issues: ScenarioIssue[] };

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathPart, unknown>)[p];
  }
  return v;
}

/** Parses and validates a scenario file's text. Every problem is reported, each with line, column and path. */
export function loadScenarioText(text: string, file: string): LoadResult {
  const read = readYaml(text, file);
  if (!read.ok) return { ok: false, issues: read.issues };
  const { doc, lc, data: raw } = read;
  const issues: ScenarioIssue[] = [];
  const at = (path: readonly PathPart[], message: string, key?: string): void => {
    issues.push({ file, ...locate(doc, lc, path, key), path: formatPath(path), message });
  };

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    at([], 'a scenario file must be a mapping of fields (id, title, cards, …)');
    return { ok: false, issues };
  }

  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      at(path, plainMessage(issue, valueAt(raw, path)), key);
    }
  }
  for (const problem of checkReferences(raw)) at(problem.path, problem.message);
  // The playability search needs a scenario whose every reference holds.
  if (parsed.success && !issues.length) for (const problem of checkPlayability(parsed.data).problems) at(problem.path, problem.message);

  issues.sort((a, b) => a.line - b.line || a.col - b.col);
  const unique = issues.filter(
    (x, i) => i === 0 || x.line !== issues[i - 1]!.line || x.message !== issues[i - 1]!.message || x.path !== issues[i - 1]!.path,
  );
  if (unique.length || !parsed.success) return { ok: false, issues: unique };
  return { ok: true, scenario: parsed.data, issues: [] };
}
