import './game/begin-first-load';
import { startGame } from './game/main';
import { t } from './game/i18n';

// Entry point: boots the game, or shows a plain message if this browser cannot run it.

function fail(why: unknown): void {
  const box = document.getElementById('sb-fatal');
  if (!box) return;
  box.hidden = false;
  box.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = t.app.bootFailed;
  const p = document.createElement('p');
  p.textContent = t.app.bootFailedDetail(why instanceof Error ? why.message : String(why));
  box.append(h, p);
}

// A failure before the first screen appears leaves no blank page: it is shown in words instead.
const early = (e: unknown) => {
  if (!(window as unknown as { __sb?: { screen?: string } }).__sb?.screen) fail(e);
};
window.addEventListener('error', (e) => early(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => early(e.reason));

startGame(document.getElementById('game')!, document.getElementById('sb-a11y')!).catch(fail);
