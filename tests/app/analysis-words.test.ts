import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/engine/index.js';
import { analyseGame, describeOption, describeSwing, modelCaveat, percent, playThroughMachine, CONTINUATION_POLICIES } from '../../src/analysis/index.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { enAnalysis, enAnalysisEntry } from '../../src/game/i18n/en-analysis.js';
import { faAnalysis, faAnalysisEntry } from '../../src/game/i18n/fa-analysis.js';
import { analysisEn } from '../../src/teacher/i18n/en-analysis.js';
import { analysisFa } from '../../src/teacher/i18n/fa-analysis.js';

// The analysis words on the pages: in English the CLI's own sentences, word for word; in Persian the same facts in
// Persian words and digits.

const bind = loadShippedScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const record = recordOf(playThroughMachine(bind, 'words-1', 'standard', 'random'), { previews: false });
const a = analyseGame(bind, record, { policy: 'random', futures: 40 })!;
const LATIN_DIGIT = /[0-9]/;

describe("the pages' analysis words", () => {
  it('are the CLI sentences in English, on both pages', () => {
    for (const en of [enAnalysis, analysisEn]) {
      for (const d of a.decisions) {
        for (const target of ['reached', 'balanced'] as const) expect(en.swing(bind, a, d.index, target)).toBe(describeSwing(bind, a, d.index, target));
        for (const o of d.options) expect(en.option(bind, d, o)).toBe(describeOption(bind, d, o));
      }
      for (const policy of CONTINUATION_POLICIES) expect(en.caveat({ policy, futures: 500 })).toBe(modelCaveat({ policy, futures: 500 }));
      expect(en.percent(0.004)).toBe(percent(0.004));
    }
  });

  it('say the same numbers in Persian digits, with no Latin digit left', () => {
    const lines = [
      ...a.decisions.flatMap((d) => [faAnalysis.swing(bind, a, d.index, 'reached'), faAnalysis.swing(bind, a, d.index, 'balanced'), ...d.options.map((o) => faAnalysis.option(bind, d, o))]),
      ...CONTINUATION_POLICIES.map((policy) => faAnalysis.caveat({ policy, futures: 500 })),
      faAnalysis.done(12_500, 0.9),
      faAnalysis.decisionButton(3, 'کارت', 0.42, 0.18, true),
      faAnalysis.balancedLine({ mean: 0.42, lo: 0.38, hi: 0.46 }),
      analysisFa.done(12_500, 0.9),
      analysisFa.classOption('x', 3, 12, true, { mean: 0.42, lo: 0.38, hi: 0.46 }, 3000, [{ title: 'y', share: 0.3 }]),
      analysisFa.classSwing(0.2, 0.31),
      analysisFa.chose(3, 12),
    ];
    // Latin digits may only come from the scenario's own text (English here); the words around them are Persian.
    for (const line of lines) expect(line.replace(/“[^”]*”|«[^»]*»/g, '').replace(/[A-Za-z' ,.;:()–—-]+/g, ' '), line).not.toMatch(LATIN_DIGIT);
    const d = a.decisions.find((x) => x.options.filter((o) => o.open).length > 1)!;
    const o = d.options.find((x) => x.open)!;
    expect(faAnalysis.option(bind, d, o)).toContain(`${faAnalysis.percent(o.balanced.mean)} از ${String(o.futures).replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[+c]!)} آینده`);
    expect(faAnalysis.percent(0.42)).toBe('۴۲٪');
    expect(faAnalysis.percent(0.004)).toBe('کمتر از ۱٪');
  });

  it('have every entry of the English catalogs in Persian', () => {
    expect(Object.keys(faAnalysis).sort()).toEqual(Object.keys(enAnalysis).sort());
    expect(Object.keys(faAnalysisEntry).sort()).toEqual(Object.keys(enAnalysisEntry).sort());
    expect(Object.keys(analysisFa).sort()).toEqual(Object.keys(analysisEn).sort());
  });
});
