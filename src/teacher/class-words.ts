import type { ClassSettings } from '../app';
import type { ScenarioData } from '../scenario/types';
import { t } from './i18n';

// The class as one line in the page's language (the CLI's English line is src/app/class-code.ts classLine).

export function classLineIn(scenarios: readonly ScenarioData[], s: ClassSettings & { lang?: string; level?: string }): string {
  const w = t.setup.classParts;
  const scenario = scenarios.find((x) => x.id === s.scenario);
  const level = scenario?.difficulties.find((d) => d.id === s.difficulty);
  return [
    scenario ? w.scenario(scenario.title, scenario.version) : s.scenario,
    w.seed(s.seed),
    level?.name ?? s.difficulty,
    s.previews ? w.previewsOn : w.previewsOff,
    s.practice ? w.practiceOn : w.practiceOff,
    ...(s.lang === 'fa' ? [w.inPersian] : []),
    ...(s.level === 'basic' ? [w.basicText] : []),
  ].join(w.sep);
}
