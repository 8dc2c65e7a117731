import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartMermaid, scenarioChart } from '../../src/analysis/chart.js';
import { withCharts } from '../../src/cli/chart.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

const shipped = loadShippedScenarios();

describe('the statechart of a scenario', () => {
  it('lists every track with its states and the choices that move it, read from the file', () => {
    const chart = scenarioChart(mini);
    expect(chart.tracks.map((t) => t.id)).toEqual(mini.tracks.map((t) => t.id));
    for (const t of chart.tracks) {
      const ids = new Set(t.states.map((s) => s.id));
      for (const m of t.moves) {
        expect(ids.has(m.to)).toBe(true);
        expect(m.from.every((f) => f === '*' || ids.has(f))).toBe(true);
        expect(mini.cards.find((c) => c.id === m.card)?.choices.some((c) => c.id === m.choice)).toBe(true);
      }
    }
    const drones = chart.tracks.find((t) => t.id === 'drones');
    if (drones) expect(drones.moves.length).toBeGreaterThan(0);
  });

  it('prints Mermaid with one composite state per track', () => {
    for (const s of shipped) {
      const text = chartMermaid(scenarioChart(s));
      expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
      for (const t of s.tracks) expect(text).toContain(`as track_${t.id} {`);
    }
  });

  it('is current in docs/authoring.md for every shipped scenario (npm run charts rewrites it)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
    expect(withCharts(doc, shipped)).toBe(doc);
  });
});
