import { describe, expect, it } from 'vitest';
import { compileScenario, contentHash, decide, forecastNextMonth, newGame, openChoices, playOut } from '../../src/engine/index.js';
import { playThroughRules, STRATEGIES } from '../../src/analysis/index.js';
import { mini } from '../helpers.js';

// The rules' results, fixed: the hash of whole final states (log, causes, news, draws) of seeded games on the test
// scenario, taken from the engine before its speed work (issue 13). Any change to what the rules compute shows here;
// a change that is meant must raise MIN_COMPATIBLE_ENGINE (src/engine/record.ts) and update these hashes.
const EXPECTED: Record<string, string> = {
  'story/random': '22eskmbdmqs',
  'story/west': '20t0082k3v2',
  'story/russia': '0dfr7fs6q0d',
  'story/hardline': '16fwy6m4zw2',
  'story/balanced': '1h25o483yjv',
  'standard/random': '15hod52gfii',
  'standard/west': '2884n659so6',
  'standard/russia': '0d1ygoq19b8',
  'standard/hardline': '2cnls2a1nvd',
  'standard/balanced': '076ffgaedwh',
  'hard/random': '0sktoce4jhp',
  'hard/west': '22eg1cx3qqo',
  'hard/russia': '1pxk88akyap',
  'hard/hardline': '09lsriflrz1',
  'hard/balanced': '1tp1bqldugn',
};

describe('the rules give the same games as before', () => {
  it.each(Object.keys(EXPECTED))('40 seeded games, %s', (key) => {
    const [difficulty, strategy] = key.split('/') as [string, (typeof STRATEGIES)[number]];
    const hashes = Array.from({ length: 40 }, (_, i) => contentHash(playThroughRules(mini, `golden-${i}`, difficulty, strategy)));
    expect(contentHash(hashes)).toBe(EXPECTED[key]);
  });

  it('the machine, the forecast and decide() agree with those games', () => {
    const cs = compileScenario(mini);
    for (let i = 0; i < 40; i++) {
      const rules = playThroughRules(mini, `golden-${i}`, 'standard', 'random');
      const decisions = rules.log.filter((r) => r.choice).map((r) => ({ choice: r.choice! }));
      expect(contentHash(playOut(mini, { seed: rules.seed, difficulty: 'standard', settings: { previews: false }, decisions }).game)).toBe(contentHash(rules));
      // Step by step, the forecast never draws and never changes the game it looks at.
      let g = newGame(cs, rules.seed, 'standard');
      for (const d of decisions) {
        const before = contentHash(g);
        forecastNextMonth(cs, g);
        expect(contentHash(g)).toBe(before);
        expect(openChoices(cs, g)).toContain(d.choice);
        g = decide(cs, g, d.choice);
      }
      expect(contentHash(g)).toBe(contentHash(rules));
    }
  });
});
