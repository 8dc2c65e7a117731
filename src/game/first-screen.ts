import { SAVE_PREFIX } from './saves';
import { allScenarios } from './scenarios';
import { parseLink } from './url-params';

// Which scenario files the first screen needs, so that they load while Phaser starts: a class link's own scenario;
// else, for the title, the one it selects and those of the saved games it lists (each save is checked by replaying it).

function savedScenarioIds(): string[] {
  try {
    const s = window.localStorage;
    const ids: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(SAVE_PREFIX)) ids.push(key.slice(SAVE_PREFIX.length).split(':')[0]!);
    }
    return ids;
  } catch {
    return [];
  }
}

export function firstScreenScenarios(search: string): string[] {
  const list = allScenarios();
  const link = parseLink(search, list);
  if (link.start && link.scenario) return [link.scenario];
  const latest = [...list].sort((x, y) => y.period.start.localeCompare(x.period.start))[0]?.id;
  const known = new Set(list.map((s) => s.id));
  return [...new Set([link.scenario ?? latest, ...savedScenarioIds()])].filter((id): id is string => !!id && known.has(id));
}
