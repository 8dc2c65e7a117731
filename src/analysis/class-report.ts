import type { ScenarioData } from '../scenario/types.js';
import { compileScenario } from '../engine/compile.js';
import type { RefusalKind } from '../engine/play.js';
import { codeScenarioId, verifyAny } from '../app';
import type { GameState } from '../engine/types.js';

// A class's games, compared: what a teacher reads after collecting replay files or codes.

export interface Submission {
  /** Who or what it is: a file name or a label. */
  name: string;
  /** A parsed replay (object) or a replay code (string). */
  replay: unknown;
  /** Set when the file could not even be read as a replay. */
  refusal?: { kind: RefusalKind; message: string };
}

export interface Spread {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

export interface CardReport {
  card: string;
  title: string;
  seen: number;
  choices: { choice: string; label: string; count: number; historical: boolean }[];
}

export interface ClassReport {
  scenario: { id: string; title: string; version: number };
  submitted: number;
  verified: number;
  refused: { name: string; kind: RefusalKind | 'other-scenario'; message: string }[];
  endings: { ending: string; title: string; count: number }[];
  cards: CardReport[];
  /** Meters by turn (after each turn's decision), over the games that reached that turn. */
  meters: { turn: number; month: string; stats: Record<'west' | 'russia' | 'elites', Spread> }[];
  /** Students whose decisions differ most from the class majority on the same cards. */
  divergent: { name: string; differing: number; decisions: number; share: number; ending: string }[];
}

function spread(values: number[]): Spread {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    if (!v.length) return 0;
    const pos = (v.length - 1) * q;
    const lo = Math.floor(pos);
    return Math.round((v[lo]! + (v[Math.ceil(pos)]! - v[lo]!) * (pos - lo)) * 10) / 10;
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: v[0] ?? 0, max: v[v.length - 1] ?? 0, n: v.length };
}

/** Verifies every submission (the refused still get listed, with why) and compares the verified games. */
export function classReport(submissions: readonly Submission[], scenario: ScenarioData, findScenario: (id: string) => ScenarioData | undefined): ClassReport {
  const cs = compileScenario(scenario);
  const games: { name: string; game: GameState }[] = [];
  const refused: ClassReport['refused'] = [];
  for (const s of submissions) {
    const r = s.refusal ? { ok: false as const, ...s.refusal } : verifyAny(s.replay, findScenario);
    if (!r.ok) refused.push({ name: s.name, kind: r.kind, message: r.message });
    else if (r.record.scenario.id !== scenario.id)
      refused.push({ name: s.name, kind: 'other-scenario', message: `This replay is of "${r.record.scenario.id}", not of this class's scenario "${scenario.id}".` });
    else games.push({ name: s.name, game: r.game });
  }

  const endings = scenario.endings.map((e) => ({ ending: e.id, title: e.title, count: games.filter((g) => g.game.ending?.id === e.id).length }));

  const counts = new Map<string, Map<string, number>>();
  for (const { game } of games)
    for (const rec of game.log) {
      if (!rec.card || !rec.choice) continue;
      const m = counts.get(rec.card) ?? new Map<string, number>();
      m.set(rec.choice, (m.get(rec.choice) ?? 0) + 1);
      counts.set(rec.card, m);
    }
  const cards: CardReport[] = scenario.cards
    .filter((c) => counts.has(c.id))
    .map((c) => {
      const m = counts.get(c.id)!;
      return {
        card: c.id,
        title: c.title,
        seen: [...m.values()].reduce((a, b) => a + b, 0),
        choices: c.choices.map((ch) => ({ choice: ch.id, label: ch.label, count: m.get(ch.id) ?? 0, historical: c.history.choice === ch.id && c.history.choiceIs !== 'claim' })),
      };
    });

  const meters: ClassReport['meters'] = [];
  for (let turn = 1; turn <= cs.lastTurn; turn++) {
    const recs = games.map((g) => g.game.log.find((r) => r.turn === turn)).filter((r) => r !== undefined);
    if (!recs.length) break;
    meters.push({
      turn,
      month: cs.months[turn - 1]!,
      stats: {
        west: spread(recs.map((r) => r.stats.west ?? 0)),
        russia: spread(recs.map((r) => r.stats.russia ?? 0)),
        elites: spread(recs.map((r) => r.stats.elites ?? 0)),
      },
    });
  }

  const majority = new Map([...counts].map(([card, m]) => [card, [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
  const divergent = games
    .map(({ name, game }) => {
      const decisions = game.log.filter((r) => r.card && r.choice);
      const differing = decisions.filter((r) => majority.get(r.card!) !== r.choice).length;
      return { name, differing, decisions: decisions.length, share: decisions.length ? differing / decisions.length : 0, ending: game.ending?.id ?? '' };
    })
    .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name))
    .slice(0, 5);

  return {
    scenario: { id: scenario.id, title: scenario.title, version: scenario.version },
    submitted: submissions.length,
    verified: games.length,
    refused,
    endings,
    cards,
    meters,
    divergent,
  };
}

/** The scenario most of a class's replays name: the one to report on. */
export function classScenarioId(submissions: readonly Submission[]): string | null {
  const tally = new Map<string, number>();
  for (const s of submissions) {
    let id: unknown;
    if (typeof s.replay === 'object' && s.replay) id = (s.replay as { scenario?: { id?: unknown } }).scenario?.id;
    if (typeof s.replay === 'string') id = codeScenarioId(s.replay);
    if (typeof id === 'string') tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
