import { inject } from 'vitest';
import { serve, type Served } from './server';

/** The run's one build (made by global-setup.ts), served on 127.0.0.1 at a free port. */
export function serveTestBuild(): Promise<Served> {
  return serve(inject('dist'));
}
