import { holds, type CompiledScenario, type GameState } from '../engine';
import { cardTitle, choiceLabel, statName } from '../app';
import type { Condition, Effect } from '../scenario/types';
import { t } from './i18n';

// Scenario conditions in words, with where the game stands: why an option is locked, what a verdict needs,
// which of its conditions are met. It reads the scenario's own conditions; no scenario id is named here.

export interface ConditionLine {
  text: string;
  met: boolean;
}

type View = Pick<GameState, 'stats' | 'tracks' | 'flags' | 'log' | 'played' | 'turn'>;

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
export function conditionText(cs: CompiledScenario, c: Condition, g: View): string {
  if (c.stat !== undefined) {
    const name = statName(cs, c.stat);
    const now = g.stats[c.stat] ?? 0;
    if (c.atLeast !== undefined && c.atMost !== undefined) return t.rules.between(name, c.atLeast, c.atMost, now);
    return c.atLeast !== undefined ? t.rules.atLeast(name, c.atLeast, now) : t.rules.atMost(name, c.atMost ?? 0, now);
  }
  if (c.track !== undefined) {
    const tr = cs.data.tracks.find((x) => x.id === c.track);
    const states = (c.is !== undefined ? [c.is] : (c.in ?? [])).map((s) => trackState(cs, c.track!, s));
    return t.rules.track(tr?.name ?? c.track, states, trackState(cs, c.track, g.tracks[c.track] ?? ''));
  }
  if (c.flag !== undefined) return t.rules.flag(flagWords(cs, c.flag), flagSources(cs, c.flag));
  if (c.notFlag !== undefined) return t.rules.notFlag(flagWords(cs, c.notFlag), flagSources(cs, c.notFlag));
  if (c.played !== undefined) return t.rules.played(cardTitle(cs, c.played));
  if (c.chose !== undefined) {
    const [card, choice] = c.chose.split('.');
    return t.rules.chose(cardTitle(cs, card), choiceLabel(cs, card, choice));
  }
  if (c.turn !== undefined) return t.rules.turn(c.turn.from, c.turn.to);
  if (c.all !== undefined) return c.all.map((x) => conditionText(cs, x, g)).join(t.rules.and);
  if (c.any !== undefined) return c.any.map((x) => conditionText(cs, x, g)).join(t.rules.or);
  if (c.not !== undefined) return t.rules.not(conditionText(cs, c.not, g));
  return '';
}

/** A condition split into the parts that must all hold, each with whether it holds now. */
export function conditionLines(cs: CompiledScenario, c: Condition | readonly Condition[] | undefined, g: View): ConditionLine[] {
  if (!c) return [];
  const parts = Array.isArray(c) ? (c as readonly Condition[]) : (c as Condition).all ?? [c as Condition];
  return parts.map((p) => ({ text: conditionText(cs, p, g), met: holds(p, g as GameState) }));
}

/** Why a locked option is locked: the parts of its requirement that do not hold now. */
export function lockedWhy(cs: CompiledScenario, requires: Condition | undefined, g: View): string {
  const missing = conditionLines(cs, requires, g).filter((l) => !l.met);
  return missing.length ? t.rules.needs(missing.map((l) => l.text).join(t.rules.and)) : t.turn.closedWhy;
}
