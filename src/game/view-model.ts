import { phaseOf as enginePhase, turnMonth, outlook, type Cause, type Change, type CompiledScenario, type GameSnapshot, type GameState, type News, type TrackChange, type TurnRecord } from '../engine';
import { causeText, DANGER_FROM, choiceLabel, statName } from '../app';
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
  return t.cause[kind];
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
  preview: { stat: string; name: string; expected: number; uncertain: boolean }[];
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
    preview: outlook(cs, g, card.id, c.id)
      .filter((o) => o.stat !== 'elites')
      .map((o) => ({ ...o, name: statName(cs, o.stat) })),
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
