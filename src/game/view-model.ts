import { phaseOf as enginePhase, turnMonth, type Cause, type Change, type CompiledScenario, type GameSnapshot, type GameState, type News, type TrackChange, type TurnRecord } from '../engine';
import { causeText, DANGER_FROM, choiceLabel, previewMarks, statName, type PreviewMark } from '../app';
import type { Condition } from '../scenario/types';
import { monthName, t } from './i18n';

// What the screens show, read from a snapshot. Nothing here decides anything: it only selects and words.

export type Phase = 'decision' | 'consequences' | 'ended';

export const phaseOf = (snap: GameSnapshot): Phase => enginePhase(snap);

export type StatKind = 'meter' | 'camp' | 'indicator';

export function statKind(cs: CompiledScenario, stat: string): StatKind {
  if (stat === 'west' || stat === 'russia' || stat === 'elites') return 'meter';
  return cs.camps.includes(stat) ? 'camp' : 'indicator';
}

/** The index in the log of the last decision made (-1 before the first). */
export function lastDecisionIndex(g: GameState): number {
  for (let i = g.log.length - 1; i >= 0; i--) if (g.log[i]!.choice !== null) return i;
  return -1;
}

/** The decision just made, while its consequences are shown. */
export function decisionRecord(g: GameState): TurnRecord | null {
  const i = lastDecisionIndex(g);
  return i < 0 ? null : g.log[i]!;
}

/** The turn a game shows: at its consequences, the turn of the decision just made (the game itself has moved on to the next). */
export function shownTurn(g: GameState, atConsequences: boolean): number {
  return (atConsequences ? decisionRecord(g)?.turn : undefined) ?? g.turn;
}

/** The stats to draw: the machine's own (in consequences it holds the state after the decision, before next month). */
export const shownStats = (snap: GameSnapshot): Record<string, number> => snap.context.game.stats;

export interface Briefing {
  changes: Change[];
  tracks: TrackChange[];
  news: News[];
}

/** What happened at the opening of the current month (and any quiet months before it), since the last decision. */
export function briefingNow(g: GameState): Briefing {
  const out: Briefing = { changes: [], tracks: [], news: [] };
  for (const r of g.log.slice(lastDecisionIndex(g) + 1)) {
    out.changes.push(...r.briefing);
    out.tracks.push(...r.briefingTracks);
    out.news.push(...r.briefingNews);
  }
  return out;
}

/** The month a turn opens, from the scenario (turns can span more than one month). */
export const monthOf = (cs: CompiledScenario, turn: number): string => monthName(turnMonth(cs, turn));

export function causeKindText(kind: Cause['kind']): string {
  return t.outcome.cause[kind];
}

export interface ChangeLine {
  stat: string;
  name: string;
  delta: number;
  after: number;
  cause: string;
  kind: Cause['kind'];
}

export function changeLine(cs: CompiledScenario, c: Change): ChangeLine {
  return { stat: c.stat, name: statName(cs, c.stat), delta: c.delta, after: c.after, cause: causeText(cs, c.cause), kind: c.cause.kind };
}

export function trackLine(cs: CompiledScenario, tc: TrackChange): string {
  const track = cs.data.tracks.find((x) => x.id === tc.track);
  const name = (id: string) => track?.states.find((s) => s.id === id)?.name ?? id;
  return t.turn.trackChange(track?.name ?? tc.track, name(tc.from), name(tc.to));
}

/** A news item in words: the uncertain effect's outcome, or when a delayed one is due. */
export function newsLine(cs: CompiledScenario, n: News): string {
  const text = (n.branch === 'else' ? cs.effectById.get(n.effect)?.effect.elseNews : cs.effectById.get(n.effect)?.effect.news) ?? '';
  if (n.kind === 'scheduled') return t.turn.scheduled(monthOf(cs, n.due ?? 0));
  if (n.kind === 'arrived') return text ? `${t.turn.arrived} ${text}` : `${t.turn.arrived} ${choiceLabel(cs, n.card, n.choice)}`;
  return text;
}

export { dangerZones, inZone, type Zone } from '../app';

/** The word shown next to a tension meter. */
export function tensionWord(v: number): string {
  if (v >= DANGER_FROM) return t.meter.danger;
  if (v >= 60) return t.meter.high;
  if (v >= 40) return t.meter.strained;
  return t.meter.calm;
}

export interface AdvisorView {
  name: string;
  role: string;
  camp: string;
  campId: string;
  backs: number;
  backsLabel: string;
  argues: string;
}

export interface ChoiceView {
  id: string;
  n: number;
  label: string;
  detail: string;
  open: boolean;
  backers: string[];
  /** The likely effects, the largest first. */
  preview: (PreviewMark & { name: string })[];
}

export interface CardView {
  id: string;
  title: string;
  date: string;
  situation: string;
  advisors: AdvisorView[];
  choices: ChoiceView[];
}

export function cardView(cs: CompiledScenario, snap: GameSnapshot): CardView | null {
  const g = snap.context.game;
  const card = g.card ? cs.cardById.get(g.card) : undefined;
  if (!card) return null;
  const campName = (id: string) => (id === 'government' ? t.turn.campGovernment : cs.data.camps.find((c) => c.id === id)?.name ?? id);
  const advisors = card.advisors.map((p) => {
    const a = cs.data.advisors.find((x) => x.id === p.advisor);
    const n = card.choices.findIndex((c) => c.id === p.backs) + 1;
    return {
      name: a?.name ?? p.advisor,
      role: a?.role ?? '',
      camp: campName(a?.camp ?? ''),
      campId: a?.camp ?? '',
      backs: n,
      backsLabel: card.choices[n - 1]?.label ?? '',
      argues: p.argues,
    };
  });
  const choices = card.choices.map((c, i) => ({
    id: c.id,
    n: i + 1,
    label: c.label,
    detail: c.detail ?? '',
    open: snap.can({ type: 'CHOOSE', choice: c.id }),
    backers: advisors.filter((a) => a.backs === i + 1).map((a) => a.name),
    preview: previewMarks(cs, g, card.id, c.id).map((m) => ({ ...m, name: statName(cs, m.stat) })),
  }));
  return { id: card.id, title: card.title, date: card.date, situation: card.situation, advisors, choices };
}

/** Track states to draw: the machine's own, as for the stats. */
export const shownTracks = (snap: GameSnapshot): Record<string, string> => snap.context.game.tracks;

/** The briefing in short lines: each change with its cause, each track move, each piece of news. */
export function briefingLines(cs: CompiledScenario, b: Briefing): string[] {
  return [
    ...b.changes.map((c) => {
      const l = changeLine(cs, c);
      return `${t.meter.change(l.name, l.delta, l.after)} (${l.cause || causeKindText(l.kind)})`;
    }),
    ...b.tracks.map((tc) => trackLine(cs, tc)),
    ...b.news.map((n) => newsLine(cs, n)).filter(Boolean),
  ];
}

/** Which way is better for a stat: tensions are better low; an indicator by the scenario's own endings (a collapse
 *  at a low value or a verdict asking for "at least" means higher is better). 0 when the scenario does not say. */
export function betterWay(cs: CompiledScenario, stat: string): 1 | -1 | 0 {
  if (stat === 'elites' || cs.tensionStats.has(stat)) return -1;
  let score = 0;
  const visit = (c: Condition | undefined, weight: number): void => {
    if (!c) return;
    if (c.stat === stat) score += weight * ((c.atLeast !== undefined ? 1 : 0) - (c.atMost !== undefined ? 1 : 0));
    for (const s of [...(c.all ?? []), ...(c.any ?? [])]) visit(s, weight);
  };
  for (const e of cs.data.endings) visit(e.when, e.kind === 'collapse' ? -1 : e.kind === 'verdict' ? 1 : 0);
  return score > 0 ? 1 : score < 0 ? -1 : 0;
}

/** How a change reads for the player: better, worse or neither, the same way for every stat. */
export function changeTone(cs: CompiledScenario, stat: string, delta: number): 'better' | 'worse' | 'neutral' {
  const way = betterWay(cs, stat);
  if (!way || !delta) return 'neutral';
  return Math.sign(delta) === way ? 'better' : 'worse';
}

const THEMES: [string, RegExp][] = [
  ['protests', /protest|unrest|strike|mahsa|amini|street/i],
  ['drones', /drone|shahed|mohajer/i],
  ['space', /satellite|soyuz|space|orbit|khayyam|launch/i],
  ['summit', /summit|visit|comes to|meeting|talks in|treaty|partnership/i],
  ['energy', /gas|oil|energy|swap|pipeline|barrel|crude|refin/i],
  ['nuclear', /nuclear|jcpoa|iaea|enrich|deal|snapback|vienna|safeguard/i],
  ['war', /war|ukrain|invasion|front|syria|missile|strike/i],
];

/** A card's theme for its icon, read from its title and then its situation (the scenario does not tag cards). */
export function cardTheme(title: string, situation: string): string {
  for (const s of [title, situation]) for (const [theme, re] of THEMES) if (re.test(s)) return theme;
  return 'summit';
}

/** The elite meter's own move in a list of changes (it follows the angrier camp), as one more line; null if it did not move. */
export function eliteLine(cs: CompiledScenario, changes: readonly Change[], after: Record<string, number>): ChangeLine | null {
  if (!changes.some((c) => cs.camps.includes(c.stat))) return null;
  const before: Record<string, number> = {};
  for (const camp of cs.camps) before[camp] = (after[camp] ?? 0) - changes.filter((c) => c.stat === camp).reduce((s, c) => s + c.delta, 0);
  const top = (v: Record<string, number>) => cs.camps.reduce((m, c) => Math.max(m, v[c] ?? 0), 0);
  const delta = top(after) - top(before);
  if (!delta) return null;
  const leader = cs.camps.reduce((a, b) => ((after[b] ?? 0) > (after[a] ?? 0) ? b : a));
  const value = top(after);
  return { stat: 'elites', name: statName(cs, 'elites'), delta, after: value, cause: t.change.elites(statName(cs, leader), value), kind: 'drift' };
}

/** Change lines with the elite meter's move added after the camps'. */
export function changeLines(cs: CompiledScenario, changes: readonly Change[], after: Record<string, number>): ChangeLine[] {
  const lines = changes.map((c) => changeLine(cs, c));
  const elite = eliteLine(cs, changes, after);
  return elite ? [...lines, elite] : lines;
}

/** One change in words: ▲/▼, the signed amount, the value after and whether it is better or worse. */
export function changeWords(cs: CompiledScenario, l: ChangeLine): string {
  return t.change.row(l.name, l.delta, l.after, t.change[changeTone(cs, l.stat, l.delta)]);
}
