import type { TextVariant } from '../app/text-variant.js';
import type { ScenarioData } from './types.js';
import { variantKey, type OverlayName } from './overlay-names.js';
import { scenarioFileKey } from './vite-plugin-names.js';

// The game's catalog of scenarios (virtual:scenario-catalog, made by vite-plugin.ts): what the title screen shows of
// each in every text variant, and the file that holds the whole scenario in each.

/** A variant's words on the title screen: the difficulties' names and descriptions by id, the rest is the scenario's. */
export interface TitleTexts {
  title: string;
  summary: string;
  difficulties: { id: string; name: string; description: string }[];
}

export interface CatalogFile {
  /** The file, relative to the page. */
  file: string;
  /** The key the file registers the scenario under (see scenarioFileKey). */
  key: string;
}

export type CatalogEntry = Pick<ScenarioData, 'id' | 'version' | 'title' | 'summary' | 'period' | 'difficulties'> & {
  file: string;
  /** The rules hash (the engine's rulesHash, the same in every variant: overlays change words only). */
  rules: string;
  /** The variants the scenario has overlays for; any other variant shows the scenario's own text. */
  variants: Partial<Record<OverlayName, CatalogFile & TitleTexts>>;
};

/** What the title needs to list and describe a scenario before its file is loaded, in one variant. */
export type ScenarioEntry = Pick<ScenarioData, 'id' | 'version' | 'title' | 'summary' | 'period' | 'difficulties'> & CatalogFile & { rules: string };

export function entryInVariant(e: CatalogEntry, v: TextVariant): ScenarioEntry {
  const key = variantKey(v);
  const inVariant = key ? e.variants[key] : undefined;
  const base = { id: e.id, version: e.version, period: e.period, rules: e.rules };
  if (!inVariant) return { ...base, title: e.title, summary: e.summary, difficulties: e.difficulties, file: e.file, key: scenarioFileKey(e.id, '') };
  const words = new Map(inVariant.difficulties.map((d) => [d.id, d]));
  const difficulties = e.difficulties.map((d) => ({ ...d, name: words.get(d.id)?.name ?? d.name, description: words.get(d.id)?.description ?? d.description }));
  return { ...base, title: inVariant.title, summary: inVariant.summary, difficulties, file: inVariant.file, key: inVariant.key };
}
