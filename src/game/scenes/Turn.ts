import type Phaser from 'phaser';
import type { GameSnapshot } from '../../engine';
import { cardSections, choiceDescription, sentence, statusSection } from '../a11y/turn-text';
import { app } from '../app';
import { forecastLines } from '../explain';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { confirmOn } from '../prefs';
import { play, soundOn, setSoundOn } from '../sound';
import { C, FONT, WIDTH } from '../theme';
import { cardTheme, cardView, decisionRecord, monthOf, phaseOf, shownStats, shownTurn, shownTracks, type ChoiceView } from '../view-model';
import { Button } from '../widgets/Button';
import { revealInPanel } from '../widgets/ScrollPanel';
import { ConsequenceView } from '../widgets/ConsequenceView';
import { DecisionView } from '../widgets/DecisionView';
import { showNotices } from '../widgets/notices';
import { Overlay } from '../widgets/Overlay';
import { StatusPanel } from '../widgets/StatusPanel';
import { text } from '../widgets/text';
import { BaseScene } from './base';
import { goalsOverlay, menuOverlay, readFullOverlay } from './turn-overlays';
import { fitHeader } from './turn-header';
import { addHeaderButtons, consequences, optionNotes, risenIntoDanger, stripLines } from './turn-parts';

// The turn screen: header, meters and map on the start side, and either the decision or its consequences.


export class Turn extends BaseScene {
  private status!: StatusPanel;
  private monthText!: Phaser.GameObjects.Text;
  private turnText!: Phaser.GameObjects.Text;
  private titleText!: Phaser.GameObjects.Text;
  private view: DecisionView | ConsequenceView | null = null;
  private overlays: Overlay[] = [];
  private pending: ChoiceView | null = null;
  private lastStats: Record<string, number> | null = null;
  private marked = false;
  /** Said before the next card (after an undo rebuilds the screen). */
  private sayFirst: string | null = null;
  private soundButton: Button | null = null;
  private saveWarned = false;
  private undoable = false;

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
    this.overlays = [];
    this.lastStats = null;
    this.monthText = text(this, textX(24), 10, '', { size: FONT.h2, serif: true, bold: true, color: C.text });
    this.turnText = text(this, textX(24), 20, '', { size: FONT.small, color: C.muted });
    this.titleText = text(this, textX(WIDTH - 500), 20, cs.data.title, { size: FONT.small, serif: true, italic: true, color: C.muted, align: 'end' });
    this.status = new StatusPanel(this, cs, shownStats(snap), shownTracks(snap));
    this.render(snap, false);
    this.onLeave(a.session.subscribe((s) => this.onSnapshot(s)));
    const notices = a.notices.splice(0);
    if (notices.length) showNotices(this, notices, 64);
  }

  private onSnapshot(snap: GameSnapshot): void {
    if (!this.scene.isActive()) return;
    if (phaseOf(snap) === 'ended') {
      play('ending');
      this.scene.start('Ending');
      return;
    }
    this.render(snap, true);
  }

  private get overlayOpen(): boolean {
    return this.overlays.some((o) => o.isOpen);
  }

  private closeTop(): boolean {
    const open = this.overlays.filter((o) => o.isOpen);
    open.at(-1)?.close();
    return open.length > 0;
  }

  private render(snap: GameSnapshot, animate: boolean): void {
    const { controls, mirror, keys, session } = app();
    const cs = session.cs!;
    const g = snap.context.game;
    for (const o of this.overlays) o.close();
    this.overlays = [];
    this.pending = null;
    this.view?.destroy();
    const phase = phaseOf(snap);
    const turn = shownTurn(g, phase === 'consequences');
    const month = monthOf(cs, turn);
    this.monthText.setText(month);
    const practice = session.settings.practice === true;
    this.turnText.setText(t.turn.turnOf(turn, cs.lastTurn) + (practice ? `${t.sep}${t.practice.badge}` : ''));
    mirror.screen(`${cs.data.title} \u2014 ${month}, ${t.turn.turnOf(turn, cs.lastTurn)}`);
    controls.reset();
    const stats = shownStats(snap);
    const tracks = shownTracks(snap);
    this.status.preview(null);
    this.status.update(stats, tracks, animate);
    mirror.setSections([statusSection(cs, stats, tracks), { id: 'sb-map', lines: [t.map.caption(stats.west ?? 0, stats.russia ?? 0, stats.elites ?? 0)] }]);
    this.dangerCue(stats);
    if (!session.saved && !this.saveWarned) {
      this.saveWarned = true;
      mirror.alertNow([t.saves.fullWarning]);
    }
    if (phase === 'decision') this.showDecision(snap, month);
    else this.showConsequences(snap);
    this.headerButtons(snap);
    keys.set({
      escape: () => (this.closeTop() ? undefined : this.pending ? this.cancelPending() : this.openMenu()),
      confirm: phase === 'consequences' ? () => session.continue() : () => (this.pending ? this.commit(this.pending) : controls.focusFirst()),
      digit: phase === 'decision' ? (n) => !this.overlayOpen && this.chooseNumber(n) : undefined,
      letters: {
        [t.goals.key.toLowerCase()]: () => this.overlayOpen || this.openGoals(),
        [t.sound.key.toLowerCase()]: () => this.toggleSound(),
        ...(phase === 'decision' ? { [t.keys.read.toLowerCase()]: () => this.overlayOpen || this.readFull(snap) } : {}),
        ...(practice && decisionRecord(g) ? { [t.practice.undoKey.toLowerCase()]: () => this.overlayOpen || this.undo() } : {}),
      },
      scroll: (step) => (this.overlays.filter((o) => o.isOpen).at(-1)?.body ?? this.view?.panel)?.page(step),
    });
    // The first decision's keys and controls are live: playable once this frame has drawn it.
    if (phase === 'decision' && !this.marked) {
      this.marked = true;
      this.game.events.once('postrender', () => performance.mark('sb:playable'));
    }
  }

  /** A tension rising into its danger zone: a cue, and the same in words. */
  private dangerCue(stats: Record<string, number>): void {
    const risen = this.lastStats ? risenIntoDanger(app().session.cs!, this.lastStats, stats) : [];
    this.lastStats = { ...stats };
    if (!risen.length) return;
    play('danger');
    app().mirror.alertNow(risen.map((name) => t.sound.danger(name)));
  }

  private headerButtons(snap: GameSnapshot): void {
    const read = phaseOf(snap) === 'decision' ? () => this.overlayOpen || this.readFull(snap) : undefined;
    const { buttons, start } = addHeaderButtons(this, this.view!, { menu: () => this.openMenu(), sound: () => this.toggleSound(), goals: () => this.openGoals(), read });
    this.soundButton = buttons.get('sound') ?? null;
    fitHeader(this.monthText, this.turnText, this.titleText, start - 16);
  }

  private toggleSound(): void {
    setSoundOn(!soundOn());
    const label = soundOn() ? t.sound.on : t.sound.off;
    this.soundButton?.label.setText(t.fmt.withKey(label, t.sound.key));
    app().controls.setLabel('sound', label);
    app().mirror.announce(label);
  }

  private showDecision(snap: GameSnapshot, month: string): void {
    const { controls, mirror, session } = app();
    const cs = session.cs!;
    const g = snap.context.game;
    const card = cardView(cs, snap)!;
    const briefing = stripLines(cs, g, session.saved);
    const forecast = forecastLines(cs, g);
    const previews = session.settings.previews === true;
    const { locked, risks } = optionNotes(cs, g, card, previews);
    const undoable = session.settings.practice === true && decisionRecord(g) !== null;
    const hint = (confirmOn() ? t.confirm.hint(card.choices.length) : t.confirm.hintDirect(card.choices.length)) + (undoable ? t.practice.undoHint : '');
    const theme = cardTheme(card.title, card.situation);
    const view = new DecisionView(this, { card, theme, briefing, forecast, previews, campIds: cs.camps, lockedWhy: locked, risks, hint });
    this.view = view;
    for (const s of cardSections(card, briefing.map((l) => l.text), t.themes[theme] ?? '')) mirror.addSection(s);
    mirror.addSection({ id: 'sb-forecast', heading: t.forecast.heading, lines: forecast.map((l) => l.text) });
    controls.group(t.turn.choices);
    for (const c of card.choices) {
      const btn = view.buttons.get(c.id)!;
      if (previews && c.open) btn.onAttention = (on) => this.status.preview(on ? c.preview : null);
      const why = locked.get(c.id);
      controls.add({
        id: `choice-${c.id}`,
        label: t.turn.choose(c.n, c.label),
        description: [choiceDescription(c, previews), why ? sentence(why) : '', risks.get(c.id) ?? ''].filter(Boolean).join(' '),
        widget: btn,
        disabled: !c.open,
        action: () => this.choose(c),
        onDisabled: () => this.refuse(c, why ?? t.turn.closedWhy),
      });
    }
    this.undoable = undoable;
    this.idleFooter();
    mirror.announce([this.sayFirst ?? '', t.turn.cardAnnounce(month, card.title), card.situation, t.turn.choicesAnnounce(card.choices.length)].filter(Boolean).join(' '));
    this.sayFirst = null;
  }

  private chooseNumber(n: number): void {
    const snap = app().session.snapshot();
    const card = snap && cardView(app().session.cs!, snap);
    const c = card?.choices[n - 1];
    if (!c || !snap) return;
    if (!c.open) return this.refuse(c, optionNotes(app().session.cs!, snap.context.game, card, false).locked.get(c.id) ?? t.turn.closedWhy);
    this.choose(c);
  }

  /** First press chooses (and waits for confirmation unless that is turned off); the second confirms. */
  private choose(c: ChoiceView): void {
    if (!confirmOn() || this.pending?.id === c.id) return this.commit(c);
    const view = this.view;
    if (!(view instanceof DecisionView)) return;
    const { controls, mirror } = app();
    for (const [id, b] of view.buttons) b.setSelected(id === c.id);
    const card = view.buttons.get(c.id);
    if (card) revealInPanel(card, card.h);
    this.pending = c;
    const prompt = t.confirm.prompt(c.n, c.label);
    view.footer.setMessage(t.confirm.short(c.n), true);
    const buttons = view.footer.setButtons([
      { id: 'confirm', label: t.fmt.withKey(t.confirm.confirm, t.keys.enter), w: 170, variant: 'primary' },
      { id: 'cancel', label: t.fmt.withKey(t.confirm.cancel, t.keys.escape), w: 150 },
    ]);
    controls.remove('confirm');
    controls.remove('cancel');
    controls.remove('undo');
    controls.add({ id: 'confirm', label: t.confirm.confirm, description: prompt, widget: buttons.get('confirm'), action: () => this.pending && this.commit(this.pending) });
    controls.add({ id: 'cancel', label: t.confirm.cancel, widget: buttons.get('cancel'), action: () => this.cancelPending() });
    mirror.announce(prompt);
  }

  private cancelPending(): void {
    const view = this.view;
    this.pending = null;
    if (!(view instanceof DecisionView)) return;
    for (const b of view.buttons.values()) b.setSelected(false);
    app().controls.remove('confirm');
    app().controls.remove('cancel');
    this.idleFooter();
    app().controls.focusFirst();
  }

  /** The footer while no choice waits: the keys, and in practice mode Undo last decision. */
  private idleFooter(): void {
    const view = this.view;
    if (!(view instanceof DecisionView)) return;
    const buttons = view.footer.setButtons(this.undoable ? [{ id: 'undo', label: t.fmt.withKey(t.practice.undo, t.practice.undoKey), w: 280 }] : []);
    view.footer.setMessage(view.hint);
    if (this.undoable) app().controls.add({ id: 'undo', label: t.practice.undo, widget: buttons.get('undo'), action: () => this.undo() });
  }

  private commit(c: ChoiceView): void {
    play('choice');
    app().mirror.announce(t.sound.choice);
    app().session.choose(c.id);
  }

  /** A locked option pressed: it shakes, and the reason is said on screen and to screen readers. */
  private refuse(c: ChoiceView, why: string): void {
    const view = this.view;
    const message = t.confirm.locked(c.n, why.replace(/\.$/, ''));
    if (view instanceof DecisionView) {
      view.buttons.get(c.id)?.refuse();
      view.footer.setMessage(message, true);
    }
    app().mirror.alertNow([message]);
  }

  private showConsequences(snap: GameSnapshot): void {
    const { controls, mirror, session } = app();
    const cs = session.cs!;
    const g = snap.context.game;
    const { data, said, label } = consequences(cs, g);
    const continueLabel = g.ending ? t.turn.toEnding : t.turn.continue;
    const view = new ConsequenceView(this, data);
    this.view = view;
    const practice = session.settings.practice === true;
    const buttons = view.footer.setButtons([
      { id: 'continue', label: t.fmt.withKey(continueLabel, t.keys.enter), w: 300, variant: 'primary' },
      ...(practice ? [{ id: 'undo', label: t.fmt.withKey(t.practice.undo, t.practice.undoKey), w: 290 }] : []),
    ]);
    mirror.addSection({ id: 'sb-consequences', heading: t.turn.youChose(label), lines: said });
    controls.add({ id: 'continue', label: continueLabel, widget: buttons.get('continue'), action: () => session.continue() });
    if (practice) controls.add({ id: 'undo', label: t.practice.undo, widget: buttons.get('undo'), action: () => this.undo() });
    controls.focus('continue');
    mirror.announce([t.turn.youChose(label), ...said].filter(Boolean).map(sentence).join(' '));
  }

  /** Practice mode: the game rebuilt without its last decision, at that decision again. */
  private undo(): void {
    const { session } = app();
    const g = session.snapshot()?.context.game;
    const rec = g && decisionRecord(g);
    if (!g || !rec || session.settings.practice !== true) return;
    const label = session.cs!.choiceById.get(rec.card!)?.get(rec.choice!)?.label ?? '';
    if (!session.undo()) return;
    this.sayFirst = t.practice.undone(label);
    this.scene.restart();
  }

  private readFull(snap: GameSnapshot): void {
    const card = cardView(app().session.cs!, snap);
    if (!card) return;
    const o = readFullOverlay(this, card, app().session.settings.previews === true, () => o.close());
    this.overlays.push(o);
  }

  private openGoals(): void {
    const o = goalsOverlay(this, () => o.close());
    this.overlays.push(o);
  }

  private openMenu(): void {
    if (this.overlayOpen) return;
    const o = menuOverlay(this, {
      close: () => o.close(),
      help: () => this.openHelp(),
      title: () => this.scene.start('Title'),
      refresh: () => this.render(app().session.snapshot()!, false),
    });
    this.overlays.push(o);
  }

  private openHelp(): void {
    const o = new Overlay(this, { title: t.howTo.heading, paragraphs: t.howTo.paragraphs, buttons: [{ id: 'close', label: t.howTo.close, action: () => o.close() }], width: 900 });
    this.overlays.push(o);
  }
}
