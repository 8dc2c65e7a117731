import type { RngState } from './rng.js';

export type TensionMeter = 'west' | 'russia' | 'elites';
export const STAT_MIN = 0;
export const STAT_MAX = 100;

/** Why a stat moved. */
export interface Cause {
  kind: 'choice' | 'chance' | 'delayed' | 'drift';
  card?: string;
  choice?: string;
  /** Effect id for chance and delayed effects; drift index as "drift.N". */
  effect?: string;
  /** Which branch of an uncertain effect applied. */
  branch?: 'then' | 'else';
}

export interface Change {
  stat: string;
  /** The change actually applied, after limits. */
  delta: number;
  /** The value after the change. */
  after: number;
  cause: Cause;
}

export type TrackChange = { track: string; from: string; to: string; cause: Cause };

/** Something to tell the player: an uncertain effect resolved, a delayed effect scheduled or arriving. */
export interface News {
  kind: 'resolved' | 'scheduled' | 'arrived';
  effect: string;
  card: string;
  choice: string;
  branch?: 'then' | 'else';
  due?: number;
}

export interface TurnRecord {
  turn: number;
  month: string;
  /** Changes at the start of the month: drift and delayed effects arriving. */
  briefing: Change[];
  briefingTracks: TrackChange[];
  briefingNews: News[];
  card: string | null;
  choice: string | null;
  changes: Change[];
  trackChanges: TrackChange[];
  news: News[];
  /** A class vote that decided this turn (projector mode): counts per choice. */
  votes?: Record<string, number>;
  /** Every stat after this turn's decision (or after the briefing if the game ended there). */
  stats: Record<string, number>;
}

export interface Pending {
  due: number;
  effect: string;
  card: string;
  choice: string;
}

export interface EndingCause {
  card: string | null;
  choice: string | null;
  cause: Cause['kind'];
  /** The drift rule ("drift.N") or uncertain/delayed effect behind it, if any. */
  effect?: string;
  stat: string;
  delta: number;
}

export interface EndingResult {
  id: string;
  kind: 'crisis' | 'collapse' | 'verdict';
  turn: number;
  /** For a crisis: the stat that reached its maximum. */
  stat?: string;
  /** The largest contributions to the stats this ending is about. */
  causes: EndingCause[];
}

export interface GameState {
  scenario: { id: string; version: number; rules: string };
  seed: string;
  difficulty: string;
  turn: number;
  rng: RngState;
  start: Record<string, number>;
  stats: Record<string, number>;
  tracks: Record<string, string>;
  flags: Record<string, true>;
  played: string[];
  pending: Pending[];
  card: string | null;
  log: TurnRecord[];
  ending: EndingResult | null;
}
