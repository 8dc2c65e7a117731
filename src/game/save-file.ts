import { app } from './app';
import { t } from './i18n';
import { savesFile } from './saves';

// When the browser cannot keep the games: all of them as one file the player keeps (the current game too,
// even if its last step could not be written).

export function downloadSaves(): string {
  const current = app().session.current;
  const name = `suspicious-bind-saved-games-${new Date().toISOString().slice(0, 10)}.json`;
  const blob = new Blob([savesFile(current ? [current] : [])], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  app().mirror.statusNow([t.notices.kind.success(t.saves.downloaded(name))]);
  return name;
}
