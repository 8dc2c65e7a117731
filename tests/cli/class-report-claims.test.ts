import { describe, expect, it } from 'vitest';
import { classReport, playThroughMachine } from '../../src/analysis/index.js';
import { recordOf } from '../../src/engine/index.js';
import { renderClassReport } from '../../src/cli/class-report.js';
import { claimMini } from '../analysis/claim-cards.js';
import { mini } from '../helpers.js';

// The CLI's class report marks what Tehran did with * and, on a card whose history is only a reported claim, the
// option closest to the claim with ~ (explained in the heading), never with *.

const reportOn = (scenario: typeof mini) => {
  const find = (id: string) => (id === scenario.id ? scenario : undefined);
  const games = (['random', 'west', 'russia', 'balanced'] as const).map((s, i) => playThroughMachine(scenario, `cli-claims-${i}`, 'standard', s));
  const subs = games.map((g, i) => ({ name: `s${i}.json`, replay: JSON.parse(JSON.stringify(recordOf(g, { previews: false }))) }));
  return renderClassReport(classReport(subs, scenario, find, { include: { copies: true, otherClass: true } }));
};

/** The lines under one card's heading in the choices section. */
function cardLines(text: string, title: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  ${title} (`));
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('    ')) break;
    out.push(l);
  }
  return out;
}

describe('class-report text with a claim card', () => {
  const text = reportOn(claimMini);

  it('marks the claim card’s option with ~, not *, and says what ~ means', () => {
    expect(text).toContain('Choices by card, where the class split most first (* = what Tehran actually did; ~ = closest to a reported claim, unconfirmed: not what Tehran is known to have done):');
    const drones = cardLines(text, 'Drones for Moscow');
    expect(drones).toHaveLength(2);
    expect(drones.find((l) => l.endsWith('Send in secret'))).toMatch(/^ {4}~ /);
    expect(drones.find((l) => l.endsWith('Refuse'))).toMatch(/^ {5}/);
    for (const l of drones) expect(l).not.toMatch(/^ {4}\*/);
  });

  it('keeps * on a record card', () => {
    const talks = cardLines(text, 'The talks');
    expect(talks.filter((l) => /^ {4}\* /.test(l))).toHaveLength(1);
  });

  it('says nothing of claims when the scenario has none in play', () => {
    expect(reportOn(mini)).toContain('Choices by card, where the class split most first (* = what Tehran actually did):');
  });
});
