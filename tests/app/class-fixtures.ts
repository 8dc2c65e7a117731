import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { type GameRecord } from '../../src/engine/index.js';
import { codeOfRecord, recordFor } from '../e2e/support/records.js';
import { playThroughMachine, type StrategyName } from '../../src/analysis/index.js';
import { loadScenarioText } from '../../src/scenario/load.js';
import type { ScenarioData } from '../../src/scenario/types.js';

// A class's replays made with the engine: the shipped scenarios, and games with a student's name and class code.

const DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));
export const shipped: ScenarioData[] = readdirSync(DIR)
  .filter((f) => /^[^.]+\.ya?ml$/.test(f))
  .sort()
  .map((f) => {
    const r = loadScenarioText(readFileSync(join(DIR, f), 'utf8'), f);
    if (!r.ok) throw new Error(`scenarios/${f} does not load`);
    return r.scenario;
  });
export const main = shipped.find((s) => s.id === '2022-suspicious-bind')!;
export const findShipped = (id: string) => shipped.find((s) => s.id === id);

export function studentReplay(o: { student?: string; seed: string; difficulty?: string; strategy?: StrategyName; previews?: boolean; classCode?: string }): GameRecord {
  const difficulty = o.difficulty ?? 'standard';
  const game = playThroughMachine(main, o.seed, difficulty, o.strategy ?? 'balanced');
  return recordFor(game, { previews: o.previews ?? false, ...(o.student ? { student: o.student } : {}), ...(o.classCode ? { class: o.classCode } : {}) });
}

export const codeOf = (r: GameRecord) => codeOfRecord(r, main);
