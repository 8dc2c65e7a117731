import { isLang, isLevel, LANGS, LEVELS, overlayNames, type Lang, type Level, type TextVariant } from '../app/text-variant.js';
import { textEntries } from '../scenario/text-ids.js';
import { isSourceId, type OverlayName } from '../scenario/overlay-names.js';
import { textsOf } from '../scenario/overlay-files.js';
import { applyVariant } from '../scenario/variant.js';
import { decisionScreenWords, fleschKincaidGrade, spread, type Spread } from '../scenario/reading.js';
import type { ScenarioData } from '../scenario/types.js';
import { UsageError } from './errors.js';
import { overlaysOf, resolveScenarioFile, shippedScenarioFiles } from './scenarios.js';
import { table } from './text.js';

// `suspicious-bind texts --stats`: per scenario and text variant, the words per decision screen and, for English,
// the Flesch–Kincaid grade (src/scenario/reading.ts says what is counted).

export interface VariantStats {
  scenario: string;
  variant: TextVariant;
  /** False when the scenario has no overlay of the variant's own (then nothing is measured). */
  present: boolean;
  /** Texts the variant's own overlay covers, of all but the sources'. */
  covered: number;
  total: number;
  words: Spread;
  /** The median against the same language's advanced median. */
  ofAdvanced: number | null;
  grade: number | null;
}

/** Measures a scenario (given by id or file) in the variants asked for, with the overlays beside its file. */
export function scenarioStats(idOrFile: string, langs: readonly Lang[] = LANGS, levels: readonly Level[] = LEVELS): VariantStats[] {
  const { file, scenario } = resolveScenarioFile(idOrFile);
  const { overlays } = overlaysOf(file, scenario);
  const texts = Object.fromEntries([...overlays].map(([n, o]) => [n, textsOf(o)]));
  const total = textEntries(scenario).filter((e) => !isSourceId(e.id)).length;
  const inVariant = (v: TextVariant): ScenarioData | null => {
    const own = (overlayNames(v) as OverlayName[]).at(-1);
    return !own ? scenario : texts[own] ? applyVariant(scenario, texts, v) : null;
  };
  const out: VariantStats[] = [];
  for (const lang of langs) {
    const advanced = inVariant({ lang, level: 'advanced' });
    const advancedMedian = advanced ? spread(decisionScreenWords(advanced)).median : null;
    for (const level of levels) {
      const variant = { lang, level };
      const s = inVariant(variant);
      const own = (overlayNames(variant) as OverlayName[]).at(-1);
      const covered = own ? Object.keys(texts[own] ?? {}).filter((id) => !isSourceId(id)).length : total;
      const words = s ? spread(decisionScreenWords(s)) : { min: 0, median: 0, max: 0 };
      out.push({
        scenario: scenario.id,
        variant,
        present: !!s,
        covered,
        total,
        words,
        ofAdvanced: s && level !== 'advanced' && advancedMedian ? words.median / advancedMedian : null,
        grade: s && lang === 'en' ? fleschKincaidGrade(s, scenario) : null,
      });
    }
  }
  return out;
}

/** --lang and --level as given; an unknown one is a usage error. */
export function langAndLevel(o: { lang?: string; level?: string }): { lang?: Lang; level?: Level } {
  if (o.lang !== undefined && !isLang(o.lang)) throw new UsageError(`unknown language "${o.lang}" (this game has ${LANGS.join(', ')})`);
  if (o.level !== undefined && !isLevel(o.level)) throw new UsageError(`unknown reading level "${o.level}" (there are ${LEVELS.join(', ')})`);
  return { ...(o.lang ? { lang: o.lang } : {}), ...(o.level ? { level: o.level } : {}) };
}

export function statsCommand(o: { scenario?: string; lang?: string; level?: string; json?: boolean }, out: (line: string) => void): number {
  const given = langAndLevel(o);
  const langs = given.lang ? [given.lang] : LANGS;
  const levels = given.level ? [given.level] : LEVELS;
  const stats = (o.scenario ? [o.scenario] : shippedScenarioFiles()).flatMap((s) => scenarioStats(s, langs, levels));
  if (o.json) {
    out(JSON.stringify(stats, null, 2));
    return 0;
  }
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const rows = stats.map((s) => {
    const name = `${s.scenario} (${s.variant.lang}, ${s.variant.level})`;
    if (!s.present) return [name, '—', '—', '—', '—', '—', 'no overlay yet'];
    return [
      name,
      n(s.words.min),
      n(s.words.median),
      n(s.words.max),
      s.ofAdvanced === null ? '' : `${Math.round(s.ofAdvanced * 100)}%`,
      s.grade === null ? (s.variant.lang === 'en' ? '—' : '') : s.grade.toFixed(1),
      s.covered === s.total ? `${s.total}` : `${s.covered} of ${s.total}`,
    ];
  });
  out('Words per decision screen (situation, advisors, choices, the outcome after; one figure per card), and the');
  out('Flesch–Kincaid grade of the English prose (texts of 8 or more words).');
  out('');
  out(table(['scenario (language, level)', 'min', 'median', 'max', 'of advanced', 'grade', 'texts'], rows));
  return 0;
}
