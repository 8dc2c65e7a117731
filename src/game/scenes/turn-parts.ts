import type Phaser from 'phaser';
import type { CompiledScenario, GameState } from '../../engine';
import { statName } from '../../app';
import { app } from '../app';
import { boxX } from '../layout';
import { soundOn } from '../sound';
import { DANGER_FROM, FONT, WIDTH } from '../theme';
import { Button } from '../widgets/Button';
import { changeSentence } from '../a11y/turn-text';
import { choiceRisk, lockedWhy, toneOf } from '../explain';
import { t } from '../i18n';
import { briefingNow, changeLines, changeWords, decisionRecord, newsLine, trackLine, type CardView } from '../view-model';
import type { ConsequenceData } from '../widgets/ConsequenceView';
import type { Line } from '../widgets/DecisionView';

// What the turn screen shows, worded from the game: the strip since last month, why options are locked or risky,
// and a decision's consequences with what the accessible layer says about them.

/** Every change since the last decision (with the elite meter's own), track moves and news; a failed save first. */
export function stripLines(cs: CompiledScenario, g: GameState, saved: boolean): Line[] {
  const b = briefingNow(g);
  const changes = changeLines(cs, b.changes, g.stats).map((l) => ({ text: `${changeWords(cs, l)} \u2014 ${l.cause || t.outcome.cause[l.kind]}`, tone: toneOf(cs, l) }));
  const unsaved = saved ? [] : [{ text: `\u26A0 ${t.saveFailed}`, tone: 'worse' as const }];
  const tracks = b.tracks.map((tc) => ({ text: trackLine(cs, tc), tone: 'neutral' as const }));
  const news = b.news.map((n) => ({ text: newsLine(cs, n), tone: 'neutral' as const })).filter((l) => l.text);
  return [...unsaved, ...changes, ...tracks, ...news];
}

/** Why each locked option is locked, and (with previews) which open ones are likely to end the game. */
export function optionNotes(cs: CompiledScenario, g: GameState, card: CardView, previews: boolean): { locked: Map<string, string>; risks: Map<string, string> } {
  const locked = new Map(card.choices.filter((c) => !c.open).map((c) => [c.id, lockedWhy(cs, cs.choiceById.get(card.id)?.get(c.id)?.requires, g)]));
  const risks = new Map<string, string>();
  if (previews)
    for (const c of card.choices.filter((x) => x.open)) {
      const r = choiceRisk(cs, g, card.id, c.id);
      if (r) risks.set(c.id, r);
    }
  return { locked, risks };
}

/** The last decision's consequences for the screen, and the same in sentences for the accessible layer. */
export function consequences(cs: CompiledScenario, g: GameState): { data: ConsequenceData; said: string[]; label: string } {
  const rec = decisionRecord(g)!;
  const choice = cs.choiceById.get(rec.card!)?.get(rec.choice!);
  const lines = changeLines(cs, rec.changes, rec.stats).map((l) => ({ ...l, cause: l.kind === 'choice' ? t.outcome.cause.choice : l.cause }));
  const changes = lines.map((l) => ({ text: changeWords(cs, l), tone: toneOf(cs, l), cause: l.cause || t.outcome.cause[l.kind] }));
  const tracks = rec.trackChanges.map((tc) => trackLine(cs, tc));
  const news = rec.news.map((n) => newsLine(cs, n)).filter(Boolean);
  // (A month's opening that ends the game is told on the ending screen: consequences show the state before it.)
  const said = [
    choice?.outcome ?? '',
    ...lines.map((l) => `${changeSentence(l)} ${t.change[toneOf(cs, l)]}.`),
    ...tracks,
    ...news,
  ];
  return { data: { card: cs.cardById.get(rec.card!)?.title ?? '', choice: choice?.label ?? '', outcome: choice?.outcome ?? '', changes, tracks, news }, said, label: choice?.label ?? '' };
}

/** The names of the tensions that have just risen into their danger zone. */
export function risenIntoDanger(cs: CompiledScenario, before: Record<string, number>, after: Record<string, number>): string[] {
  return ['west', 'russia', 'elites', ...cs.camps].filter((s) => (before[s] ?? 0) < DANGER_FROM && (after[s] ?? 0) >= DANGER_FROM).map((s) => statName(cs, s));
}

/** The header's Goals, Sound and Menu buttons (from the end edge), paired with their controls; returns them by id. */
/** The header's buttons, from the end edge; `start` is how far from the start edge the row begins. */
export function addHeaderButtons(scene: Phaser.Scene, into: Phaser.GameObjects.Container, act: { menu: () => void; sound: () => void; goals: () => void; read?: () => void }): { buttons: Map<string, Button>; start: number } {
  const { controls } = app();
  const defs: [string, string, () => void, number][] = [
    ['menu', t.fmt.withKey(t.turn.menu, t.keys.escape), act.menu, 140],
    ['sound', t.fmt.withKey(soundOn() ? t.sound.on : t.sound.off, t.sound.key), act.sound, 200],
    ['goals', t.fmt.withKey(t.goals.button, t.goals.key), act.goals, 130],
    ...(act.read ? [['read-full', t.fmt.withKey(t.turn.readFull, t.keys.read), act.read, 190] as [string, string, () => void, number]] : []),
  ];
  const out = new Map<string, Button>();
  let x = WIDTH - 16;
  for (const [id, label, action, w] of defs) {
    x -= w;
    const b = new Button(scene, { x: boxX(x, w), y: 8, w, h: 44, label, variant: 'quiet', size: FONT.small });
    b.setName(`header-${id}`);
    into.add(b);
    controls.add({ id, label, widget: b, action });
    out.set(id, b);
    x -= 8;
  }
  return { buttons: out, start: x + 8 };
}
