import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../src/scenario/load.js';
import { formatIssue } from '../src/scenario/issues.js';
import type { ScenarioData } from '../src/scenario/types.js';
import { compileScenario } from '../src/engine/index.js';

export const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function loadFixture(name = 'mini.yaml'): ScenarioData {
  const r = loadScenarioText(readFileSync(fixturePath(name), 'utf8'), name);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.scenario;
}

export const mini = loadFixture();
export const miniCs = compileScenario(mini);
