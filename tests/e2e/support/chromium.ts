import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

// Finds a Chromium to drive: $CHROMIUM_PATH first, then the usual Debian/Ubuntu/Chrome places.

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Why no Chromium can be driven, in one sentence, or null when one is there. */
export function chromiumProblem(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? null : `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`;
  return CANDIDATES.some((p) => existsSync(p))
    ? null
    : `no Chromium found (looked in ${CANDIDATES.join(', ')}). Install one with "apt-get update && apt-get install -y chromium" (as root), or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

export function findChromium(): string {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  return process.env.CHROMIUM_PATH || CANDIDATES.find((p) => existsSync(p))!;
}

/** Every page reports Content-Security-Policy violations as console errors, which the tests fail on. */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));`;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh, throw-away profile. */
export async function launch(viewport = { width: 1280, height: 720 }, extraArgs: string[] = []): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'sb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport,
  });
  await context.addInitScript(REPORT_CSP);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
