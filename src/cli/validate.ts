import { statSync } from 'node:fs';
import { formatIssue, type ScenarioIssue } from '../scenario/issues.js';
import { MAX_FILE_CHARS } from '../scenario/yaml-read.js';
import type { LoadResult } from '../scenario/load.js';
import { UsageError } from './errors.js';
import { readScenarioFile } from './scenarios.js';

/** Reads and checks one file; a file too large is refused before it is read, and nothing escapes as a crash. */
function check(file: string): LoadResult {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`cannot read the file "${file}"`);
  }
  // Bytes, not characters: a file of many multi-byte characters may still be within the limit, and is read.
  if (size > 4 * MAX_FILE_CHARS) {
    const issue: ScenarioIssue = { file, line: 1, col: 1, path: '(file)', message: `the file is too large (${(size / 1e6).toFixed(1)} MB; a scenario file may have at most ${MAX_FILE_CHARS / 1e6} million characters)` };
    return { ok: false, issues: [issue] };
  }
  try {
    return readScenarioFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ file, line: 1, col: 1, path: '(file)', message: `the validator could not finish this file (${why}); please report it with the file` }] };
  }
}

/** Validates each file; prints every problem. Returns the exit code: 0 when all are valid, 1 otherwise. */
export function validateCommand(files: string[], out: (line: string) => void): number {
  if (!files.length) throw new UsageError('validate needs at least one scenario file');
  let bad = 0;
  for (const file of files) {
    const r = check(file);
    if (r.ok) out(`${file}: valid (${r.scenario.cards.length} cards, ${r.scenario.endings.length} endings, ${r.scenario.period.turns} turns)`);
    else {
      bad++;
      for (const issue of r.issues) out(formatIssue(issue));
      out(`${file}: ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}`);
    }
  }
  return bad ? 1 : 0;
}
