import { describe, expect, it } from 'vitest';
import { overlaysOf, readScenarioFile, shippedScenarioFiles } from '../../src/cli/scenarios.js';
import { scenarioStats } from '../../src/cli/texts-stats.js';
import { textEntries } from '../../src/scenario/text-ids.js';
import { formatOverlayIssue } from '../../src/scenario/overlay-issues.js';
import { isSourceId, type OverlayName } from '../../src/scenario/overlay-names.js';

// Every shipped scenario in Persian and at the basic reading level: each has a complete fa and en-basic overlay
// (every text id but the sources'), and its English basic text is plain and short. Until the translations are
// in scenarios/overlays/, this fails with the ids still to translate.

const shipped = shippedScenarioFiles().flatMap((file) => {
  const r = readScenarioFile(file);
  return r.ok ? [[r.scenario.id, file, r.scenario] as const] : [];
});

/** The overlay's ids left to translate (all of them while the file is missing), then every other problem it has. */
function leftIn(file: string, name: OverlayName): string[] {
  const scenario = shipped.find(([, f]) => f === file)![2];
  const { overlays } = overlaysOf(file, scenario);
  const o = overlays.get(name);
  if (!o) return textEntries(scenario).filter((e) => !isSourceId(e.id)).map((e) => `${e.id} (no overlay file ${scenario.id}.${name}.yaml)`);
  return o.issues.filter((i) => i.kind !== 'warning').map((i) => (i.kind === 'incomplete' ? i.path : formatOverlayIssue(i)));
}

describe.each(shipped)('%s', (id, file) => {
  it.each(['fa', 'en-basic'] as const)('has a complete %s overlay: every text id but the sources’', (name) => {
    expect(leftIn(file, name), `ids left to translate in scenarios/overlays/${id}.${name}.yaml`).toEqual([]);
  });

  it('reads at Flesch–Kincaid grade 8 or below in English basic, in at most about 55% of the advanced words per decision screen', () => {
    const [advanced, basic] = scenarioStats(file, ['en']);
    expect(basic!.present, `scenarios/overlays/${id}.en-basic.yaml exists`).toBe(true);
    expect(basic!.grade!).toBeLessThanOrEqual(8);
    expect(basic!.words.median / advanced!.words.median).toBeLessThanOrEqual(0.55);
  });
});
