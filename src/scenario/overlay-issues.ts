import { formatIssue, type ScenarioIssue } from './issues.js';

// What is wrong with an overlay, by how much it matters:
// - broken: the overlay cannot be shown as it is (unknown ids, no text, broken quotes); it fails the build;
// - incomplete: texts still to translate (missing, or left in the source language); the game shows the source
//   text there, so the build goes on, while `validate` and the coverage test say what is left;
// - warning: worth a look, never a failure (a basic text as long as the advanced one).

export type OverlayIssueKind = 'broken' | 'incomplete' | 'warning';

export interface OverlayIssue extends ScenarioIssue {
  kind: OverlayIssueKind;
}

export function formatOverlayIssue(issue: OverlayIssue): string {
  return issue.kind === 'warning' ? formatIssue({ ...issue, message: `warning: ${issue.message}` }) : formatIssue(issue);
}

/** "the text “The talks”", shortened, for messages. */
export function quoted(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? one.slice(0, max) + '…' : one}”`;
}
