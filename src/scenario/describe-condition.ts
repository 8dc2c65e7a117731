import type { Condition } from './types.js';

/** A condition in plain words, for messages to scenario authors. */
export function describeCondition(c: Condition): string {
  if (c.stat !== undefined) {
    if (c.atLeast !== undefined && c.atMost !== undefined) return `${c.stat} between ${c.atLeast} and ${c.atMost}`;
    return c.atLeast !== undefined ? `${c.stat} at least ${c.atLeast}` : `${c.stat} at most ${c.atMost}`;
  }
  if (c.track !== undefined) return c.is !== undefined ? `track "${c.track}" at "${c.is}"` : `track "${c.track}" at one of ${(c.in ?? []).map((s) => `"${s}"`).join(', ')}`;
  if (c.flag !== undefined) return `flag "${c.flag}" set`;
  if (c.notFlag !== undefined) return `flag "${c.notFlag}" not set`;
  if (c.played !== undefined) return `card "${c.played}" played`;
  if (c.chose !== undefined) return `choice "${c.chose}" made`;
  if (c.turn !== undefined) {
    const { from, to } = c.turn;
    if (from !== undefined && to !== undefined) return from === to ? `turn ${from}` : `turns ${from} to ${to}`;
    return from !== undefined ? `turn ${from} or later` : `turn ${to} or earlier`;
  }
  if (c.all !== undefined) return c.all.map(describeCondition).join(' and ');
  if (c.any !== undefined) return `(${c.any.map(describeCondition).join(' or ')})`;
  if (c.not !== undefined) return `not ${c.not.all || c.not.any ? `(${describeCondition(c.not)})` : describeCondition(c.not)}`;
  return 'nothing';
}
