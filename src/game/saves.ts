import { compileScenario, finalHash, playChoices, type GameSettings, type GameState } from '../engine';
import { findScenario, notLoadedYet } from './scenarios';

// Autosaves in localStorage, one slot per scenario, seed and difficulty, under a versioned key.
// A save is the machine's persisted snapshot plus what is needed to check it still fits the scenario.

export const SAVE_FORMAT = 1;
export const SAVE_PREFIX = 'suspicious-bind:v1:save:';
/** Where an unreadable save is moved, so that nothing saved is lost and it stops being offered. */
export const ASIDE_PREFIX = 'suspicious-bind:v1:unreadable:';

export interface SaveRecord {
  format: number;
  savedAt: number;
  scenario: { id: string; version: number; hash: string };
  seed: string;
  difficulty: string;
  settings: GameSettings;
  turn: number;
  month: string;
  ending: string | null;
  snapshot: unknown;
}

export type SaveCheck =
  | { ok: true; key: string; record: SaveRecord }
  | { ok: false; key: string; problem: 'corrupt' | 'outdated' | 'unknown'; what: string };

export const slotKey = (scenario: string, seed: string, difficulty: string): string => `${SAVE_PREFIX}${scenario}:${seed}:${difficulty}`;

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('x');
    return s;
  } catch {
    return null;
  }
}

export const storageAvailable = (): boolean => storage() !== null;

/** Finished games kept for review; older finished ones are dropped. Unfinished games are never dropped. */
export const KEEP_FINISHED = 12;

export function writeSave(key: string, record: SaveRecord): boolean {
  const s = storage();
  if (!s) return false;
  const text = JSON.stringify(record);
  try {
    s.setItem(key, text);
    return true;
  } catch {
    // Storage full: make room by dropping old finished games, then try once more.
    pruneFinished(2);
    try {
      s.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  }
}

/** Removes finished games beyond the `keep` most recent (a browser shared by a class fills up otherwise). */
export function pruneFinished(keep = KEEP_FINISHED): void {
  const s = storage();
  if (!s) return;
  const finished: { key: string; at: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(SAVE_PREFIX)) continue;
    try {
      const r = JSON.parse(s.getItem(key) ?? '') as Partial<SaveRecord>;
      if (r.ending) finished.push({ key, at: Number(r.savedAt) || 0 });
    } catch {
      /* unreadable saves are handled (set aside) by the title screen, not here */
    }
  }
  finished.sort((a, b) => b.at - a.at);
  for (const f of finished.slice(keep)) s.removeItem(f.key);
}

export function removeSave(key: string): void {
  storage()?.removeItem(key);
}

/** Moves a save that cannot be continued out of the way, keeping its text. Touches no other key. */
export function setAside(key: string): void {
  const s = storage();
  if (!s) return;
  const text = s.getItem(key);
  try {
    if (text !== null) s.setItem(ASIDE_PREFIX + key.slice(SAVE_PREFIX.length), text);
  } catch {
    /* storage full: dropping the bad save is still better than offering it forever */
  }
  s.removeItem(key);
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function gameOf(snapshot: unknown): GameState | null {
  if (!isObj(snapshot) || !isObj(snapshot.context) || !isObj(snapshot.context.game)) return null;
  const g = snapshot.context.game;
  if (!isObj(g.stats) || !Array.isArray(g.log) || typeof g.seed !== 'string' || typeof g.turn !== 'number' || !isObj(g.scenario)) return null;
  if (!['decision', 'consequences', 'ended'].includes(String(snapshot.value))) return null;
  return g as unknown as GameState;
}

/** Reads and checks one save: readable, the same scenario version, and a game that replays to exactly its state. */
export function checkSave(key: string, text: string): SaveCheck {
  const what = key.slice(SAVE_PREFIX.length).replaceAll(':', ', ');
  let rec: unknown;
  try {
    rec = JSON.parse(text);
  } catch {
    return { ok: false, key, problem: 'corrupt', what };
  }
  if (!isObj(rec) || typeof rec.format !== 'number' || !isObj(rec.scenario)) return { ok: false, key, problem: 'corrupt', what };
  if (rec.format !== SAVE_FORMAT) return { ok: false, key, problem: 'outdated', what };
  const r = rec as unknown as SaveRecord;
  const scenario = findScenario(String(r.scenario.id));
  if (!scenario) return { ok: false, key, problem: 'unknown', what };
  const label = `${scenario.title}, ${what.split(', ').slice(1).join(', ')}`;
  const cs = compileScenario(scenario);
  if (r.scenario.version !== scenario.version || r.scenario.hash !== cs.hash) return { ok: false, key, problem: 'outdated', what: label };
  const game = gameOf(r.snapshot);
  if (!game || game.scenario.hash !== cs.hash || game.seed !== r.seed || game.difficulty !== r.difficulty) return { ok: false, key, problem: 'corrupt', what: label };
  try {
    const choices = game.log.filter((x) => x.choice !== null).map((x) => x.choice!);
    const replayed = playChoices(scenario, r.seed, r.difficulty, choices, r.settings ?? {});
    if (replayed.failedAt || finalHash(replayed.game) !== finalHash(game)) return { ok: false, key, problem: 'corrupt', what: label };
  } catch {
    return { ok: false, key, problem: 'corrupt', what: label };
  }
  return { ok: true, key, record: r };
}

/** Every save, checked, newest first. */
export function listSaves(): SaveCheck[] {
  const s = storage();
  if (!s) return [];
  const out: SaveCheck[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    // A save of a scenario whose file is not loaded (saved from another tab) waits for the next visit.
    if (!key?.startsWith(SAVE_PREFIX) || notLoadedYet(key.slice(SAVE_PREFIX.length).split(':')[0]!)) continue;
    out.push(checkSave(key, s.getItem(key) ?? ''));
  }
  const time = (c: SaveCheck) => (c.ok ? c.record.savedAt : 0);
  return out.sort((a, b) => time(b) - time(a));
}

/** The save in one slot, if any. */
export function readSave(key: string): SaveCheck | null {
  const text = storage()?.getItem(key);
  return text === null || text === undefined ? null : checkSave(key, text);
}
