import * as z from 'zod/mini';
import { RECORD_FORMAT, verifyRecord, type GameRecord, type GameState } from '../engine';
import { once, recordSchema } from '../app';
import { findScenario, notLoadedYet } from './scenarios';
import { migrateV1 } from './saves-v1';

// Autosaves in localStorage: one slot per game (its own id, never the seed alone). A save is the game's record
// in a small envelope; it is replayed on load, and what the list shows comes from that replay, not from the save.

export const SAVE_PREFIX = 'suspicious-bind:v2:game:';
/** Where an unreadable save is moved, so that nothing saved is lost and it stops being offered. */
export const ASIDE_PREFIX = 'suspicious-bind:v2:unreadable:';
export const V1_PREFIX = 'suspicious-bind:v1:save:';
export const V1_ASIDE_PREFIX = 'suspicious-bind:v1:unreadable:';

/** A game's life: being played, played to its end, or left when the player started that game over. */
export type SaveState = 'playing' | 'finished' | 'abandoned';

export interface SaveEnvelope {
  slot: string;
  startedAt: number;
  savedAt: number;
  state: SaveState;
  /** The consequences of the last decision were showing (no CONTINUE yet). */
  atConsequences: boolean;
  record: GameRecord;
}

const envelopeSchema = once(() =>
  z.strictObject({
    slot: z.string().check(z.regex(/^[a-z0-9-]{4,40}$/)),
    startedAt: z.number(),
    savedAt: z.number(),
    state: z.enum(['playing', 'finished', 'abandoned']),
    atConsequences: z.boolean(),
    record: recordSchema(),
  }),
);

/** A save that replays: the envelope, and the game its record plays to. */
export interface GoodSave {
  ok: true;
  key: string;
  save: SaveEnvelope;
  game: GameState;
}
export type SaveCheck = GoodSave | { ok: false; key: string; problem: 'corrupt' | 'outdated' | 'unknown'; what: string };

export const slotKey = (slot: string): string => `${SAVE_PREFIX}${slot}`;

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

/** A new slot id: time and randomness, so two games never share one. */
export function newSlot(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** Writes a save; false when storage is full or blocked (nothing else is touched then). */
export function writeSave(save: SaveEnvelope): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(slotKey(save.slot), JSON.stringify(save));
    return true;
  } catch {
    return false;
  }
}

/** Deletes one game (the player asked for it). */
export function deleteSave(slot: string): void {
  storage()?.removeItem(slotKey(slot));
}

/** Moves a save that cannot be continued out of the way, keeping its text. Touches no other key. */
export function setAside(key: string): void {
  const s = storage();
  if (!s) return;
  const text = s.getItem(key);
  const aside = key.startsWith(V1_PREFIX) ? V1_ASIDE_PREFIX + key.slice(V1_PREFIX.length) : ASIDE_PREFIX + key.slice(SAVE_PREFIX.length);
  try {
    if (text !== null) s.setItem(aside, text);
  } catch {
    return; // storage full: keep the bad save where it is rather than lose its text
  }
  s.removeItem(key);
}

/** Reads and checks one save: the right shape, a scenario we have, and a record that plays. */
export function checkSave(key: string, text: string): SaveCheck {
  const what = key.slice(SAVE_PREFIX.length);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, key, problem: 'corrupt', what };
  }
  const parsed = envelopeSchema().safeParse(value);
  if (!parsed.success || parsed.data.record.format !== RECORD_FORMAT || slotKey(parsed.data.slot) !== key) return { ok: false, key, problem: 'corrupt', what };
  const save = parsed.data as SaveEnvelope;
  const scenario = findScenario(save.record.scenario.id);
  if (!scenario) return { ok: false, key, problem: 'unknown', what: `${save.record.scenario.id}, ${save.record.seed}` };
  const label = `${scenario.title}, ${save.record.seed}`;
  const verified = verifyRecord(save.record, scenario);
  if (!verified.ok) return { ok: false, key, problem: verified.kind === 'version' ? 'outdated' : 'corrupt', what: label };
  return { ok: true, key, save, game: verified.game };
}

/** The scenario a save names, read without checking it ('' if it cannot be read). */
export function scenarioOfSave(text: string): string {
  try {
    const id = (JSON.parse(text) as { record?: { scenario?: { id?: unknown } } }).record?.scenario?.id;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

/** Every save, checked (old-format saves converted where their games replay identically), newest first. */
export function listSaves(): SaveCheck[] {
  const s = storage();
  if (!s) return [];
  const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
  const out: SaveCheck[] = [];
  for (const key of keys.filter((k) => k.startsWith(V1_PREFIX))) {
    const converted = migrateV1(s.getItem(key) ?? '', newSlot());
    if (converted.ok && writeSave(converted.save)) s.removeItem(key);
    else if (!converted.ok) out.push({ ok: false, key, problem: converted.problem, what: converted.what });
  }
  for (const key of keys.filter((k) => k.startsWith(SAVE_PREFIX))) {
    const text = s.getItem(key) ?? '';
    // A save of a scenario whose file is not loaded yet waits for the next look, untouched.
    if (!notLoadedYet(scenarioOfSave(text))) out.push(checkSave(key, text));
  }
  const time = (c: SaveCheck) => (c.ok ? c.save.savedAt : 0);
  return out.sort((a, b) => time(b) - time(a));
}

/** The good saves of one game setup (scenario, seed, difficulty), newest first. */
export function savesOf(scenarioId: string, seed: string, difficulty: string): GoodSave[] {
  return listSaves().filter((c): c is GoodSave => c.ok && c.save.record.scenario.id === scenarioId && c.save.record.seed === seed && c.save.record.difficulty === difficulty);
}

/** Marks a game as left by the player (Start over): it stays listed, as abandoned. */
export function abandon(save: GoodSave): boolean {
  return writeSave({ ...save.save, state: 'abandoned', savedAt: Date.now() });
}

/** Every good save as one downloadable file (a JSON array of envelopes), for a full or failing storage. */
export function savesFile(extra: SaveEnvelope[] = []): string {
  // The games in memory are newer than what storage holds of them (their last steps could not be written).
  const newer = new Set(extra.map((x) => x.slot));
  const stored = listSaves().filter((c): c is GoodSave => c.ok && !newer.has(c.save.slot)).map((c) => c.save);
  return `${JSON.stringify([...extra, ...stored], null, 2)}\n`;
}

/** A blank envelope for a new game. */
export function newSave(record: GameRecord): SaveEnvelope {
  const now = Date.now();
  return { slot: newSlot(), startedAt: now, savedAt: now, state: 'playing', atConsequences: false, record };
}

