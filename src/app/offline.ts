// Both pages: work offline after one visit (the build's service worker, src/build/service-worker.ts) and say so;
// opened from a folder, say what that means. The words are here because both pages show them.

export const OFFLINE_WORDS = {
  ready: 'Ready to work offline: this page now opens without a network.',
  updated: 'Updated to the newest version; it works offline too.',
  fromFolderGame: 'Opened from a folder: the game needs no network here. Its links open only on this computer, so share the seed or the class code.',
  fromFolderTeacher: 'Opened from a folder: everything works on this computer. Class links point to this computer’s copy, so give students the class code (or put the folder on a web server).',
  noOffline: 'This browser cannot keep the page for offline use; it needs the network to open again.',
};

export const OFFLINE_WORDS_FA: typeof OFFLINE_WORDS = {
  ready: 'آمادهٔ کار بدون اینترنت: این صفحه از این پس بدون شبکه هم باز می‌شود.',
  updated: 'به تازه‌ترین نسخه به‌روز شد؛ این نسخه هم بدون اینترنت کار می‌کند.',
  fromFolderGame: 'از یک پوشه باز شده است: بازی اینجا به شبکه نیازی ندارد. پیوندهایش فقط روی همین رایانه باز می‌شوند؛ پس بذر یا کد کلاس را با دیگران در میان بگذارید.',
  fromFolderTeacher: 'از یک پوشه باز شده است: همه‌چیز روی همین رایانه کار می‌کند. پیوندهای کلاس به نسخهٔ همین رایانه اشاره می‌کنند؛ پس کد کلاس را به دانش‌آموزان بدهید (یا پوشه را روی یک سرور وب بگذارید).',
  noOffline: 'این مرورگر نمی‌تواند صفحه را برای کار بدون اینترنت نگه دارد؛ برای باز شدن دوباره به شبکه نیاز دارد.',
};

const SHOW_MS = 9000;

/** The language event each page sends once it has set <html lang> to the language it shows. */
export const LANGUAGE_SET = 'sb:language';

/** Waits until the page has chosen its language (the game loads its words first), at most a few seconds. */
function languageSet(): Promise<void> {
  if (document.documentElement.dataset.sbLang) return Promise.resolve();
  return new Promise((r) => {
    document.addEventListener(LANGUAGE_SET, () => r(), { once: true });
    window.setTimeout(r, 5000);
  });
}

/** Tells offline.ts (and anything else waiting) that <html lang> now holds the page's language. */
export function announceLanguage(lang: string): void {
  document.documentElement.dataset.sbLang = lang;
  document.dispatchEvent(new Event(LANGUAGE_SET));
}

/** The event the game sends once its first screen is drawn (see firstScreenDrawn). */
export const FIRST_SCREEN = 'sb:first-screen';
let firstScreen = false;

/** Tells offline.ts that the game's first screen is on screen, so that caching the build no longer competes with it. */
export function announceFirstScreen(): void {
  if (firstScreen) return;
  firstScreen = true;
  document.dispatchEvent(new Event(FIRST_SCREEN));
}

/**
 * When the service worker may start caching the build (every file of both pages): after the game's first screen, or
 * the teacher page's load, so that it takes no network or processor time from them; at most a few seconds anyway.
 */
function pageReady(page: 'game' | 'teacher'): Promise<void> {
  return new Promise((r) => {
    const go = () => window.setTimeout(r, 0);
    if (page === 'game') {
      if (firstScreen) return go();
      document.addEventListener(FIRST_SCREEN, go, { once: true });
    } else {
      if (document.readyState === 'complete') return go();
      window.addEventListener('load', go, { once: true });
    }
    window.setTimeout(r, 8000);
  });
}

function show(box: HTMLElement | null, pick: (w: typeof OFFLINE_WORDS) => string): void {
  if (!box) return;
  void languageSet().then(() => {
    const fa = document.documentElement.lang === 'fa';
    box.textContent = pick(fa ? OFFLINE_WORDS_FA : OFFLINE_WORDS);
    box.lang = document.documentElement.lang;
    box.hidden = false;
    window.setTimeout(() => (box.hidden = true), SHOW_MS);
  });
}

export function offlineSupport(box: HTMLElement | null, page: 'game' | 'teacher'): void {
  if (window.location.protocol === 'file:') {
    show(box, (words) => (page === 'game' ? words.fromFolderGame : words.fromFolderTeacher));
    return;
  }
  if (!import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) {
    show(box, (words) => words.noOffline);
    return;
  }
  const updating = !!navigator.serviceWorker.controller;
  void pageReady(page).then(() => register(box, updating));
}

function register(box: HTMLElement | null, updating: boolean): void {
  const watch = (w: ServiceWorker | null) =>
    w?.addEventListener('statechange', () => {
      if (w.state === 'activated') show(box, (words) => (updating ? words.updated : words.ready));
    });
  navigator.serviceWorker.register('./sw.js').then(
    (reg) => {
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    },
    () => show(box, (words) => words.noOffline),
  );
}
