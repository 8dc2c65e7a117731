import type Phaser from 'phaser';
import { type GameState } from '../../engine';
import { branchDecisions, whatIf } from '../../analysis';
import { statName } from '../../app';
import { app } from '../app';
import { t } from '../i18n';
import { Overlay } from '../widgets/Overlay';

// The debrief's "what if": change one past decision, play the game again from the same seed, compare the two
// futures, and optionally play the other one from that decision on. All of it is the engine's whatIf/branchAt.

const METERS = ['west', 'russia', 'elites'];

function summary(g: GameState): string {
  const { session } = app();
  const cs = session.cs!;
  const ending = g.ending ? (cs.endingById.get(g.ending.id)?.title ?? g.ending.id) : '';
  return t.debrief.futureLine(ending, g.turn, METERS.map((m) => t.fmt.valueLine(statName(cs, m), g.stats[m] ?? 0)).join(', '));
}

export class WhatIf {
  private overlay: Overlay | null = null;
  private picks = new Map<number, () => void>();

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.overlay?.isOpen ?? false;
  }

  close(): void {
    this.overlay?.close();
  }

  /** A number key while the options are shown: the option with that number on the turn screen. */
  pick(n: number): void {
    const go = this.picks.get(n);
    this.picks.clear();
    go?.();
  }

  /** Offers the other options of decision `index` (0-based) of the finished game. */
  open(game: GameState, index: number): void {
    const cs = app().session.cs!;
    const rec = game.log.filter((r) => r.card && r.choice)[index];
    const card = rec && cs.cardById.get(rec.card!);
    if (!rec || !card) return;
    // The other options keep the numbers (and keys) they had on the turn screen.
    const others = card.choices.map((c, i) => ({ c, n: i + 1 })).filter(({ c }) => c.id !== rec.choice);
    this.picks = new Map(others.map(({ c, n }) => [n, () => this.compare(game, index, c.id, c.label)]));
    this.show(t.debrief.whatIfHeading(card.title), [t.debrief.whatIfExplain], [
      ...others.map(({ c, n }, i) => ({ id: `alt-${i}`, label: t.turn.choose(n, c.label), action: () => this.compare(game, index, c.id, c.label) })),
      { id: 'close', label: t.howTo.close, action: () => this.close() },
    ]);
  }

  private compare(game: GameState, index: number, choice: string, label: string): void {
    this.picks.clear();
    const { session } = app();
    const result = whatIf(session.scenario!, game, index, choice, 'keep');
    if (!result) {
      this.show(t.debrief.whatIfResult(label), [t.debrief.notOpen], [{ id: 'close', label: t.howTo.close, action: () => this.close() }]);
      return;
    }
    const lines = [
      t.debrief.yourFuture(summary(result.original)),
      t.debrief.otherFuture(summary(result.alternative)),
      result.cardsDivergeAt === null ? t.debrief.sameEvents : t.debrief.divergeAt(result.cardsDivergeAt),
    ];
    this.show(t.debrief.whatIfResult(label), lines, [
      { id: 'play', label: t.debrief.playBranch, action: () => this.play(game, index, choice) },
      { id: 'close', label: t.howTo.close, action: () => this.close() },
    ]);
  }

  /** Plays the other future from the changed decision: the session takes over the branched actor. */
  private play(game: GameState, index: number, choice: string): void {
    const { session } = app();
    // A new game in its own slot: the finished game stays saved as it was.
    const decisions = branchDecisions(game, index, choice);
    if (!decisions || !session.branch(decisions, true)) return;
    this.scene.scene.start('Turn');
  }

  private show(title: string, paragraphs: string[], buttons: { id: string; label: string; action: () => void }[]): void {
    this.overlay?.close();
    this.overlay = new Overlay(this.scene, { title, paragraphs, buttons, width: 960 });
  }
}
