import type Phaser from 'phaser';
import type { GameSnapshot } from '../../engine';
import { changeSentence, cardSections, choiceDescription, sentence, statusSection } from '../a11y/turn-text';
import { app } from '../app';
import { downloadSaves } from '../save-file';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, WIDTH } from '../theme';
import {
  briefingLines,
  briefingNow,
  cardView,
  changeLine,
  decisionRecord,
  monthOf,
  newsLine,
  phaseOf,
  shownStats,
  shownTracks,
  statKind,
  trackLine,
} from '../view-model';
import { Button } from '../widgets/Button';
import { ConsequenceView } from '../widgets/ConsequenceView';
import { DecisionView } from '../widgets/DecisionView';
import { showNotices } from '../widgets/notices';
import { Overlay } from '../widgets/Overlay';
import { StatusPanel } from '../widgets/StatusPanel';
import { text } from '../widgets/text';
import { BaseScene } from './base';

// The turn screen: header, meters on the start side, and either the decision or its consequences.

export class Turn extends BaseScene {
  private status!: StatusPanel;
  private monthText!: Phaser.GameObjects.Text;
  private turnText!: Phaser.GameObjects.Text;
  private view: Phaser.GameObjects.Container | null = null;
  private menu: Overlay | null = null;
  private help: Overlay | null = null;
  private full: Overlay | null = null;
  private marked = false;

  constructor() {
    super('Turn');
  }

  create(): void {
    const a = app();
    const snap = a.session.snapshot();
    const cs = a.session.cs;
    if (!snap || !cs) return void this.scene.start('Title');
    if (phaseOf(snap) === 'ended') return void this.scene.start('Ending');
    if (!performance.getEntriesByName('sb:turn').length) performance.mark('sb:turn');
    this.begin(cs.data.title);
    this.view = null;
    this.menu = null;
    this.help = null;
    this.monthText = text(this, textX(24), 10, '', { size: FONT.h2, serif: true, bold: true, color: C.text });
    this.turnText = text(this, textX(24), 20, '', { size: FONT.small, color: C.muted });
    const title = text(this, textX(WIDTH - 168), 18, cs.data.title, { size: FONT.small, serif: true, italic: true, color: C.muted, align: 'end' });
    title.setVisible(title.width < 560);
    this.status = new StatusPanel(this, cs, shownStats(snap), shownTracks(snap));
    this.render(snap, false);
    this.onLeave(a.session.subscribe((s) => this.onSnapshot(s)));
    const notices = a.notices.splice(0);
    if (notices.length) showNotices(this, notices, 64);
    // A step that cannot be saved is said at once (nothing is dropped to make room).
    a.session.onSaveFailed = () => showNotices(this, [t.saves.fullWarning], 64);
    this.onLeave(() => (a.session.onSaveFailed = null));
  }

  private onSnapshot(snap: GameSnapshot): void {
    if (!this.scene.isActive()) return;
    if (phaseOf(snap) === 'ended') {
      this.scene.start('Ending');
      return;
    }
    this.render(snap, true);
  }

  private render(snap: GameSnapshot, animate: boolean): void {
    const { controls, mirror, keys, session } = app();
    const cs = session.cs!;
    const g = snap.context.game;
    this.menu?.close();
    this.full?.close();
    this.view?.destroy();
    const phase = phaseOf(snap);
    const record = phase === 'consequences' ? decisionRecord(g) : null;
    const turn = record?.turn ?? g.turn;
    const month = monthOf(cs, turn);
    this.monthText.setText(month);
    this.turnText.setText(t.turn.turnOf(turn, cs.lastTurn));
    this.turnText.setX(boxX(24 + this.monthText.width + 18, this.turnText.width));
    mirror.screen(`${cs.data.title} \u2014 ${month}, ${t.turn.turnOf(turn, cs.lastTurn)}`);
    controls.reset();
    const stats = shownStats(snap);
    const tracks = shownTracks(snap);
    this.status.preview(null);
    this.status.update(stats, tracks, animate);
    mirror.setSections([statusSection(cs, stats, tracks)]);
    if (phase === 'decision') this.showDecision(snap, month);
    else this.showConsequences(snap);
    const menu = new Button(this, { x: boxX(WIDTH - 152, 136), y: 10, w: 136, h: 40, label: t.fmt.withKey(t.turn.menu, t.keys.escape), variant: 'quiet', size: 16 });
    this.view!.add(menu);
    controls.add({ id: 'menu', label: t.turn.menu, widget: menu, action: () => this.openMenu() });
    const confirm = phase === 'consequences' ? () => session.continue() : () => controls.focusFirst();
    keys.set({
      escape: () => (this.full?.isOpen ? this.full.close() : this.help?.isOpen ? this.help.close() : this.menu?.isOpen ? this.menu.close() : this.openMenu()),
      confirm,
      digit: phase === 'decision' ? (n) => this.chooseNumber(n) : undefined,
      letters: phase === 'decision' && this.view instanceof DecisionView && this.view.readButton ? { [t.keys.read.toLowerCase()]: () => this.readFull(snap) } : undefined,
    });
  }

  private showDecision(snap: GameSnapshot, month: string): void {
    const { controls, mirror, session } = app();
    const cs = session.cs!;
    const card = cardView(cs, snap)!;
    const briefing = briefingLines(cs, briefingNow(snap.context.game));
    const previews = session.settings.previews === true;
    const view = new DecisionView(this, card, briefing, previews, cs.camps);
    this.view = view;
    for (const s of cardSections(card, briefing)) mirror.addSection(s);
    controls.group(t.turn.choices);
    for (const c of card.choices) {
      const btn = view.buttons.get(c.id);
      if (btn && previews && c.open) btn.onAttention = (on) => this.status.preview(on ? c.preview : null);
      controls.add({
        id: `choice-${c.id}`,
        label: t.turn.choose(c.n, c.label),
        description: choiceDescription(c, previews),
        widget: view.buttons.get(c.id),
        disabled: !c.open,
        action: () => session.choose(c.id),
      });
    }
    if (view.readButton) controls.add({ id: 'read-full', label: t.turn.readFull, widget: view.readButton, action: () => this.readFull(snap) });
    mirror.announce([t.turn.cardAnnounce(month, card.title), card.situation, t.turn.choicesAnnounce(card.choices.length)].join(' '));
    if (!this.marked) {
      this.marked = true;
      performance.mark('sb:playable');
    }
  }

  private chooseNumber(n: number): void {
    const snap = app().session.snapshot();
    const card = snap && cardView(app().session.cs!, snap);
    const c = card?.choices[n - 1];
    if (c?.open) app().session.choose(c.id);
  }

  private showConsequences(snap: GameSnapshot): void {
    const { controls, mirror, session } = app();
    const cs = session.cs!;
    const g = snap.context.game;
    const rec = decisionRecord(g)!;
    const choice = cs.choiceById.get(rec.card!)?.get(rec.choice!);
    const changes = rec.changes.map((c) => {
      const line = changeLine(cs, c);
      return { ...line, cause: line.kind === 'choice' ? t.cause.choice : line.cause, tension: statKind(cs, c.stat) !== 'indicator' };
    });
    const tracks = rec.trackChanges.map((tc) => trackLine(cs, tc));
    const news = rec.news.map((n) => newsLine(cs, n)).filter(Boolean);
    const continueLabel = g.ending ? t.turn.toEnding : t.turn.continue;
    const view = new ConsequenceView(this, { card: cs.cardById.get(rec.card!)?.title ?? '', choice: choice?.label ?? '', outcome: choice?.outcome ?? '', changes, tracks, news, continueLabel });
    this.view = view;
    const lines = [choice?.outcome ?? '', ...changes.map(changeSentence), ...tracks, ...news];
    mirror.addSection({ id: 'sb-consequences', heading: t.turn.youChose(choice?.label ?? ''), lines });
    controls.add({ id: 'continue', label: continueLabel, widget: view.continueButton, action: () => session.continue() });
    controls.focus('continue');
    mirror.announce([t.turn.youChose(choice?.label ?? ''), ...lines].filter(Boolean).map(sentence).join(' '));
  }

  /** The card's whole text and every advisor's whole argument, when the screen had to cut them. */
  private readFull(snap: GameSnapshot): void {
    if (this.full?.isOpen) return;
    const card = cardView(app().session.cs!, snap);
    if (!card) return;
    const advisors = card.advisors.map((a) => t.fmt.advisorQuote(a.name, a.role, a.camp, a.backs ? t.turn.backs(a.backs, a.backsLabel) : t.turn.backsNone, a.argues));
    this.full = new Overlay(this, {
      title: t.turn.readFullHeading(card.title),
      paragraphs: [card.situation, ...advisors],
      buttons: [{ id: 'close', label: t.howTo.close, action: () => this.full?.close() }],
      width: 1100,
    });
  }

  private openMenu(): void {
    if (this.menu?.isOpen) return;
    const { session } = app();
    const g = session.snapshot()!.context.game;
    const diff = session.scenario!.difficulties.find((d) => d.id === g.difficulty)?.name ?? g.difficulty;
    this.menu = new Overlay(this, {
      title: t.menu.heading,
      paragraphs: [t.menu.seedLine(g.seed, diff), session.saved ? t.saves.savedOk : t.saves.notSaved],
      buttons: [
        { id: 'resume', label: t.menu.resume, action: () => this.menu?.close() },
        ...(session.saved ? [] : [{ id: 'download-saves', label: t.saves.download, action: () => downloadSaves() }]),
        { id: 'how', label: t.menu.howTo, action: () => this.openHelp() },
        { id: 'title', label: t.menu.toTitle, action: () => this.scene.start('Title') },
      ],
    });
  }

  private openHelp(): void {
    this.help = new Overlay(this, { title: t.howTo.heading, paragraphs: t.howTo.paragraphs, buttons: [{ id: 'close', label: t.howTo.close, action: () => this.help?.close() }], width: 900 });
  }
}
