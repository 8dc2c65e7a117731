import { defaultScenario } from '../app';
import { SAVE_PREFIX, scenarioOfSave, V1_PREFIX } from './saves';
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
      if (key?.startsWith(SAVE_PREFIX)) ids.push(scenarioOfSave(s.getItem(key) ?? ''));
      else if (key?.startsWith(V1_PREFIX)) ids.push(key.slice(V1_PREFIX.length).split(':')[0]!);
    }
    return ids;
  } catch {
    return [];
  }
}

/** `handed`: the scenario the title had chosen before a language change reloaded the page. */
export function firstScreenScenarios(search: string, handed?: string): string[] {
  const list = allScenarios();
  const link = parseLink(search, list);
  if (link.start && link.scenario) return [link.scenario];
  const latest = defaultScenario(list)?.id;
  const known = new Set(list.map((s) => s.id));
  return [...new Set([link.scenario ?? handed ?? latest, ...savedScenarioIds()])].filter((id): id is string => !!id && known.has(id));
}
