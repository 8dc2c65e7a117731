import type { z } from 'zod';

/** One problem found in a scenario file, located by line, column and the path inside the file. */
export interface ScenarioIssue {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

export type PathPart = string | number;

export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(top level)';
}

export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.path}: ${issue.message}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const typeWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** Turns a zod issue into a plain-words message. `value` is what the file holds at the issue's path. */
export function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      // A number of the wrong kind (.inf, .nan): the field's own message gives its range.
      if (typeof value === 'number') return issue.message;
      if (value === undefined) return `is missing (expected ${typeWords[issue.expected] ?? issue.expected})`;
      return `should be ${typeWords[issue.expected] ?? issue.expected}, but is ${describeValue(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 5).map((k) => `"${k}"`).join(', ')}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}, but is ${describeValue(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}, but is ${describeValue(value)}`;
    case 'too_big':
      if (issue.origin === 'array') return `takes at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}, but is ${describeValue(value)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `should be an https: web address, but is ${describeValue(value)}`;
      return issue.message.startsWith('Invalid') ? `has the wrong form (${describeValue(value)})` : issue.message;
    case 'invalid_union':
      return `should be ${describeValue(value) === 'nothing' ? 'given' : 'of another form'}`;
    default:
      return issue.message;
  }
}
