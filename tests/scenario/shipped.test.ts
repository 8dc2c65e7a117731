import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issues.js';
import { readScenarioFile, shippedScenarioFiles } from '../../src/cli/scenarios.js';
import { compileScenario } from '../../src/engine/index.js';
import { STRATEGIES, balanceReport, playThroughRules, runSeed } from '../../src/analysis/index.js';
import type { ScenarioData } from '../../src/scenario/types.js';

const files = shippedScenarioFiles();
const loaded = files.map((f) => [f.split('/').pop()!, readScenarioFile(f)] as const);
const valid = loaded.flatMap(([name, r]) => (r.ok ? [[name, r.scenario] as [string, ScenarioData]] : []));
const BALANCE_RUNS = Number(process.env.BALANCE_RUNS ?? 10_000);

describe('shipped scenarios', () => {
  it('are there: the 2022 scenario and two more', () => {
    expect(files.map((f) => f.split('/').pop())).toContain('2022-suspicious-bind.yaml');
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(loaded)('%s validates', (_name, r) => {
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });

  describe.each(valid)('%s', (name, s) => {
    it('has its id as its file name, and the cards the issue asks for', () => {
      expect(`${s.id}.yaml`).toBe(name);
      expect(s.cards.length).toBeGreaterThanOrEqual(s.id === '2022-suspicious-bind' ? 25 : 15);
    });

    it('cites only listed sources, and lists none it never cites', () => {
      const listed = new Set(s.sources.map((x) => x.id));
      const cited = [...s.cards.map((c) => c.history.sources), ...s.endings.map((e) => e.history.sources)].flat();
      for (const ref of cited) expect(listed, `source ${ref}`).toContain(ref);
      for (const id of listed) expect(cited, `listed source ${id} is never cited`).toContain(id);
    });

    it('every card becomes eligible on some path (shown by simulation)', () => {
      const cs = compileScenario(s);
      const seen = new Set<string>();
      for (const strategy of STRATEGIES)
        for (let i = 0; i < 400 && seen.size < s.cards.length; i++)
          for (const rec of playThroughRules(s, runSeed(`eligible-${strategy}`, i), 'standard', strategy).log) if (rec.card) seen.add(rec.card);
      expect(cs.cards.map((c) => c.id).filter((id) => !seen.has(id))).toEqual([]);
    });

    it(`meets the balance bounds over ${BALANCE_RUNS} games per strategy`, () => {
      const report = balanceReport(s, BALANCE_RUNS);
      expect(report.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`)).toEqual([]);
    }, 600_000);
  });
});
