// seedrandom's Alea alone (what seedrandom.alea is): the game page need not ship seedrandom's other generators.
import alea from 'seedrandom/lib/alea.js';

/** Alea's internal state, plain data kept in the game state so that a saved game continues exactly. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** A scripted stand-in for rule tests: the draws come from `script` in turn (as boardgame.io's mock random). */
export interface ScriptedRngState {
  script: number[];
  at: number;
}

export type RngState = AleaState | ScriptedRngState;

/** A generator state that draws exactly these numbers (each in [0, 1)), then starts over: for rule tests. */
export const scriptedRng = (script: number[]): ScriptedRngState => ({ script: [...script], at: 0 });

export interface Rng {
  next(): number;
  state(): RngState;
}

/** Alea's seeding (Baagoe's Mash), exactly as seedrandom's alea does it: a test holds the two equal. */
export function seedRng(seed: string): RngState {
  const text = String(seed);
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
  };
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(text);
  if (s0 < 0) s0 += 1;
  s1 -= mash(text);
  if (s1 < 0) s1 += 1;
  s2 -= mash(text);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** The same state from seedrandom itself: the reference the engine's own seeding is tested against. */
export function seedRngByLibrary(seed: string): RngState {
  return alea(seed, { state: true }).state() as AleaState;
}

/** Opens a generator at a saved state; draw with next(), then keep state(). */
export function openRng(state: RngState): Rng {
  if ('script' in state) {
    let at = state.at;
    return { next: () => state.script[at++ % state.script.length]!, state: () => ({ script: state.script, at }) };
  }
  return new AleaRng(state);
}

/** Alea stepped from its state exactly as seedrandom's alea steps it, without building a seeded generator each time. */
class AleaRng implements Rng {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  constructor(st: AleaState) {
    this.c = st.c;
    this.s0 = st.s0;
    this.s1 = st.s1;
    this.s2 = st.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }
  state(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** A fresh seed for a new game, made from a random source the caller supplies (the engine never reads one). */
export function seedFromNumber(n: number): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let x = Math.floor(Math.abs(n) * 2 ** 40);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out += alphabet[x % alphabet.length];
    x = Math.floor(x / alphabet.length);
  }
  return out;
}
