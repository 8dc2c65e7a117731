import type { Condition } from './scenario.js';
import type { GameState } from './types.js';

type View = Pick<GameState, 'stats' | 'tracks' | 'flags' | 'log' | 'played' | 'turn'>;

type Test = (g: View) => boolean;

// Each condition is turned once into a function (kept beside the condition object) and that function is run: the
// rules test the same few hundred conditions millions of times in a simulation or an analysis.
const compiled = new WeakMap<Condition, Test>();
const always: Test = () => true;

export function holds(c: Condition | undefined, g: View): boolean {
  if (!c) return true;
  let test = compiled.get(c);
  if (!test) compiled.set(c, (test = compile(c)));
  return test(g);
}

/** The test a condition stands for; the first kind key present decides, as the format says there is only one. */
function compile(c: Condition): Test {
  if (c.stat !== undefined) {
    const { stat, atLeast, atMost } = c;
    if (atLeast === undefined && atMost === undefined) return always;
    if (atMost === undefined) return (g) => (g.stats[stat] ?? 0) >= atLeast!;
    if (atLeast === undefined) return (g) => (g.stats[stat] ?? 0) <= atMost;
    return (g) => {
      const v = g.stats[stat] ?? 0;
      return v >= atLeast && v <= atMost;
    };
  }
  if (c.track !== undefined) {
    const { track, is } = c;
    if (is !== undefined) return (g) => g.tracks[track] === is;
    const among = c.in ?? [];
    return (g) => among.includes(g.tracks[track] ?? '');
  }
  if (c.flag !== undefined) {
    const flag = c.flag;
    return (g) => g.flags[flag] === true;
  }
  if (c.notFlag !== undefined) {
    const flag = c.notFlag;
    return (g) => g.flags[flag] !== true;
  }
  if (c.played !== undefined) {
    const card = c.played;
    return (g) => g.played.includes(card);
  }
  if (c.chose !== undefined) {
    const dot = c.chose.indexOf('.');
    const card = c.chose.slice(0, dot);
    const choice = c.chose.slice(dot + 1);
    return (g) => {
      for (let i = g.log.length - 1; i >= 0; i--) if (g.log[i]!.card === card && g.log[i]!.choice) return g.log[i]!.choice === choice;
      return false;
    };
  }
  if (c.turn !== undefined) {
    const from = c.turn.from ?? 1;
    const to = c.turn.to ?? Infinity;
    return (g) => from <= g.turn && g.turn <= to;
  }
  if (c.all !== undefined) {
    const parts = c.all.map(compile);
    return (g) => {
      for (const t of parts) if (!t(g)) return false;
      return true;
    };
  }
  if (c.any !== undefined) {
    const parts = c.any.map(compile);
    return (g) => {
      for (const t of parts) if (t(g)) return true;
      return false;
    };
  }
  if (c.not !== undefined) {
    const inner = compile(c.not);
    return (g) => !inner(g);
  }
  return always;
}

/** The stats a condition looks at, for explaining an ending. */
export function statsIn(c: Condition | undefined, into: Set<string> = new Set()): Set<string> {
  if (!c) return into;
  if (c.stat) into.add(c.stat);
  for (const s of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) statsIn(s, into);
  return into;
}
