// Both pages: work offline after one visit (the build's service worker, src/build/service-worker.ts) and say so;
// opened from a folder, say what that means. The words are here because both pages show them.

export const OFFLINE_WORDS = {
  ready: 'Ready to work offline: this page now opens without a network.',
  updated: 'Updated to the newest version; it works offline too.',
  fromFolderGame: 'Opened from a folder: the game needs no network here. Its links open only on this computer, so share the seed or the class code.',
  fromFolderTeacher: 'Opened from a folder: everything works on this computer. Class links point to this computer’s copy, so give students the class code (or put the folder on a web server).',
  noOffline: 'This browser cannot keep the page for offline use; it needs the network to open again.',
};

const SHOW_MS = 9000;

function show(box: HTMLElement | null, text: string): void {
  if (!box) return;
  box.textContent = text;
  box.hidden = false;
  window.setTimeout(() => (box.hidden = true), SHOW_MS);
}

export function offlineSupport(box: HTMLElement | null, page: 'game' | 'teacher'): void {
  if (window.location.protocol === 'file:') {
    show(box, page === 'game' ? OFFLINE_WORDS.fromFolderGame : OFFLINE_WORDS.fromFolderTeacher);
    return;
  }
  if (!import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) {
    show(box, OFFLINE_WORDS.noOffline);
    return;
  }
  const updating = !!navigator.serviceWorker.controller;
  const watch = (w: ServiceWorker | null) =>
    w?.addEventListener('statechange', () => {
      if (w.state === 'activated') show(box, updating ? OFFLINE_WORDS.updated : OFFLINE_WORDS.ready);
    });
  navigator.serviceWorker.register('./sw.js').then(
    (reg) => {
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    },
    () => show(box, OFFLINE_WORDS.noOffline),
  );
}
