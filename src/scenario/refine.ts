import { z } from 'zod';
import { httpsHref } from './https-href.js';

// Refinements the schema (schema.ts) builds its fields from: ids that are safe as object keys, text that is
// visible, numbers within their field's real range, and web addresses that are safe to render as links.

/** Names every JavaScript object already has: as a flag or stat id they would read the built-in, not the game's value. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function reservedMessage(id: string): string {
  return `"${id}" is a name every JavaScript object already has; choose another id`;
}

/** An id that is not a built-in object property (checked first: then only that is said), of the given form. */
export const safeId = (pattern?: { regex: RegExp; error: string }) => {
  const s = z.string().refine((v) => !RESERVED_NAMES.has(v), { error: (iss) => reservedMessage(String(iss.input)), abort: true });
  return pattern ? s.regex(pattern.regex, { error: pattern.error }) : s.min(1);
};

/** Characters that show nothing: zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors, and white space. */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

export const isInvisible = (text: string): boolean => INVISIBLE_ONLY.test(text);

/** A text a reader can see: not empty once invisible characters are removed. */
export const visibleText = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty', abort: true })
  .refine((v) => !isInvisible(v), { error: 'must not be empty: it holds only invisible characters (zero-width spaces, direction marks, soft hyphens)' });

function shown(n: number): string {
  if (Number.isNaN(n)) return 'not a number (.nan)';
  if (!Number.isFinite(n)) return n > 0 ? 'infinite (.inf)' : 'minus infinite (-.inf)';
  return String(n);
}

/** A number in a closed range; any number outside it (or not whole, or infinite) gets one message that gives the range. */
export function ranged(min: number, max: number, whole = false) {
  const words = `must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  return z
    .number({ error: (iss) => (typeof iss.input === 'number' ? `${words}, but is ${shown(iss.input)}` : undefined) })
    .refine((n) => n >= min && n <= max && (!whole || Number.isInteger(n)), { error: (iss) => `${words}, but is ${shown(iss.input as number)}` });
}

/** A source's web address: https: only (a "javascript:" or "data:" address must never become a link). */
export const httpsUrl = z.string().refine((v) => httpsHref(v) !== null, {
  error: (iss) => `must be an https: web address, but is ${typeof iss.input === 'string' ? `"${iss.input.length > 40 ? iss.input.slice(0, 40) + '…' : iss.input}"` : 'not a text'}`,
});
