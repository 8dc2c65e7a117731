import { type IncludeOptions, type Submission } from '../analysis';
import { type ClassSettings } from '../app';
import { findScenario } from './data';

// What the class report keeps in this browser (localStorage), so that a reload loses nothing: the submissions,
// the class they are checked against, which other groups the teacher chose to count, and the last "remove all"
// (so that its undo survives a reload too).

const KEYS = { subs: 'sb-teacher-submissions', klass: 'sb-teacher-report-class', include: 'sb-teacher-report-include', undo: 'sb-teacher-submissions-undo' };

function read<T>(key: string, check: (v: unknown) => T | null): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : check(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** False when the browser would not keep it (storage full or private): it then lasts for this visit only. */
function write(key: string, value: unknown): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const asSubs = (v: unknown): Submission[] | null =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object' && typeof (x as Submission).name === 'string') as Submission[]) : null;

let subs: Submission[] | null = null;

export function submissions(): Submission[] {
  subs ??= read(KEYS.subs, asSubs) ?? [];
  return subs;
}

/** Keeps the list; false when this browser could not store it (the page must say so: a reload would lose it). */
export function saveSubmissions(next: Submission[]): boolean {
  subs = next;
  return write(KEYS.subs, next);
}

/** The list removed by "Remove all", kept until something new is added. */
export const removedAll = (): Submission[] | null => read(KEYS.undo, asSubs);
export const setRemovedAll = (list: Submission[] | null): boolean => write(KEYS.undo, list);

export function reportClass(): ClassSettings | null {
  return read(KEYS.klass, (v) => {
    const c = v as Partial<ClassSettings> | null;
    return c && typeof c.scenario === 'string' && findScenario(c.scenario) && typeof c.seed === 'string' && typeof c.difficulty === 'string'
      ? { scenario: c.scenario, seed: c.seed, difficulty: c.difficulty, previews: c.previews === true, ...(c.practice ? { practice: true } : {}) }
      : null;
  });
}

export const setReportClass = (c: ClassSettings | null): boolean => write(KEYS.klass, c);

export function included(): IncludeOptions {
  return read(KEYS.include, (v) => (v && typeof v === 'object' ? { otherClass: (v as IncludeOptions).otherClass === true, copies: (v as IncludeOptions).copies === true } : null)) ?? {};
}

export const setIncluded = (next: IncludeOptions): boolean => write(KEYS.include, next);
