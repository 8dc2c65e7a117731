// Hash routes: #setup, #viewer, #viewer/whatif, #viewer/debrief, #report, #projector, with ?key=value after.
// Anything else is reported and falls back to the class setup.

export const ROUTES = ['setup', 'viewer', 'report', 'projector'] as const;
export type Route = (typeof ROUTES)[number];

export interface Location {
  route: Route;
  /** The part after "/", e.g. "whatif" in #viewer/whatif. */
  sub: string;
  params: URLSearchParams;
  /** Set when the hash named no known section. */
  unknown?: string;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).trim();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  } catch {
    params = new URLSearchParams();
  }
  const [head = '', sub = ''] = path.split('/');
  let name = head;
  try {
    name = decodeURIComponent(head);
  } catch {
    /* keep it as typed */
  }
  if (!name) return { route: 'setup', sub: '', params };
  if ((ROUTES as readonly string[]).includes(name)) return { route: name as Route, sub, params };
  return { route: 'setup', sub: '', params: new URLSearchParams(), unknown: name.slice(0, 60) };
}

export function hashOf(route: Route, sub = '', params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#${route}${sub ? `/${sub}` : ''}${q ? `?${q}` : ''}`;
}

/** Changes the address without a new history entry or a hashchange (the view is already showing it). */
export function replaceHash(hash: string): void {
  try {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  } catch {
    /* some embedded browsers refuse; nothing depends on it */
  }
}

/** A section draws itself into `root`; it may return a clean-up (listeners to remove) for when it is left. */
export type Section = (root: HTMLElement, at: Location) => (() => void) | void;
