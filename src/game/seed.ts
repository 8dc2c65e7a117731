// A fresh seed for a new game (the shared rule in src/app).
export { newSeed as freshSeed } from '../app';
