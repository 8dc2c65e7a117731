import { afterAll, beforeAll, inject } from 'vitest';
import { launch, type Browser } from './chromium';
import { serve, type Served } from './server';

/** The run's one build (made by global-setup.ts), served on 127.0.0.1 at a free port. */
export function serveTestBuild(): Promise<Served> {
  return serve(inject('dist'));
}

/**
 * For a browser test file: the served build and one Chromium, opened before its tests and closed after them.
 * Read them as `env.served` and `env.browser` inside the tests.
 */
export function useServedGame(): { readonly served: Served; readonly browser: Browser } {
  const env = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    [env.served, env.browser] = await Promise.all([serveTestBuild(), launch()]);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.served?.close();
  });
  return env;
}
