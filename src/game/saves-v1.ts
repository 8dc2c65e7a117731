import { canonicalJson, compileScenario, newRecord, playOut, type GameState } from '../engine';
import type { SaveEnvelope } from './saves';
import { findScenario } from './scenarios';

// Saves of the first format held the machine's snapshot. One is converted to a record when playing its choices
// here gives exactly the game it holds (so the rules it was played under are these); otherwise it is set aside.

type Converted = { ok: true; save: SaveEnvelope } | { ok: false; problem: 'corrupt' | 'outdated' | 'unknown'; what: string };

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The parts of a game that the rules decide (its scenario stamp changed format between versions). */
const played = (g: Pick<GameState, 'turn' | 'stats' | 'tracks' | 'flags' | 'log' | 'ending' | 'card'>) =>
  canonicalJson({ turn: g.turn, stats: g.stats, tracks: g.tracks, flags: g.flags, log: g.log, ending: g.ending, card: g.card });

export function migrateV1(text: string, slot: string): Converted {
  let rec: unknown;
  try {
    rec = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt', what: 'an older save' };
  }
  if (!isObj(rec) || !isObj(rec.scenario) || !isObj(rec.snapshot) || !isObj(rec.snapshot.context) || !isObj(rec.snapshot.context.game))
    return { ok: false, problem: 'corrupt', what: 'an older save' };
  const old = rec.snapshot.context.game as unknown as GameState;
  const scenario = findScenario(String(rec.scenario.id));
  const what = `${String(rec.scenario.id)}, ${String(rec.seed)}`;
  if (!scenario) return { ok: false, problem: 'unknown', what };
  if (!Array.isArray(old.log) || typeof old.seed !== 'string' || typeof old.difficulty !== 'string') return { ok: false, problem: 'corrupt', what };
  const cs = compileScenario(scenario);
  const settings = { previews: isObj(rec.settings) && rec.settings.previews === true };
  const record = newRecord(cs, old.seed, old.difficulty, settings);
  try {
    record.decisions = old.log.filter((r) => r.choice !== null).map((r) => (r.votes ? { choice: r.choice!, votes: r.votes } : { choice: r.choice! }));
    if (!scenario.difficulties.some((d) => d.id === old.difficulty)) return { ok: false, problem: 'corrupt', what };
    const atConsequences = rec.snapshot.value === 'consequences';
    const replayed = playOut(scenario, record, { holdLast: atConsequences });
    // A v1 game in 'consequences' had already opened the next month: compare the rules' results up to the decision.
    const same = atConsequences
      ? canonicalJson(replayed.game.log) === canonicalJson(old.log.slice(0, replayed.game.log.length))
      : played(replayed.game) === played(old);
    if (replayed.refusedAt || !same) return { ok: false, problem: 'outdated', what: `${scenario.title}, ${old.seed}` };
    const at = Number(rec.savedAt) || 0;
    return { ok: true, save: { slot, startedAt: at, savedAt: at, state: replayed.game.ending ? 'finished' : 'playing', atConsequences, record } };
  } catch {
    return { ok: false, problem: 'corrupt', what };
  }
}
