import type { CompiledScenario } from './compile.js';
import { turnMonth } from './compile.js';
import { holds } from './conditions.js';
import { applyEffects, changeStat, eliteTension, fireDueEffects, type Draft } from './effects.js';
import { collapseEnding, crisisEnding, verdictEnding } from './endings.js';
import { openRng, seedRng } from './rng.js';
import type { GameState, TurnRecord } from './types.js';

// The rules of a turn, as plain functions from state to new state. The machine calls these.

export class RuleError extends Error {}

function difficultyOf(cs: CompiledScenario, id: string) {
  const d = cs.difficultyById.get(id);
  if (!d) throw new RuleError(`unknown difficulty "${id}" (this scenario has: ${cs.data.difficulties.map((x) => x.id).join(', ')})`);
  return d;
}

export function openDraft(cs: CompiledScenario, g: GameState): Draft {
  const diff = difficultyOf(cs, g.difficulty);
  // Stats, tracks, flags and pending are copied when an effect first writes them (effects.ts), so a turn record can
  // share the stats object it was taken from. Built field by field: one object shape for every game state.
  const copy: GameState = {
    scenario: g.scenario,
    seed: g.seed,
    difficulty: g.difficulty,
    turn: g.turn,
    rng: g.rng,
    start: g.start,
    stats: g.stats,
    tracks: g.tracks,
    flags: g.flags,
    played: g.played,
    pending: g.pending,
    card: g.card,
    log: g.log,
    ending: g.ending,
  };
  return { g: copy, rng: openRng(g.rng), tensionScale: diff.tensionScale, uncertainty: diff.uncertainty, ownStats: false, ownLog: false, changes: [], trackChanges: [], news: [] };
}

/** The stats as they stand, for a turn record: shared with the draft, which copies them again before its next change. */
function statsSnapshot(d: Draft): Record<string, number> {
  d.ownStats = false;
  return d.g.stats;
}

function closeDraft(d: Draft): GameState {
  d.g.rng = d.rng.state();
  return d.g;
}

type Card = CompiledScenario['cards'][number];

/** A month's record before its decision has no decision's changes: one frozen empty list shared by all of them. */
const NOTHING = Object.freeze([]) as never[];

function hasOpenChoice(card: Card, g: GameState): boolean {
  for (const c of card.choices) if (holds(c.requires, g)) return true;
  return false;
}

/** Whether this turn falls in a dated card's months (always true for an undated card). */
export function inItsMonths(cs: CompiledScenario, card: string, turn: number): boolean {
  const dated = cs.datedTurns.get(card);
  return !dated || (dated.from <= turn && turn <= dated.to);
}

/** The cards that can be drawn this turn: in their window and months, not yet played, `when` holds, a choice open. */
export function eligibleCards(cs: CompiledScenario, g: GameState): Card[] {
  const last = g.log.length > 1 ? g.log[g.log.length - 2]?.card : undefined;
  const inWindow = cs.cardsByTurn[g.turn] ?? cs.cards.filter((c) => c.turns.from <= g.turn && g.turn <= c.turns.to && inItsMonths(cs, c.id, g.turn));
  const out: Card[] = [];
  for (const c of inWindow) if ((c.repeatable ? c.id !== last : !g.played.includes(c.id)) && holds(c.when, g) && hasOpenChoice(c, g)) out.push(c);
  return out;
}

/**
 * The cards the draw picks from: if a dated card's month has come, only the dated cards whose months end
 * soonest (so that each reaches its month); otherwise every eligible card (the filler).
 */
export function drawPool(cs: CompiledScenario, cards: readonly Card[]): readonly Card[] {
  let soonest = Infinity;
  for (const c of cards) soonest = Math.min(soonest, cs.datedTurns.get(c.id)?.to ?? Infinity);
  if (soonest === Infinity) return cards;
  return cards.filter((c) => cs.datedTurns.get(c.id)?.to === soonest);
}

/** Draws this turn's card by weight from the pool, with one number from the seed; undefined if none is eligible. */
export function drawCard(cs: CompiledScenario, g: GameState, next: () => number): Card | undefined {
  const pool = drawPool(cs, eligibleCards(cs, g));
  if (!pool.length) return undefined;
  let total = 0;
  for (const c of pool) total += c.weight;
  let r = next() * total;
  for (const c of pool) {
    r -= c.weight;
    if (r < 0) return c;
  }
  return pool[pool.length - 1];
}

/** The month's drift rules, in order, each applying if its condition holds at that point (also the forecast's). */
export function applyDrift(cs: CompiledScenario, d: Draft): void {
  const rules = cs.data.drift;
  for (let i = 0; i < rules.length; i++) if (holds(rules[i]!.when, d.g)) changeStat(cs, d, rules[i]!.stat, rules[i]!.add, cs.driftCauses[i]!);
}

/** Opens the month: drift, delayed effects, endings they cause, then the card drawn with the seed. Loops over quiet months. */
function beginTurn(cs: CompiledScenario, d: Draft): void {
  for (;;) {
    const g = d.g;
    d.changes = [];
    d.trackChanges = [];
    d.news = [];
    if (g.turn > 1) applyDrift(cs, d);
    fireDueEffects(cs, d);
    const record: TurnRecord = {
      turn: g.turn,
      month: turnMonth(cs, g.turn),
      briefing: d.changes,
      briefingTracks: d.trackChanges,
      briefingNews: d.news,
      card: null,
      choice: null,
      changes: NOTHING,
      trackChanges: NOTHING,
      news: NOTHING,
      stats: statsSnapshot(d),
    };
    if (d.ownLog) g.log.push(record);
    else {
      g.log = [...g.log, record];
      d.ownLog = true;
    }
    g.ending = crisisEnding(cs, g) ?? collapseEnding(cs, g);
    if (g.ending) return;
    const pick = drawCard(cs, g, () => d.rng.next());
    if (pick) {
      g.card = pick.id;
      return;
    }
    g.card = null;
    if (g.turn >= cs.lastTurn) {
      g.ending = verdictEnding(cs, g);
      return;
    }
    g.turn += 1;
  }
}

export function newGame(cs: CompiledScenario, seed: string, difficulty: string): GameState {
  const diff = difficultyOf(cs, difficulty);
  const stats: Record<string, number> = {
    west: cs.data.meters.west.start ?? 50,
    russia: cs.data.meters.russia.start ?? 50,
  };
  for (const c of cs.data.camps) stats[c.id] = c.start;
  for (const i of cs.data.indicators) stats[i.id] = i.start;
  Object.assign(stats, diff.start);
  stats.elites = eliteTension(stats, cs.camps);
  const g: GameState = {
    scenario: { id: cs.data.id, version: cs.data.version, rules: cs.rules },
    seed,
    difficulty,
    turn: 1,
    rng: seedRng(seed),
    start: { ...stats },
    stats,
    tracks: Object.fromEntries(cs.data.tracks.map((t) => [t.id, t.start])),
    flags: {},
    played: [],
    pending: [],
    card: null,
    log: [],
    ending: null,
  };
  const d = openDraft(cs, g);
  beginTurn(cs, d);
  return closeDraft(d);
}

export function isChoiceOpen(cs: CompiledScenario, g: GameState, choice: string): boolean {
  if (g.ending || !g.card) return false;
  const c = cs.choiceById.get(g.card)?.get(choice);
  return c !== undefined && holds(c.requires, g);
}

export function openChoices(cs: CompiledScenario, g: GameState): string[] {
  if (g.ending || !g.card) return [];
  const out: string[] = [];
  for (const c of cs.cardById.get(g.card)?.choices ?? []) if (holds(c.requires, g)) out.push(c.id);
  return out;
}

/**
 * Applies a choice on the current card: its effects, and the crisis, collapse or (on the last turn) verdict it
 * causes. The state stays in the decision's month: this is what the consequences screen shows.
 */
export function applyChoice(cs: CompiledScenario, g: GameState, choiceId: string, votes?: Record<string, number>): GameState {
  if (!isChoiceOpen(cs, g, choiceId)) throw new RuleError(`choice "${choiceId}" is not open on turn ${g.turn}`);
  const d = openDraft(cs, g);
  chooseIn(cs, d, choiceId, votes);
  return closeDraft(d);
}

/** applyChoice's work on a draft (the choice checked open). */
function chooseIn(cs: CompiledScenario, d: Draft, choiceId: string, votes?: Record<string, number>): void {
  const g = d.g;
  const card = g.card!;
  const choice = cs.choiceById.get(card)!.get(choiceId)!;
  const cause = { kind: 'choice', card, choice: choiceId } as const;
  applyEffects(cs, d, choice.effects, cause);
  d.g.played = [...g.played, card];
  const prev = g.log[g.log.length - 1]!;
  const record: TurnRecord = {
    turn: prev.turn,
    month: prev.month,
    briefing: prev.briefing,
    briefingTracks: prev.briefingTracks,
    briefingNews: prev.briefingNews,
    card,
    choice: choiceId,
    changes: d.changes,
    trackChanges: d.trackChanges,
    news: d.news,
    stats: statsSnapshot(d),
  };
  if (votes) record.votes = { ...votes };
  const log = g.log.slice();
  log[log.length - 1] = record;
  d.g.log = log;
  d.ownLog = true;
  d.g.card = null;
  d.g.ending = crisisEnding(cs, d.g) ?? collapseEnding(cs, d.g);
  if (!d.g.ending && d.g.turn >= cs.lastTurn) d.g.ending = verdictEnding(cs, d.g);
}

/** Opens the month after a decision: drift, delayed effects, the endings they cause, and the next card. */
export function openNextMonth(cs: CompiledScenario, g: GameState): GameState {
  if (g.ending || g.card) return g;
  const d = openDraft(cs, g);
  d.g.turn += 1;
  beginTurn(cs, d);
  return closeDraft(d);
}

/** A whole decision as the rules see it: the choice, then the next month's opening (one draft for both). */
export function decide(cs: CompiledScenario, g: GameState, choiceId: string, votes?: Record<string, number>): GameState {
  if (!isChoiceOpen(cs, g, choiceId)) throw new RuleError(`choice "${choiceId}" is not open on turn ${g.turn}`);
  const d = openDraft(cs, g);
  chooseIn(cs, d, choiceId, votes);
  if (!d.g.ending) {
    d.g.turn += 1;
    beginTurn(cs, d);
  }
  return closeDraft(d);
}
