import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/engine/index.js';
import { analyseGame, describeOption, describeSwing, modelCaveat, percent, playThroughMachine, CONTINUATION_POLICIES } from '../../src/analysis/index.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { enAnalysis, enAnalysisEntry } from '../../src/game/i18n/en-analysis.js';
import { faAnalysis, faAnalysisEntry } from '../../src/game/i18n/fa-analysis.js';
import { analysisEn } from '../../src/teacher/i18n/en-analysis.js';
import { analysisFa } from '../../src/teacher/i18n/fa-analysis.js';

// The analysis words on both pages: in English the CLI's own sentences, word for word; in Persian every entry of
// the English, in Persian words and digits (the only Latin letters left are keys to press).

const bind = loadShippedScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const record = recordOf(playThroughMachine(bind, 'words-1', 'standard', 'random'), { previews: false });
const a = analyseGame(bind, record, { policy: 'random', futures: 40 })!;
const d = a.decisions.find((x) => x.options.filter((o) => o.open).length > 1)!;
const o = d.options.find((x) => x.open)!;
/** The scenario as a Persian overlay gives it, as far as these words go: its labels and titles in Persian. */
const bindFa = { ...bind, cards: bind.cards.map((c) => ({ ...c, choices: c.choices.map((x) => ({ ...x, label: 'گزینه' })) })), endings: bind.endings.map((e) => ({ ...e, title: 'پایان' })) };

/** Sample arguments for every formatter, by its name: plain Persian words where a name or title goes. */
const S = 'متن';
const I = { mean: 0.42, lo: 0.38, hi: 0.46 };
const SAMPLES: Record<string, unknown[]> = {
  loadFailed: [S], heading: [S], futuresCount: [500], futuresValue: [500], futuresLabel: [2000], running: [42], runningWords: [42],
  done: [12_500, 0.9], failed: [S], reachedKey: [S], turnShort: [3], points: [0.42], decisionButton: [3, S, 0.42, 0.18, true],
  doneWords: [3, S], entry: [3, S, S], numbered: [2, S], balancedLine: [I], reachedLine: [I], share: [I], legendItem: [S, S],
  percent: [0.42], caveat: [{ policy: 'random', futures: 500 }], swing: [bindFa, a, d.index, 'reached'], option: [bindFa, d, o],
  classRun: [7], classMost: [S], classSeen: [7], classSwing: [0.2, 0.31], chose: [3, 12], skipped: [2], classGames: [7], moreCards: [15],
  classOption: [S, 3, 12, true, I, 3000, [{ title: S, share: 0.3 }]],
};

/** Every text of a catalog, formatters called with their samples, each with its key. */
function texts(v: unknown, key = ''): { key: string; text: string }[] {
  if (typeof v === 'string') return [{ key, text: v }];
  if (typeof v === 'function') {
    const name = key.split('.').at(-1)!;
    if (!(name in SAMPLES)) throw new Error(`no sample arguments for ${key}: add them to SAMPLES`);
    return [{ key, text: String((v as (...x: unknown[]) => unknown)(...SAMPLES[name]!)) }];
  }
  return v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => texts(x, key ? `${key}.${k}` : k)) : [];
}

const KEYS_TO_PRESS = new Set(['A', 'Esc', 'Tab']);

describe("the pages' analysis words", () => {
  it('are the CLI sentences in English, on both pages', () => {
    for (const en of [enAnalysis, analysisEn]) {
      for (const x of a.decisions) {
        for (const target of ['reached', 'balanced'] as const) expect(en.swing(bind, a, x.index, target)).toBe(describeSwing(bind, a, x.index, target));
        for (const y of x.options) expect(en.option(bind, x, y)).toBe(describeOption(bind, x, y));
      }
      for (const policy of CONTINUATION_POLICIES) expect(en.caveat({ policy, futures: 500 })).toBe(modelCaveat({ policy, futures: 500 }));
      expect(en.percent(0.004)).toBe(percent(0.004));
    }
  });

  it.each([
    ['game (the way in)', enAnalysisEntry, faAnalysisEntry],
    ['game (the screen)', enAnalysis, faAnalysis],
    ['teacher page', analysisEn, analysisFa],
  ] as const)('of the %s have every English entry in Persian words and digits', (_name, en, fa) => {
    expect(texts(fa).map((x) => x.key)).toEqual(texts(en).map((x) => x.key));
    for (const { key, text } of texts(fa)) {
      expect((text.match(/[A-Za-z]+/g) ?? []).filter((w) => !KEYS_TO_PRESS.has(w)), `${key}: ${text}`).toEqual([]);
      expect(text, `${key}: ${text}`).not.toMatch(/[0-9]/);
    }
  });

  it('say the numbers of the English in Persian', () => {
    const fd = (n: number) => String(n).replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[+c]!);
    expect(faAnalysis.option(bind, d, o)).toContain(`${faAnalysis.percent(o.balanced.mean)} از ${fd(o.futures)} آینده`);
    expect(faAnalysis.percent(0.42)).toBe('۴۲٪');
    expect(faAnalysis.percent(0.004)).toBe('کمتر از ۱٪');
    expect(analysisFa.share(I)).toBe('۴۲٪ (۳۸–۴۶٪)');
    expect(faAnalysis.done(12_500, 0.9)).toBe('انجام شد: ۱۲٬۵۰۰ آینده در ۰٫۹ ثانیه.');
  });
});
