import { seedFromNumber } from '../engine';

// A fresh seed for a new game. The randomness lives here in the view; the engine only turns it into a seed string.

export function freshSeed(): string {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return seedFromNumber(buf[0]! / 2 ** 32);
}
