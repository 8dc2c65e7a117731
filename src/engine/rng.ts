import seedrandom from 'seedrandom';

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

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as AleaState;
}

/** Opens a generator at a saved state; draw with next(), then keep state(). */
export function openRng(state: RngState): Rng {
  if ('script' in state) {
    let at = state.at;
    return { next: () => state.script[at++ % state.script.length]!, state: () => ({ script: state.script, at }) };
  }
  const prng = seedrandom.alea('', { state: { ...state } });
  return { next: () => prng(), state: () => prng.state() as RngState };
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
