import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { overlayNames, type TextVariant } from '../app/text-variant.js';
import { textEntries } from '../scenario/text-ids.js';
import { isSourceId, overlayFileName, type OverlayName } from '../scenario/overlay-names.js';
import { applyVariant } from '../scenario/variant.js';
import { overlayDir, textsOf } from '../scenario/overlay-files.js';
import { UsageError } from './errors.js';
import { overlaysOf, resolveScenarioFile } from './scenarios.js';
import { langAndLevel, statsCommand } from './texts-stats.js';

// `suspicious-bind texts`: a scenario's texts in a language and level, by id (a table, or --json); with --missing,
// what is left to translate, as YAML ready to fill in; with --stats, how much a player reads (texts-stats.ts).

export interface TextsOptions {
  scenario?: string;
  lang?: string;
  level?: string;
  missing?: boolean;
  stats?: boolean;
  json?: boolean;
}

/** The variant the options ask for; an unknown language or level is a usage error. */
export function variantOf(o: Pick<TextsOptions, 'lang' | 'level'>): TextVariant {
  const given = langAndLevel(o);
  return { lang: given.lang ?? 'en', level: given.level ?? 'advanced' };
}

const LANG_NAMES: Record<string, string> = { en: 'English', fa: 'Persian' };
export const variantName = (v: TextVariant) => `${LANG_NAMES[v.lang]}, ${v.level}`;
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ¶ ');

export function textsCommand(o: TextsOptions, out: (line: string) => void): number {
  if (o.stats) return statsCommand(o, out);
  if (!o.scenario) throw new UsageError('texts needs --scenario <id|file> (or --stats for every scenario)');
  const v = variantOf(o);
  const { file, scenario } = resolveScenarioFile(o.scenario);
  const { overlays } = overlaysOf(file, scenario);
  const names = overlayNames(v) as OverlayName[];
  const entries = textEntries(scenario);

  if (o.missing) {
    const name = names.at(-1);
    if (!name) {
      out(`English, advanced is the scenario's own text (${file}): nothing to translate.`);
      return 0;
    }
    const overlay = overlays.get(name);
    const leftToDo = entries.filter((e) => {
      if (isSourceId(e.id)) return false;
      const text = overlay?.texts.get(e.id)?.text.trim();
      return !text || (v.lang === 'fa' && text === e.text.trim());
    });
    const where = overlay?.file ?? `${join(overlayDir(dirname(file)), overlayFileName(scenario.id, name))} (not written yet)`;
    const total = entries.filter((e) => !isSourceId(e.id)).length;
    if (o.json) out(JSON.stringify({ scenario: scenario.id, variant: v, file: where, total, missing: leftToDo.map((e) => ({ id: e.id, source: e.text })) }, null, 2));
    else if (!leftToDo.length) out(`# ${where}: nothing left to translate (${total} texts).`);
    else {
      const fallback = name === 'fa-basic' ? ' (until then they show the Persian text)' : '';
      out(`# ${leftToDo.length} of ${total} texts of ${scenario.id} left for ${variantName(v)} in ${where}${fallback}; the English of each:`);
      out(stringify(Object.fromEntries(leftToDo.map((e) => [e.id, e.text])), { lineWidth: 100 }).trimEnd());
    }
    return 0;
  }

  const texts = Object.fromEntries([...overlays].map(([n, ov]) => [n, textsOf(ov)]));
  const shown = textEntries(applyVariant(scenario, texts, v));
  const from = (id: string) => [...names].reverse().find((n) => texts[n]?.[id]?.trim() && !isSourceId(id)) ?? 'source';
  if (o.json) {
    out(JSON.stringify({ scenario: scenario.id, variant: v, texts: shown.map((e) => ({ id: e.id, from: from(e.id), text: e.text })) }, null, 2));
    return 0;
  }
  const idWidth = Math.max(...shown.map((e) => e.id.length));
  const fromWidth = Math.max('from'.length, ...shown.map((e) => from(e.id).length));
  out(`${'id'.padEnd(idWidth)}  ${'from'.padEnd(fromWidth)}  text (${variantName(v)})`);
  for (const e of shown) out(`${e.id.padEnd(idWidth)}  ${from(e.id).padEnd(fromWidth)}  ${oneLine(e.text)}`);
  return 0;
}
