import { asciiDigits, defaultScenario } from '../../app';
import { app, notice, type TitleDefaults } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { abandon, savesOf, type GoodSave } from '../saves';
import { classJoinedNotice, joinClassCode } from './title-class';
import { drawVariantChoice, VARIANT_ROW_H } from './title-language';
import { drawInfo, INFO_X } from './title-info';
import { describeSave, removeSave, scenarioMonth, sweepSaves, whereSaved } from './title-saves';
import { drawToggles, TOGGLES_H } from './title-toggles';
import { SavedGamesPanel } from '../widgets/SavedGamesPanel';
import { allScenarios, defaultDifficulty, difficultyOf, findScenario, loadScenario } from '../scenarios';
import { freshSeed } from '../seed';
import { ASSETS } from '../assets';
import { C, FONT, getRenderScale, HEIGHT } from '../theme';
import { clearAddressBarLink, isValidSeed, showLinkInAddressBar } from '../url-params';
import { Button } from '../widgets/Button';
import { Field } from '../widgets/Field';
import { showNotices } from '../widgets/notices';
import { Overlay } from '../widgets/Overlay';
import { fitText, text } from '../widgets/text';
import { BaseScene } from './base';

// The title: pick a scenario, seed and difficulty, or continue a saved game.

const RX = 580;
const RW = 652;
/** The room under the class-code field for its help or a refusal, which can run to three lines (it quotes the code). */
const CLASS_HELP_H = 70;
/** Under the seed field: one line of help. */
const SEED_HELP_H = 26;

export class Title extends BaseScene {
  private scenarioId = '';
  private seed = '';
  private difficulty = '';
  private previews = false;
  private practice = false;
  /** The class code accepted on this screen, while its scenario, seed and difficulty are still the chosen ones. */
  private classCode: TitleDefaults['classCode'] & { scenario: string; seed: string; difficulty: string } | null = null;
  /** The seed field takes a class code instead of a seed. */
  private classMode = false;
  private overlay: Overlay | SavedGamesPanel | null = null;
  private saves: GoodSave[] = [];
  /** The control to focus when the screen is drawn again (after a scenario is picked, a panel closed…). */
  private focusAfter: string | null = null;

  constructor() {
    super('Title');
  }

  preload(): void {
    const k = getRenderScale();
    if (!this.textures.exists(ASSETS.emblem.key)) this.load.svg(ASSETS.emblem.key, ASSETS.emblem.url, { width: 200 * k, height: 200 * k });
  }

  create(): void {
    const a = app();
    this.begin(t.title.heading);
    this.overlay = null;
    clearAddressBarLink();
    // Back from a game: offer its scenario and difficulty again (with a fresh seed).
    const left = a.session.current?.record;
    if (left && !a.defaults.scenario) a.defaults = { scenario: left.scenario.id, difficulty: left.difficulty, previews: left.settings.previews, practice: left.settings.practice === true && !left.settings.class };
    a.session.stop();
    this.saves = sweepSaves(a.notices);
    const scenarios = allScenarios();
    const d = a.defaults;
    this.scenarioId = d.scenario ?? defaultScenario(scenarios)?.id ?? '';
    this.seed = d.seed ?? freshSeed();
    const sc = findScenario(this.scenarioId);
    this.difficulty = sc ? (d.difficulty ?? defaultDifficulty(sc)) : '';
    this.previews = d.previews ?? (sc && difficultyOf(sc, this.difficulty)?.previews) ?? false;
    this.classCode = d.classCode ? { ...d.classCode, scenario: this.scenarioId, seed: this.seed, difficulty: this.difficulty } : null;
    this.practice = d.practice === true && this.practiceAllowed();
    const joined = classJoinedNotice(d);
    if (joined) a.notices.push(joined);
    a.defaults = {};
    const latest = this.saves.find((s) => s.save.state === 'playing' && !s.game.ending) ?? null;
    const actions = { readIntro: () => sc && this.readIntro(sc.title, sc.intro), resume: (s: GoodSave) => this.resume(s), openSaves: () => this.openSaves(), howTo: () => this.howTo() };
    const cut = drawInfo(this, sc, latest, this.saves.length, actions, RX - 40 - INFO_X - 100) && sc ? { title: sc.title, intro: sc.intro } : null;
    if (sc) this.drawRight();
    const dismiss = showNotices(this, a.notices.splice(0));
    // Esc closes a panel, then dismisses a notice, then (as the footer says) opens How to play.
    a.keys.set({
      escape: () => (this.overlay?.isOpen ? this.overlay.close() : dismiss ? dismiss() : this.howTo()),
      letters: cut ? { [t.keys.read.toLowerCase()]: () => this.overlay?.isOpen || this.readIntro(cut.title, cut.intro) } : {},
    });
    const focus = this.focusAfter ?? (this.classMode ? 'class-code-input' : 'start');
    this.focusAfter = null;
    if (!dismiss) a.controls.focus(focus);
  }

  private drawRight(): void {
    const { controls } = app();
    const panel = this.add.graphics();
    panel.fillStyle(C.panel, 0.92).fillRoundedRect(boxX(RX - 24, RW + 48), 40, RW + 48, HEIGHT - 60, 14);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(RX - 24, RW + 48), 40, RW + 48, HEIGHT - 60, 14);
    const head = (y: number, s: string) => text(this, textX(RX), y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    let y = 56;
    head(y, t.title.scenarios);
    controls.group(t.title.scenarios);
    y += 24;
    const scenarios = allScenarios();
    // Up to three scenarios in one column, each with its period; more in two columns of titles (the chosen one's
    // period and summary are beside them, title-info.ts). The list keeps the same height either way.
    const cols = scenarios.length <= 3 ? 1 : 2;
    const rows = Math.ceil(scenarios.length / cols);
    // In class mode the scenario buttons give the class code's help the room it can need.
    const helpH = this.classMode ? CLASS_HELP_H : SEED_HELP_H;
    const bh = Math.min(64, Math.floor((210 - (helpH - SEED_HELP_H)) / rows) - 6);
    const bw = (RW - 10 * (cols - 1)) / cols;
    scenarios.forEach((s, i) => {
      const span = t.title.period(scenarioMonth(s, 1), scenarioMonth(s, s.period.turns), s.period.turns);
      const at = { x: boxX(RX + (i % cols) * (bw + 10), bw), y: y + Math.floor(i / cols) * (bh + 6) };
      const b = new Button(this, { ...at, w: bw, h: bh, label: s.title, sub: cols === 1 && bh >= 60 ? span : undefined, variant: 'quiet', size: 18, selected: s.id === this.scenarioId });
      controls.add({ id: `scenario-${s.id}`, label: t.title.scenarioSummary(s.title, s.summary), description: span, widget: b, pressed: s.id === this.scenarioId, action: () => this.pickScenario(s.id) });
    });
    y += rows * (bh + 6) + 10;
    if (this.classMode) this.drawClassCode(y);
    else this.drawSeed(y);
    y += 80 + helpH;
    head(y, t.title.difficulty);
    y += 24;
    this.drawDifficulty(y);
  }

  private drawSeed(y: number): void {
    const { controls } = app();
    text(this, textX(RX), y, t.title.seed.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    y += 24;
    const field = new Field(this, boxX(RX, 300), y, 300, 50, this.seed).setName('field-seed');
    const help = text(this, textX(RX), y + 56, t.title.seedHelp, { size: FONT.tiny, color: C.muted, wrap: RW });
    controls.group(t.title.seed);
    const onSeed = (typed: string) => {
      const v = asciiDigits(typed);
      if (v !== typed) input.value = v;
      this.seed = v.trim();
      const ok = isValidSeed(this.seed);
      field.setText(v, !ok);
      help.setText(ok ? t.title.seedHelp : t.title.seedInvalid).setColor(ok ? '#9aa5b1' : '#ff8a8a');
      controls.setDisabled('start', !ok);
    };
    const input = controls.input({ id: 'seed', label: t.title.seed, value: this.seed, maxLength: 32, description: t.title.seedHelp, widget: field, onInput: onSeed, onEnter: () => this.start() });
    const fresh = new Button(this, { x: boxX(RX + 316, 160), y, w: 160, h: 50, label: t.title.newSeed, size: 17 }).setName('button-new-seed');
    controls.add({ id: 'new-seed', label: t.title.newSeed, widget: fresh, action: () => { input.value = freshSeed(); onSeed(input.value); } });
    const code = new Button(this, { x: boxX(RX + 492, 160), y, w: 160, h: 50, label: t.title.classCodeButton, variant: 'quiet', size: 17 }).setName('button-class-code');
    controls.add({ id: 'class-code', label: t.title.classCodeButton, description: t.title.classCodeHelp, widget: code, action: () => this.setClassMode(true) });
  }

  /** The seed field as a class-code field: a code sets scenario, seed, difficulty, previews and practice at once (title-class.ts). */
  private drawClassCode(y: number): void {
    const { controls } = app();
    text(this, textX(RX), y, t.title.classCode.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    y += 24;
    const field = new Field(this, boxX(RX, 476), y, 476, 50, '').setName('field-class-code');
    const help = text(this, textX(RX), y + 56, t.title.classCodeHelp, { size: FONT.tiny, color: C.muted, wrap: RW });
    controls.group(t.title.classCode);
    const join = (v: string) => joinClassCode(v, (why) => {
      field.setText(v, true);
      help.setText(why).setColor('#ff8a8a');
      fitText(help, CLASS_HELP_H - 4, FONT.tiny);
      app().mirror.alertNow([t.notices.kind.error(why)]);
    }, () => {
      this.classMode = false;
      this.focusAfter = 'start';
      this.scene.restart();
    });
    const input = controls.input({ id: 'class-code-input', label: t.title.classCode, value: '', maxLength: 60, description: t.title.classCodeHelp, widget: field, onInput: (v) => field.setText(v, false), onEnter: () => join(input.value) });
    const back = new Button(this, { x: boxX(RX + 492, 160), y, w: 160, h: 50, label: t.title.seedButton, variant: 'quiet', size: 17 }).setName('button-seed-mode');
    controls.add({ id: 'seed-mode', label: t.title.seedButton, widget: back, action: () => this.setClassMode(false) });
  }

  /** What the title has chosen so far (kept across a redraw or a language change). */
  private chosen(): TitleDefaults {
    const c = this.inClass();
    return { scenario: this.scenarioId, seed: this.seed, difficulty: this.difficulty, previews: this.previews, practice: this.practice, ...(c ? { classCode: { code: c.code, practice: c.practice } } : {}) };
  }

  /** The class code accepted here, if the game chosen is still that class's game. */
  private inClass(): { code: string; practice: boolean } | null {
    const c = this.classCode;
    return c && c.scenario === this.scenarioId && c.seed === this.seed && c.difficulty === this.difficulty ? c : null;
  }

  /** Practice games are allowed except in a class that does not allow them. */
  private practiceAllowed(): boolean {
    return this.inClass()?.practice ?? true;
  }

  private setClassMode(on: boolean): void {
    this.classMode = on;
    app().defaults = this.chosen();
    this.focusAfter = on ? 'class-code-input' : 'class-code';
    this.scene.restart();
  }

  private drawDifficulty(y: number): void {
    const { controls } = app();
    const sc = findScenario(this.scenarioId)!;
    controls.group(t.title.difficulty);
    const n = sc.difficulties.length;
    const gap = 10;
    const bw = (RW - gap * (n - 1)) / n;
    const desc = text(this, textX(RX), y + 56, difficultyOf(sc, this.difficulty)?.description ?? '', { size: FONT.small, color: C.muted, wrap: RW });
    const buttons = sc.difficulties.map((d, i) => {
      const b = new Button(this, { x: boxX(RX + i * (bw + gap), bw), y, w: bw, h: 48, label: d.name, size: 17, selected: d.id === this.difficulty });
      controls.add({
        id: `difficulty-${d.id}`,
        label: d.name,
        description: d.description,
        widget: b,
        pressed: d.id === this.difficulty,
        action: () => {
          this.difficulty = d.id;
          this.previews = d.previews;
          sc.difficulties.forEach((x, j) => {
            buttons[j]!.setSelected(x.id === d.id);
            controls.setPressed(`difficulty-${x.id}`, x.id === d.id);
          });
          desc.setText(d.description);
          setPreviews(d.previews);
        },
      });
      return b;
    });
    y += 86;
    const setPreviews = drawToggles(this, RX, y, RW, { previews: this.previews, practice: this.practice, practiceAllowed: this.practiceAllowed() }, (now) => {
      this.previews = now.previews;
      this.practice = now.practice;
    });
    y += TOGGLES_H + 10;
    drawVariantChoice(this, RX, y, RW, () => this.chosen());
    y += VARIANT_ROW_H + 10;
    const start = new Button(this, { x: boxX(RX, RW), y, w: RW, h: 56, label: t.title.start, variant: 'primary', size: FONT.h3 }).setName('button-start');
    controls.add({ id: 'start', label: t.title.start, widget: start, action: () => this.start() });
  }

  private pickScenario(id: string): void {
    if (id === this.scenarioId) return;
    // The scenario's own file loads when it is chosen (the title lists them from the catalog).
    void loadScenario(id).then(() => {
      app().defaults = { scenario: id, seed: this.seed };
      this.focusAfter = `scenario-${id}`;
      this.scene.restart();
    }, (e: unknown) => {
      app().notices.push(notice('error', String(e instanceof Error ? e.message : e)));
      this.scene.restart();
    });
  }

  private readIntro(title: string, intro: string): void {
    this.overlay = new Overlay(this, { title: t.turn.readFullHeading(title), paragraphs: [intro], buttons: [{ id: 'close', label: t.howTo.close, action: () => this.overlay?.close() }], width: 900 });
  }

  private howTo(): void {
    this.overlay = new Overlay(this, { title: t.howTo.heading, paragraphs: t.howTo.paragraphs, buttons: [{ id: 'close', label: t.howTo.close, action: () => this.overlay?.close() }], width: 900 });
  }

  private start(): void {
    const sc = findScenario(this.scenarioId);
    if (!sc || !isValidSeed(this.seed)) return;
    const unfinished = savesOf(sc.id, this.seed, this.difficulty).find((x) => x.save.state === 'playing' && !x.game.ending);
    if (!unfinished) return this.startNew();
    // Never replace a game without the player's yes.
    this.overlay = new Overlay(this, {
      title: t.saves.clashHeading,
      paragraphs: [t.saves.clashText(whereSaved(unfinished))],
      buttons: [
        { id: 'clash-continue', label: t.saves.clashContinue, action: () => this.resume(unfinished) },
        { id: 'clash-over', label: t.saves.clashStartOver, action: () => { abandon(unfinished); this.startNew(); } },
        { id: 'clash-cancel', label: t.saves.cancel, action: () => this.overlay?.close() },
      ],
    });
  }

  private startNew(): void {
    const sc = findScenario(this.scenarioId)!;
    const c = this.inClass();
    const practice = this.practice && this.practiceAllowed();
    app().session.start(sc, this.seed, this.difficulty, { previews: this.previews, ...(practice ? { practice: true } : {}), ...(c?.code ? { class: c.code } : {}) });
    showLinkInAddressBar(sc.id, this.seed, this.difficulty, this.previews);
    this.scene.start('Turn');
  }

  private openSaves(page = 0): void {
    this.overlay = new SavedGamesPanel(this, {
      saves: this.saves,
      page,
      describe: describeSave,
      onOpen: (s) => this.resume(s),
      onDelete: (s) => this.confirmDelete(s, page),
      onClose: () => app().controls.focus('saved-games'),
    });
  }

  private confirmDelete(s: GoodSave, page: number): void {
    this.overlay?.close();
    this.overlay = new Overlay(this, {
      title: t.saves.deleteHeading,
      paragraphs: [t.saves.deleteText(describeSave(s))],
      buttons: [
        { id: 'delete-no', label: t.saves.deleteNo, action: () => { this.overlay?.close(); this.openSaves(page); } },
        { id: 'delete-yes', label: t.saves.deleteYes, action: () => {
          removeSave(s);
          app().notices.push(notice('success', t.saves.deleted));
          this.focusAfter = 'saved-games';
          this.scene.restart();
        } },
      ],
    });
  }

  private resume(s: GoodSave): void {
    const a = app();
    const r = s.save.record;
    if (!a.session.resume(s)) {
      a.notices.push(notice('warning', t.notices.saveCorrupt(`${r.scenario.id}, ${r.seed}`)));
      this.scene.restart();
      return;
    }
    showLinkInAddressBar(r.scenario.id, r.seed, r.difficulty, r.settings.previews);
    this.scene.start(a.session.snapshot()?.status === 'done' ? 'Ending' : 'Turn');
  }
}
