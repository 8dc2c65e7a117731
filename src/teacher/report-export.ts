import { type ClassReport } from '../analysis';
import { gradebookCsv } from '../app';

export { choicesCsv } from '../app';

// The class report as files: the gradebook (one row per student: the same file as `class-report --csv`), the
// choices by card, and the whole report as JSON.

export function studentsCsv(report: ClassReport): string {
  return gradebookCsv(report);
}

export const reportJson = (report: ClassReport): string => JSON.stringify(report, null, 2) + '\n';
