import './styles/base.css';
import './styles/content.css';
import './styles/charts.css';
import './styles/projector.css';
import './styles/print.css';
import './styles/report.css';
import { announceLanguage } from '../app/offline';
import { loadPersianFont } from '../app/persian-font';
import { h } from '../app/dom';
import { persianDigits } from './persian-digits';
import { pageVariant, t } from './i18n';
import { parseHash, ROUTES, type Route, type Section } from './router';
import { setupSection } from './sections/setup';
import { viewerSection } from './sections/viewer';
import { reportSection } from './sections/report';
import { projectorSection } from './sections/projector';
import { allScenarios, setTextVariant } from './data';
import { guardPageDrops } from './widgets/drop';

// The teacher page: a header with the sections, one section shown at a time by the address's hash.

const SECTIONS: Record<Route, Section> = {
  setup: setupSection,
  viewer: viewerSection,
  report: reportSection,
  projector: projectorSection,
};

document.documentElement.lang = t.lang;
document.documentElement.dir = t.dir;
document.title = t.common.pageTitle;
announceLanguage(t.lang);

const main = h('main', { id: 'main', tabindex: '-1' });
const notices = h('div', { class: 'notices', role: 'alert' });
const links = new Map<Route, HTMLAnchorElement>();
const nav = h(
  'nav',
  { class: 'site-nav', 'aria-label': t.nav.label },
  h('ul', null, ROUTES.map((r) => {
    const a = h('a', { href: `#${r}` }, t.nav[r]);
    links.set(r, a);
    return h('li', null, a);
  })),
);
const header = h(
  'header',
  { class: 'site-header' },
  h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u25C6'), h('span', null, t.common.appName), h('span', { class: 'brand-sub' }, t.common.toolName)),
  nav,
  h('a', { class: 'to-game', href: './index.html' }, t.nav.game),
);
const app = document.getElementById('app') ?? document.body;
app.replaceChildren(
  h('a', { class: 'skip', href: '#main', onClick: (e: Event) => { e.preventDefault(); main.focus(); } }, t.nav.skip),
  header,
  notices,
  main,
  h('footer', { class: 'site-footer' }, t.common.footer),
);

function notice(text: string, kind: 'info' | 'error' = 'info'): void {
  notices.replaceChildren(h('p', { class: `notice notice-${kind}` }, text));
}

let cleanup: (() => void) | void;
let shown: Route | null = null;

function render(): void {
  const at = parseHash(window.location.hash);
  notices.replaceChildren();
  if (at.unknown !== undefined) notice(t.nav.unknown(at.unknown));
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  for (const [r, a] of links) {
    if (r === at.route) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const root = h('div', { class: `section section-${at.route}` });
  main.replaceChildren(root);
  document.body.dataset.route = at.route;
  try {
    if (!allScenarios().length) throw new Error(t.common.noScenarios);
    cleanup = SECTIONS[at.route](root, at);
  } catch (err) {
    showCrash(err);
  }
  if (shown !== null && shown !== at.route) root.querySelector<HTMLElement>('h1')?.focus();
  shown = at.route;
}

function showCrash(err: unknown): void {
  const why = err instanceof Error ? err.message : String(err);
  notice(t.common.crash(why), 'error');
}

guardPageDrops(() => notice(t.nav.dropNowhere));
window.addEventListener('hashchange', render);
window.addEventListener('error', (e) => showCrash(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => showCrash(e.reason));

/** The first section is drawn once the page's words are ready: in Persian, with the font shipped with the build. */
async function start(): Promise<void> {
  if (pageVariant.lang === 'fa') {
    persianDigits(document.body);
    await loadPersianFont();
  }
  await setTextVariant(pageVariant).catch((e: Error) => notice(e.message, 'error'));
  render();
}
void start();
