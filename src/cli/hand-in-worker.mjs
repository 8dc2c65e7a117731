// The worker threads' entry for class-report: TypeScript through tsx, as bin/suspicious-bind.mjs does for the CLI.
import { register } from 'tsx/esm/api';
register();
await import('./hand-in-worker.ts');
