import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, LEVELS, overlayNames, type TextVariant } from '../app/text-variant.js';
import { loadScenarioText } from './load.js';
import { formatIssue } from './issues.js';
import type { ScenarioData } from './types.js';
import { readOverlayFolder, textsOf, type OverlayFolder } from './overlay-files.js';
import { formatOverlayIssue } from './overlay-issues.js';
import { counts } from './overlay-check.js';
import { variantKey, type OverlayName } from './overlay-names.js';
import { applyVariant, type OverlayTexts } from './variant.js';

// What the build makes of a folder of scenarios: each scenario and, for each text variant it has overlays for,
// the scenario in that variant. Problems that break a scenario or an overlay fail the build; texts still to
// translate are only counted (the game shows the scenario's own text there).

export const ALL_VARIANTS: readonly TextVariant[] = LANGS.flatMap((lang) => LEVELS.map((level) => ({ lang, level })));

export interface BuiltScenario {
  scenario: ScenarioData;
  /** The scenario with overlays applied, by the last overlay applied (fa, en-basic, fa-basic): one file each. */
  variants: Map<OverlayName, ScenarioData>;
  /** Which of those each variant shows (Persian basic shows Persian where it has no overlay of its own). */
  shown: Map<OverlayName, OverlayName>;
}

export interface BuildRead {
  built: BuiltScenario[];
  /** Problems that fail the build, one line each (file:line:col: path: message). */
  problems: string[];
  /** One line per overlay with texts still to translate. */
  incomplete: string[];
}

export function readScenarioFolder(dir: string, watch: (path: string) => void = () => undefined): BuildRead {
  const files = readdirSync(dir).filter((f) => /^[^.]+\.ya?ml$/.test(f)).sort();
  const problems: string[] = [];
  const scenarios = files.flatMap((f) => {
    const path = join(dir, f);
    watch(path);
    const r = loadScenarioText(readFileSync(path, 'utf8'), `scenarios/${f}`);
    if (!r.ok) problems.push(...r.issues.map(formatIssue));
    return r.ok ? [r.scenario] : [];
  });
  const folder: OverlayFolder = readOverlayFolder(dir, scenarios, { label: (f) => `scenarios/overlays/${f}`, watch });
  problems.push(...folder.issues.filter((i) => i.kind === 'broken').map(formatOverlayIssue));
  const incomplete: string[] = [];
  for (const [id, overlays] of folder.overlays)
    for (const o of overlays.values()) {
      const left = counts(o.issues).incomplete;
      if (left) incomplete.push(`${o.file}: ${left} text${left === 1 ? '' : 's'} still to translate (\`suspicious-bind texts --scenario ${id} --lang ${o.name.split('-')[0]}${o.name.endsWith('basic') ? ' --level basic' : ''} --missing\` lists them)`);
    }
  const built = scenarios.map((scenario) => {
    const mine = folder.overlays.get(scenario.id);
    const texts: Partial<Record<OverlayName, OverlayTexts>> = {};
    for (const [name, o] of mine ?? []) texts[name] = textsOf(o);
    const variants = new Map<OverlayName, ScenarioData>();
    const shown = new Map<OverlayName, OverlayName>();
    for (const v of ALL_VARIANTS) {
      const key = variantKey(v);
      const applied = (overlayNames(v) as OverlayName[]).filter((n) => texts[n]);
      if (!key || !applied.length) continue;
      const last = applied.at(-1)!;
      if (!variants.has(last)) variants.set(last, applyVariant(scenario, texts, v));
      shown.set(key, last);
    }
    return { scenario, variants, shown };
  });
  return { built, problems, incomplete };
}
