import { formatIssue } from '../scenario/issues.js';
import { UsageError } from './errors.js';
import { readScenarioFile } from './scenarios.js';

/** Validates each file; prints every problem. Returns the exit code: 0 when all are valid, 1 otherwise. */
export function validateCommand(files: string[], out: (line: string) => void): number {
  if (!files.length) throw new UsageError('validate needs at least one scenario file');
  let bad = 0;
  for (const file of files) {
    const r = readScenarioFile(file);
    if (r.ok) out(`${file}: valid (${r.scenario.cards.length} cards, ${r.scenario.endings.length} endings, ${r.scenario.period.turns} turns)`);
    else {
      bad++;
      for (const issue of r.issues) out(formatIssue(issue));
      out(`${file}: ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}`);
    }
  }
  return bad ? 1 : 0;
}
