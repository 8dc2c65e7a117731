import type { Plugin } from 'vite';

// The Content-Security-Policy of both pages, as a meta tag (the build is a static site): scripts, styles and
// everything else from the page's own origin only, no inline script or style, no plugins, no <base>.
// Images may also be data: and blob: URLs (Phaser decodes SVGs through them; downloads are blob: URLs); workers
// blob: URLs (decision analysis starts its workers from one, see src/build/analysis-script.ts).
// The dev server's own client injects styles and talks over a WebSocket, so it gets those two allowances.

export const CSP: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const DEV: Readonly<Record<string, string>> = { 'style-src': "'self' 'unsafe-inline'", 'connect-src': "'self' ws: wss:" };

export const policy = (dev = false): string =>
  Object.entries({ ...CSP, ...(dev ? DEV : {}) })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'content-security-policy',
    configResolved: (c) => void (dev = c.command === 'serve'),
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(dev) }, injectTo: 'head-prepend' }],
  };
}
