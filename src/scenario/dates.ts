import { isObj, list, num, str, type Obj } from './raw.js';
import type { PathPart } from './issues.js';
import type { Problem } from './references.js';
import { monthOfTurn, turnsOverlapping } from '../engine/compile.js';

// Checks on the cards' `happened` dates against the scenario's turns, and on what texts `assumes`.
// They read the raw file defensively, like the reference checks.

const DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function periodMonths(raw: Obj): string[] | undefined {
  if (!isObj(raw.period)) return undefined;
  const given = list(raw.period.months).map(str);
  if (given.length && given.every((m): m is string => m !== undefined)) return given;
  const start = str(raw.period.start);
  const turns = num(raw.period.turns);
  if (!start || !turns || turns < 1 || turns > 60) return undefined;
  return Array.from({ length: turns }, (_, i) => monthOfTurn(start, i + 1));
}

interface Dated {
  index: number;
  id: string;
  turns: { from: number; to: number };
  when: unknown;
}

/** Two conditions that cannot both hold: one track in disjoint states, or X and not X. */
function exclusive(a: unknown, b: unknown): boolean {
  if (!isObj(a) || !isObj(b)) return false;
  const states = (c: Obj) => [str(c.is), ...list(c.in).map(str)].filter((s): s is string => s !== undefined);
  if (str(a.track) && a.track === b.track) {
    const sb = new Set(states(b));
    return states(a).every((s) => !sb.has(s));
  }
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (isObj(a.not) && same(a.not, b)) return true;
  if (isObj(b.not) && same(b.not, a)) return true;
  if (str(a.played) && isObj(b.not) && str(b.not.played) === a.played) return true;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const)
    if (str(x.flag) && str(y.notFlag) === x.flag) return true;
  const parts = (c: Obj) => (Array.isArray(c.all) ? c.all : [c]);
  if (Array.isArray(a.all) || Array.isArray(b.all)) return parts(a).some((x) => parts(b).some((y) => x !== a && exclusive(x, y)) || parts(b).some((y) => y !== b && exclusive(x, y)));
  return false;
}

function checkHappened(c: Obj, at: PathPart[], months: string[], out: Problem[]): Dated | undefined {
  const h = c.happened;
  if (!isObj(h)) return undefined;
  const from = str(h.from);
  const to = str(h.to);
  if (!from || !to || !DAY.test(from) || !DAY.test(to)) return undefined;
  if (from > to) {
    out.push({ path: [...at, 'happened'], message: `impossible range: ${from} is after ${to}` });
    return undefined;
  }
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (from.slice(0, 7) < first || to.slice(0, 7) > last) {
    out.push({ path: [...at, 'happened'], message: `${from} – ${to} is outside the scenario's period (${first} to ${last})` });
    return undefined;
  }
  const range = turnsOverlapping(months, { from, to });
  if (!range) return undefined;
  if (h.slack !== undefined) {
    const spans = (t: number) => months[t] !== undefined && monthOfTurn(months[t - 1]!, 2) !== months[t];
    if (!spans(range.to) && !spans(range.to + 1))
      out.push({ path: [...at, 'happened', 'slack'], message: `slack is only for turns that span months; turns ${range.to} and ${range.to + 1} are one month each` });
    else if (range.to >= months.length) out.push({ path: [...at, 'happened', 'slack'], message: 'slack reaches past the last turn' });
    else range.to += 1;
  }
  const w = isObj(c.turns) ? { from: num(c.turns.from) ?? 1, to: num(c.turns.to) ?? months.length } : { from: 1, to: months.length };
  const lo = Math.max(w.from, range.from);
  const hi = Math.min(w.to, range.to);
  if (lo > hi) {
    out.push({
      path: [...at, 'turns'],
      message: `turns ${w.from}–${w.to} never reach the card's months (${from} – ${to} falls in turn${range.from === range.to ? ` ${range.from}` : `s ${range.from}–${range.to}`})`,
    });
    return undefined;
  }
  return { index: 0, id: str(c.id) ?? '?', turns: { from: lo, to: hi }, when: c.when };
}

function checkAssumes(assumes: unknown, at: PathPart[], raw: Obj, out: Problem[]): void {
  const tracks = new Map<string, Set<string>>();
  for (const t of list(raw.tracks)) if (isObj(t) && str(t.id)) tracks.set(t.id as string, new Set(list(t.states).map((s) => (isObj(s) ? str(s.id) : undefined)).filter((s): s is string => !!s)));
  const flags = new Set(list(raw.flags).map((f) => (isObj(f) ? str(f.id) : undefined)));
  const cards = new Set(list(raw.cards).map((f) => (isObj(f) ? str(f.id) : undefined)));
  list(assumes).forEach((a, i) => {
    if (!isObj(a)) return;
    const track = str(a.track);
    if (track !== undefined) {
      const states = tracks.get(track);
      if (!states) out.push({ path: [...at, i, 'track'], message: `unknown track "${track}"` });
      const key = a.is !== undefined ? 'is' : 'not';
      const wanted = Array.isArray(a[key]) ? (a[key] as unknown[]).map(str) : [str(a[key])];
      for (const s of wanted) if (states && s !== undefined && !states.has(s)) out.push({ path: [...at, i, key], message: `track "${track}" has no state "${s}"` });
    }
    for (const key of ['flag', 'notFlag'] as const)
      if (str(a[key]) !== undefined && !flags.has(str(a[key]))) out.push({ path: [...at, i, key], message: `unknown flag "${str(a[key])}"` });
    for (const key of ['played', 'notPlayed'] as const)
      if (str(a[key]) !== undefined && !cards.has(str(a[key]))) out.push({ path: [...at, i, key], message: `unknown card "${str(a[key])}"` });
  });
}

function cardTexts(c: Obj): string {
  const parts: unknown[] = [c.title, c.situation, isObj(c.history) ? c.history.text : undefined];
  for (const ch of list(c.choices)) if (isObj(ch)) parts.push(ch.label, ch.detail, ch.outcome);
  return parts.filter((x): x is string => typeof x === 'string').join(' ').replace(/\s+/g, ' ').toLowerCase();
}

/** A real quote names a listed source, and its words appear in the card's own texts. */
function checkQuotes(c: Obj, at: PathPart[], sources: Set<string | undefined>, out: Problem[]): void {
  const texts = cardTexts(c);
  list(c.quotes).forEach((q, i) => {
    if (!isObj(q)) return;
    const src = str(q.source);
    if (src !== undefined && !sources.has(src)) out.push({ path: [...at, 'quotes', i, 'source'], message: `unknown source "${src}" (list it under "sources")` });
    const words = str(q.text)?.replace(/\s+/g, ' ').trim().toLowerCase();
    if (words && !texts.includes(words)) out.push({ path: [...at, 'quotes', i, 'text'], message: 'these words do not appear in the card\'s texts; a quote marks words the card shows' });
  });
}

/** Dates outside the period, windows that miss their months, dated cards competing for one single-card turn. */
export function checkDates(raw: unknown): Problem[] {
  if (!isObj(raw)) return [];
  const out: Problem[] = [];
  const months = periodMonths(raw);
  const dated: Dated[] = [];
  const sources = new Set(list(raw.sources).map((x) => (isObj(x) ? str(x.id) : undefined)));
  list(raw.cards).forEach((c, i) => {
    if (!isObj(c)) return;
    const at: PathPart[] = ['cards', i];
    checkAssumes(c.assumes, [...at, 'assumes'], raw, out);
    checkQuotes(c, at, sources, out);
    list(c.advisors).forEach((p, j) => isObj(p) && checkAssumes(p.assumes, [...at, 'advisors', j, 'assumes'], raw, out));
    if (!months?.length) return;
    const d = checkHappened(c, at, months, out);
    if (d) dated.push({ ...d, index: i });
  });
  const single = dated.filter((d) => d.turns.from === d.turns.to);
  single.forEach((a, i) => {
    for (const b of single.slice(i + 1))
      if (a.turns.from === b.turns.from && !exclusive(a.when, b.when))
        out.push({
          path: ['cards', b.index, 'happened'],
          message: `competes with card "${a.id}" for turn ${a.turns.from} (${months![a.turns.from - 1]}), where only one card is drawn; widen a range or make their "when" exclusive`,
        });
  });
  return out;
}
