// The worker threads' entry: TypeScript through tsx, as bin/suspicious-bind.mjs does for the CLI.
import { register } from 'tsx/esm/api';
register();
await import('./sim-worker.ts');
