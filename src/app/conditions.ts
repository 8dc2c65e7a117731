import type { CompiledScenario } from '../engine/compile.js';
import { holds } from '../engine/conditions.js';
import type { Condition, Effect } from '../engine/scenario.js';
import type { GameState } from '../engine/types.js';
import { cardTitle, choiceLabel, statName } from './describe.js';

// Scenario conditions in words, with where the game stands: why an option is locked, what a verdict needs,
// which of its conditions are met. It reads the scenario's own conditions; no scenario id is named here.
// The words are each language's (RulesWords, in the catalogs: outcome-words-*.ts).

export interface RulesWords {
  atMost(name: string, limit: number, now: number): string;
  atLeast(name: string, limit: number, now: number): string;
  between(name: string, lo: number, hi: number, now: number): string;
  track(track: string, states: string[], now: string): string;
  flag(what: string, sources: string[]): string;
  notFlag(what: string, sources: string[]): string;
  played(card: string): string;
  chose(card: string, choice: string): string;
  turn(from?: number, to?: number): string;
  not(s: string): string;
  and: string;
  or: string;
  needs(what: string): string;
  met: string;
  missed: string;
  /** A condition with whether it holds: "✔ met: …". */
  line(ok: boolean, what: string): string;
}

export interface ConditionLine {
  text: string;
  met: boolean;
}

export type ConditionView = Pick<GameState, 'stats' | 'tracks' | 'flags' | 'log' | 'played' | 'turn'>;

function trackState(cs: CompiledScenario, track: string, state: string): string {
  return cs.data.tracks.find((x) => x.id === track)?.states.find((s) => s.id === state)?.name ?? state;
}

function setsFlag(effects: readonly Effect[], flag: string): boolean {
  return effects.some((e) => e.set === flag || setsFlag(e.then ?? [], flag) || setsFlag(e.else ?? [], flag));
}

/** The decisions that set a flag, in words ("Card: choice"). */
function flagSources(cs: CompiledScenario, flag: string): string[] {
  const out: string[] = [];
  for (const card of cs.data.cards) for (const c of card.choices) if (setsFlag(c.effects, flag)) out.push(`${card.title}: ${c.label}`);
  return out;
}

const flagWords = (cs: CompiledScenario, flag: string): string => (cs.data.flags?.find((f) => f.id === flag)?.description ?? '').replace(/\.$/, '');

/** One condition in words, with the current value where there is one. */
export function conditionText(cs: CompiledScenario, c: Condition, g: ConditionView, w: RulesWords): string {
  if (c.stat !== undefined) {
    const name = statName(cs, c.stat);
    const now = g.stats[c.stat] ?? 0;
    if (c.atLeast !== undefined && c.atMost !== undefined) return w.between(name, c.atLeast, c.atMost, now);
    return c.atLeast !== undefined ? w.atLeast(name, c.atLeast, now) : w.atMost(name, c.atMost ?? 0, now);
  }
  if (c.track !== undefined) {
    const tr = cs.data.tracks.find((x) => x.id === c.track);
    const states = (c.is !== undefined ? [c.is] : (c.in ?? [])).map((s) => trackState(cs, c.track!, s));
    return w.track(tr?.name ?? c.track, states, trackState(cs, c.track, g.tracks[c.track] ?? ''));
  }
  if (c.flag !== undefined) return w.flag(flagWords(cs, c.flag), flagSources(cs, c.flag));
  if (c.notFlag !== undefined) return w.notFlag(flagWords(cs, c.notFlag), flagSources(cs, c.notFlag));
  if (c.played !== undefined) return w.played(cardTitle(cs, c.played));
  if (c.chose !== undefined) {
    const [card, choice] = c.chose.split('.');
    return w.chose(cardTitle(cs, card), choiceLabel(cs, card, choice));
  }
  if (c.turn !== undefined) return w.turn(c.turn.from, c.turn.to);
  if (c.all !== undefined) return c.all.map((x) => conditionText(cs, x, g, w)).join(w.and);
  if (c.any !== undefined) return c.any.map((x) => conditionText(cs, x, g, w)).join(w.or);
  if (c.not !== undefined) return w.not(conditionText(cs, c.not, g, w));
  return '';
}

/** A condition split into the parts that must all hold, each with whether it holds now. */
export function conditionLines(cs: CompiledScenario, c: Condition | readonly Condition[] | undefined, g: ConditionView, w: RulesWords): ConditionLine[] {
  if (!c) return [];
  const parts = Array.isArray(c) ? (c as readonly Condition[]) : (c as Condition).all ?? [c as Condition];
  return parts.map((p) => ({ text: conditionText(cs, p, g, w), met: holds(p, g) }));
}
