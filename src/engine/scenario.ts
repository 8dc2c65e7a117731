// The scenario as the engine reads it. The engine owns these types; src/scenario/schema.ts validates files
// against them (a type check there fails when the two drift apart).

/** A test on the game state. Exactly one of the kind keys is given. */
export interface Condition {
  stat?: string;
  atLeast?: number;
  atMost?: number;
  track?: string;
  is?: string;
  in?: string[];
  flag?: string;
  notFlag?: string;
  played?: string;
  chose?: string;
  turn?: { from?: number; to?: number };
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

/** A change to the game. Exactly one of the kind keys is given. */
export interface Effect {
  id?: string;
  stat?: string;
  add?: number;
  track?: string;
  to?: string;
  set?: string;
  clear?: string;
  after?: number;
  chance?: number;
  /** Applies `then` only if this holds when the effect resolves (otherwise `else`). */
  when?: Condition;
  then?: Effect[];
  else?: Effect[];
  news?: string;
  elseNews?: string;
}

export interface Choice {
  id: string;
  label: string;
  detail?: string;
  requires?: Condition;
  effects: Effect[];
  outcome: string;
}

/** A state a text takes for granted (checked by a test over many games, never by the rules). */
export type Assumption =
  | { track: string; is: string | string[] }
  | { track: string; not: string | string[] }
  | { flag: string }
  | { notFlag: string }
  | { played: string }
  | { notPlayed: string };

export interface AdvisorPosition {
  advisor: string;
  backs: string;
  argues: string;
  assumes?: Assumption[];
}

export interface HistoryNote {
  choice?: string;
  /** "record": what Tehran did; "claim": the choice closest to a report that is denied or unconfirmed. */
  choiceIs?: 'record' | 'claim';
  text: string;
  sources: string[];
}

/** When a card's event happened ("YYYY-MM" or "YYYY-MM-DD"); the rules draw a dated card only in its months. */
export type Happened = 'none' | { from: string; to: string; slack?: 1 };

/** A real quote: the exact words, who said them, when, and the source that gives them. */
export interface Quote {
  text: string;
  by: string;
  date: string;
  source: string;
}

export interface Card {
  id: string;
  title: string;
  date: string;
  turns: { from: number; to: number };
  happened: Happened;
  when?: Condition;
  assumes?: Assumption[];
  quotes?: Quote[];
  weight: number;
  repeatable: boolean;
  situation: string;
  advisors: AdvisorPosition[];
  choices: Choice[];
  history: HistoryNote;
}

export interface Ending {
  id: string;
  kind: 'crisis' | 'collapse' | 'verdict';
  meter?: 'west' | 'russia' | 'elites';
  camp?: string;
  when?: Condition;
  title: string;
  text: string;
  history: { text: string; sources: string[] };
}

export interface Difficulty {
  id: string;
  name: string;
  description: string;
  start: Record<string, number>;
  uncertainty: number;
  tensionScale: number;
  previews: boolean;
}

export interface Meter {
  name: string;
  description: string;
  start?: number;
}

export interface Named {
  id: string;
  name: string;
  description: string;
}

export interface ScenarioData {
  id: string;
  title: string;
  summary: string;
  version: number;
  language: string;
  period: { start: string; turns: number; months?: string[] };
  intro: string;
  meters: { west: Meter; russia: Meter; elites: Meter };
  camps: (Named & { start: number })[];
  indicators: (Named & { start: number })[];
  drift: { id?: string; stat: string; add: number; when?: Condition; reason: string }[];
  tracks: { id: string; name: string; start: string; states: { id: string; name: string }[] }[];
  flags: { id: string; description: string }[];
  advisors: { id: string; name: string; role: string; camp: string; note?: string }[];
  sources: { id: string; title: string; url: string; publisher?: string; date?: string; mirror?: boolean }[];
  cards: Card[];
  endings: Ending[];
  difficulties: Difficulty[];
}
