import { download } from '../app/dom';
import { app } from './app';
import { t } from './i18n';
import { savesFile } from './saves';

// When the browser cannot keep the games: all of them as one file the player keeps (the current game too,
// even if its last step could not be written).

export function downloadSaves(): string {
  const current = app().session.current;
  const name = `suspicious-bind-saved-games-${new Date().toISOString().slice(0, 10)}.json`;
  download(name, savesFile(current ? [current] : []), 'application/json');
  app().mirror.statusNow([t.notices.kind.success(t.saves.downloaded(name))]);
  return name;
}
