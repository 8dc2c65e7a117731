import { compileScenario } from '../../engine';
import { decodeClassCode } from '../../app';
import { app } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { listSaves, setAside, type SaveCheck } from '../saves';
import { allScenarios, defaultDifficulty, difficultyOf, findScenario, loadScenario } from '../scenarios';
import { freshSeed } from '../seed';
import { ASSETS } from '../assets';
import { C, FONT, getRenderScale, HEIGHT } from '../theme';
import { clearAddressBarLink, isValidSeed, showLinkInAddressBar } from '../url-params';
import { monthOf } from '../view-model';
import { Button } from '../widgets/Button';
import { Field } from '../widgets/Field';
import { showNotices } from '../widgets/notices';
import { Overlay } from '../widgets/Overlay';
import { fitSize, fitText, text } from '../widgets/text';
import { BaseScene } from './base';

// The title: pick a scenario, seed and difficulty, or continue a saved game.

const RX = 580;
const RW = 652;

export class Title extends BaseScene {
  private scenarioId = '';
  private seed = '';
  private difficulty = '';
  private previews = false;
  /** The seed field takes a class code instead of a seed. */
  private classMode = false;
  private overlay: Overlay | null = null;

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
    a.session.stop();
    const saves = listSaves();
    for (const bad of saves.filter((s) => !s.ok)) {
      setAside(bad.key);
      if (!bad.ok) a.notices.push(bad.problem === 'outdated' ? t.notices.saveOutdated(bad.what) : bad.problem === 'unknown' ? t.notices.saveUnknown(bad.what) : t.notices.saveCorrupt(bad.what));
    }
    const scenarios = allScenarios();
    const d = a.defaults;
    const latest = [...scenarios].sort((x, y) => y.period.start.localeCompare(x.period.start))[0];
    this.scenarioId = d.scenario ?? latest?.id ?? '';
    this.seed = d.seed ?? freshSeed();
    const sc = findScenario(this.scenarioId);
    this.difficulty = sc ? (d.difficulty ?? defaultDifficulty(sc)) : '';
    this.previews = d.previews ?? (sc && difficultyOf(sc, this.difficulty)?.previews) ?? false;
    a.defaults = {};
    this.drawLeft(saves.filter((s): s is Extract<SaveCheck, { ok: true }> => s.ok).slice(0, 3));
    if (sc) this.drawRight();
    const dismiss = showNotices(this, a.notices.splice(0));
    a.keys.set({ escape: () => (this.overlay?.isOpen ? this.overlay.close() : dismiss?.()) });
    if (!dismiss) a.controls.focus(this.classMode ? 'class-code-input' : saves.some((s) => s.ok) ? 'continue-0' : 'start');
  }

  private drawLeft(saves: Extract<SaveCheck, { ok: true }>[]): void {
    const { controls } = app();
    const x = 56;
    const w = 460;
    this.add.image(boxX(x, 84) + 42, 92, 'emblem').setDisplaySize(84, 84);
    const name = text(this, textX(x + 100), 64, t.app.name, { size: 42, serif: true, bold: true, color: C.text });
    fitSize(name, RX - 40 - x - 100, 28);
    text(this, textX(x), 150, t.app.tagline, { size: FONT.h3, serif: true, italic: true, color: C.muted, wrap: w });
    const sc = findScenario(this.scenarioId);
    let y = 222;
    if (sc) {
      const g = this.add.graphics();
      g.lineStyle(1, C.panelEdge, 1).lineBetween(boxX(x, w), y - 14, boxX(x, w) + w, y - 14);
      text(this, textX(x), y, sc.title, { size: FONT.h3, serif: true, bold: true, color: C.text });
      const span = t.title.period(monthOf(compileScenario(sc), 1), monthOf(compileScenario(sc), sc.period.turns), sc.period.turns);
      text(this, textX(x), y + 30, span, { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 1 });
      const intro = text(this, textX(x), y + 54, sc.intro, { size: 16, serif: true, color: C.text, wrap: w, lineSpacing: 4 });
      fitText(intro, saves.length > 1 ? 86 : 150, 14);
      y = intro.y + intro.height + 24;
    }
    if (saves.length) {
      text(this, textX(x), y, t.title.continueHeading.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
      controls.group(t.title.continueHeading);
      y += 26;
      saves.forEach((s, i) => {
        const sc = findScenario(s.record.scenario.id)!;
        const label = s.record.ending
          ? t.title.continueEnded(sc.title)
          : t.title.continueGame(sc.title);
        const where = s.record.ending
          ? t.title.savedEnded(sc.endings.find((e) => e.id === s.record.ending)?.title ?? s.record.ending)
          : t.title.savedWhere(monthOf(compileScenario(sc), s.record.turn), s.record.turn, sc.period.turns);
        const diffName = difficultyOf(sc, s.record.difficulty)?.name ?? s.record.difficulty;
        const sub = t.title.savedSeed(where, s.record.seed, diffName);
        const b = new Button(this, { x: boxX(x, w), y, w, h: 62, label, sub, variant: i === 0 ? 'normal' : 'quiet', size: 17 });
        controls.add({ id: `continue-${i}`, label: `${label} (${sub})`, widget: b, action: () => this.resume(s) });
        y += 70;
      });
    }
    const how = new Button(this, { x: boxX(x, 220), y: Math.max(y + 8, 600), w: 220, h: 48, label: t.title.howTo, variant: 'quiet', size: 17 });
    controls.add({ id: 'how', label: t.title.howTo, widget: how, action: () => this.howTo() });
    text(this, textX(x), HEIGHT - 36, t.title.keysHint, { size: FONT.tiny, color: C.muted });
  }

  private drawRight(): void {
    const { controls } = app();
    const panel = this.add.graphics();
    panel.fillStyle(C.panel, 0.92).fillRoundedRect(boxX(RX - 24, RW + 48), 40, RW + 48, HEIGHT - 72, 14);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(RX - 24, RW + 48), 40, RW + 48, HEIGHT - 72, 14);
    const head = (y: number, s: string) => text(this, textX(RX), y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    let y = 56;
    head(y, t.title.scenarios);
    controls.group(t.title.scenarios);
    y += 24;
    const scenarios = allScenarios();
    const bh = Math.min(58, Math.floor(256 / scenarios.length) - 6);
    scenarios.forEach((s, i) => {
      const b = new Button(this, { x: boxX(RX, RW), y: y + i * (bh + 6), w: RW, h: bh, label: s.title, sub: bh >= 50 ? s.summary : undefined, variant: 'quiet', size: 18, selected: s.id === this.scenarioId });
      controls.add({ id: `scenario-${s.id}`, label: t.title.scenarioSummary(s.title, s.summary), widget: b, pressed: s.id === this.scenarioId, action: () => this.pickScenario(s.id) });
    });
    y += scenarios.length * (bh + 6) + 10;
    if (this.classMode) this.drawClassCode(y);
    else this.drawSeed(y);
    y += 106;
    head(y, t.title.difficulty);
    y += 24;
    this.drawDifficulty(y);
  }

  private drawSeed(y: number): void {
    const { controls } = app();
    text(this, textX(RX), y, t.title.seed.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    y += 24;
    const field = new Field(this, boxX(RX, 300), y, 300, 50, this.seed);
    const help = text(this, textX(RX), y + 56, t.title.seedHelp, { size: FONT.tiny, color: C.muted, wrap: RW });
    controls.group(t.title.seed);
    const onSeed = (v: string) => {
      this.seed = v.trim();
      const ok = isValidSeed(this.seed);
      field.setText(v, !ok);
      help.setText(ok ? t.title.seedHelp : t.title.seedInvalid).setColor(ok ? '#9aa5b1' : '#ff8a8a');
      controls.setDisabled('start', !ok);
    };
    const input = controls.input({ id: 'seed', label: t.title.seed, value: this.seed, maxLength: 32, description: t.title.seedHelp, widget: field, onInput: onSeed, onEnter: () => this.start() });
    const fresh = new Button(this, { x: boxX(RX + 316, 160), y, w: 160, h: 50, label: t.title.newSeed, size: 17 });
    controls.add({ id: 'new-seed', label: t.title.newSeed, widget: fresh, action: () => { input.value = freshSeed(); onSeed(input.value); } });
    const code = new Button(this, { x: boxX(RX + 492, 160), y, w: 160, h: 50, label: t.title.classCodeButton, variant: 'quiet', size: 17 });
    controls.add({ id: 'class-code', label: t.title.classCodeButton, description: t.title.classCodeHelp, widget: code, action: () => this.setClassMode(true) });
  }

  /** The seed field as a class-code field: a code sets scenario, seed, difficulty and previews at once. */
  private drawClassCode(y: number): void {
    const { controls } = app();
    text(this, textX(RX), y, t.title.classCode.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    y += 24;
    const field = new Field(this, boxX(RX, 476), y, 476, 50, '');
    const help = text(this, textX(RX), y + 56, t.title.classCodeHelp, { size: FONT.tiny, color: C.muted, wrap: RW });
    controls.group(t.title.classCode);
    const join = (v: string) => {
      const decoded = decodeClassCode(allScenarios(), v);
      if (!decoded.ok) {
        field.setText(v, true);
        help.setText(decoded.message).setColor('#ff8a8a');
        return;
      }
      const s = decoded.settings;
      // The scenario's file loads first (it is its own file); the title then shows it.
      void loadScenario(s.scenario).then((sc) => {
        app().notices.push(t.notices.classJoined(sc.title, s.seed, difficultyOf(sc, s.difficulty)?.name ?? s.difficulty));
        app().defaults = s;
        this.classMode = false;
        this.scene.restart();
      }, (e: unknown) => help.setText(String(e instanceof Error ? e.message : e)).setColor('#ff8a8a'));
    };
    const input = controls.input({ id: 'class-code-input', label: t.title.classCode, value: '', maxLength: 60, description: t.title.classCodeHelp, widget: field, onInput: (v) => field.setText(v, false), onEnter: () => join(input.value) });
    const back = new Button(this, { x: boxX(RX + 492, 160), y, w: 160, h: 50, label: t.title.seedButton, variant: 'quiet', size: 17 });
    controls.add({ id: 'seed-mode', label: t.title.seedButton, widget: back, action: () => this.setClassMode(false) });
  }

  private setClassMode(on: boolean): void {
    this.classMode = on;
    app().defaults = { scenario: this.scenarioId, seed: this.seed, difficulty: this.difficulty, previews: this.previews };
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
          setPreview(this.previews);
        },
      });
      return b;
    });
    y += 86;
    const previewLabel = (on: boolean) => `${on ? '\u2611' : '\u2610'}  ${t.title.previews}`;
    const prev = new Button(this, { x: boxX(RX, RW), y, w: RW, h: 44, label: previewLabel(this.previews), variant: 'quiet', size: 17, align: 'start' });
    const setPreview = (on: boolean) => {
      this.previews = on;
      prev.label.setText(previewLabel(on));
      controls.setPressed('previews', on);
    };
    controls.add({ id: 'previews', label: t.title.previews, widget: prev, pressed: this.previews, action: () => setPreview(!this.previews) });
    y += 54;
    const start = new Button(this, { x: boxX(RX, RW), y, w: RW, h: 56, label: t.title.start, variant: 'primary', size: FONT.h3 });
    controls.add({ id: 'start', label: t.title.start, widget: start, action: () => this.start() });
  }

  private pickScenario(id: string): void {
    if (id === this.scenarioId) return;
    // The scenario's own file loads when it is chosen (the title lists them from the catalog).
    void loadScenario(id).then(() => {
      app().defaults = { scenario: id, seed: this.seed };
      this.scene.restart();
    }, (e: unknown) => {
      app().notices.push(String(e instanceof Error ? e.message : e));
      this.scene.restart();
    });
  }

  private howTo(): void {
    this.overlay = new Overlay(this, { title: t.howTo.heading, paragraphs: t.howTo.paragraphs, buttons: [{ id: 'close', label: t.howTo.close, action: () => this.overlay?.close() }], width: 900 });
  }

  private start(): void {
    const sc = findScenario(this.scenarioId);
    if (!sc || !isValidSeed(this.seed)) return;
    app().session.start(sc, this.seed, this.difficulty, { previews: this.previews });
    showLinkInAddressBar(sc.id, this.seed, this.difficulty, this.previews);
    this.scene.start('Turn');
  }

  private resume(s: Extract<SaveCheck, { ok: true }>): void {
    const a = app();
    if (!a.session.resume(s.key, s.record)) {
      setAside(s.key);
      a.notices.push(t.notices.saveCorrupt(`${s.record.scenario.id}, ${s.record.seed}`));
      this.scene.restart();
      return;
    }
    showLinkInAddressBar(s.record.scenario.id, s.record.seed, s.record.difficulty, s.record.settings?.previews === true);
    this.scene.start(a.session.snapshot()?.status === 'done' ? 'Ending' : 'Turn');
  }
}
