import type Phaser from 'phaser';
import { recordOf, type TurnRecord } from '../../engine';
import { encodeRecordCode } from '../../app';
import { statName } from '../../app';
import { h } from '../../app/dom';
import { addSourceLinks, sourceByline, sourcesFor } from '../a11y/links';
import { app } from '../app';
import { isRtl, t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, getRenderScale, HEIGHT } from '../theme';
import { changeLines, changeWords, monthOf } from '../view-model';
import { toneOf } from '../explain';
import { TONE_COLOUR } from '../widgets/DecisionView';
import { ScrollPanel } from '../widgets/ScrollPanel';
import { Button } from '../widgets/Button';
import { Chart } from '../widgets/Chart';
import { fitSize, text } from '../widgets/text';
import { BaseScene } from './base';
import { playAgain } from './Ending';
import { WhatIf } from './what-if';
import { HandInFile } from './hand-in-file';
import { openAnalysis } from './open-analysis';

// After the game: the meters over time, the seed and replay code, and each decision with why the meters
// moved and what Tehran actually did, with sources.

const PANEL_Y = 346;
const PANEL_H = 292;

export class Debrief extends BaseScene {
  private index = 0;
  private decisions: TurnRecord[] = [];
  private chart!: Chart;
  private detail: Phaser.GameObjects.Container | null = null;
  private whatIf: WhatIf | null = null;
  private handIn: HandInFile | null = null;
  private status: Phaser.GameObjects.Text | null = null;
  private say: ((s: string, ok: boolean) => void) | null = null;
  private scroll: ScrollPanel | null = null;

  constructor() {
    super('Debrief');
  }

  create(): void {
    const { session, controls, mirror, keys } = app();
    const snap = session.snapshot();
    const cs = session.cs;
    if (!snap || !cs || !snap.context.game.ending) return void this.scene.start('Title');
    const g = snap.context.game;
    const endingTitle = cs.endingById.get(g.ending!.id)?.title ?? g.ending!.id;
    this.begin(`${t.debrief.heading} \u2014 ${endingTitle}`);
    this.detail = null;
    this.decisions = g.log.filter((r) => r.choice !== null);
    this.index = 0;
    fitSize(text(this, textX(40), 14, `${t.debrief.heading} \u2014 ${endingTitle}`, { size: FONT.h2, serif: true, bold: true, color: C.text }), 1200, 18);
    const panel = (x: number, y: number, w: number, hh: number) => {
      const p = this.add.graphics();
      p.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(x, w), y, w, hh, 10);
      p.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(x, w), y, w, hh, 10);
    };
    panel(24, 60, 700, 276);
    panel(736, 60, 520, 276);
    panel(24, PANEL_Y, 1232, PANEL_H);
    const series = (['west', 'russia', 'elites'] as const).map((stat) => ({ stat, name: statName(cs, stat), values: [g.start[stat] ?? 0, ...g.log.map((r) => r.stats[stat] ?? 0)] }));
    this.chart = new Chart(this, boxX(28, 692), 68, 692, 264, series, cs.lastTurn);
    const replay = recordOf(g, session.settings);
    const code = encodeRecordCode(replay, g, session.scenario!);
    this.drawCode(g.seed, session.scenario!.difficulties.find((d) => d.id === g.difficulty)?.name ?? g.difficulty, code);
    this.handIn = new HandInFile(this, g, replay, (file) => this.say?.(t.debrief.fileSaved(file), true));
    this.drawReplayActions(code);
    mirror.setSections([
      { heading: t.debrief.chart, lines: series.map((s) => t.debrief.chartLabel(s.name, s.values.join(', '))) },
      { heading: t.debrief.replay, lines: [t.fmt.valueLine(t.debrief.seed, g.seed)], nodes: [h('textarea', { readonly: 'true', 'aria-label': t.debrief.replay, rows: '3', dir: 'ltr' }, code)] },
      { id: 'sb-decision', heading: t.debrief.timeline },
    ]);
    this.drawButtons();
    this.whatIf = new WhatIf(this);
    if (this.decisions.length) {
      const w = 200;
      const b = new Button(this, { x: boxX(1256 - 20 - w, w), y: PANEL_Y + 8, w, h: 40, label: t.fmt.withKey(t.debrief.whatIf, t.keys.whatIf), size: FONT.small });
      controls.add({ id: 'what-if', label: t.debrief.whatIf, widget: b, action: () => this.whatIf?.open(g, this.index) });
      const aw = 280;
      const a = new Button(this, { x: boxX(1256 - 20 - w - 10 - aw, aw), y: PANEL_Y + 8, w: aw, h: 40, label: t.fmt.withKey(t.analysis.open, t.analysis.key), size: FONT.small });
      a.setName('button-analysis');
      controls.add({ id: 'analysis', label: t.analysis.open, description: t.analysis.openHelp, widget: a, action: () => openAnalysis(this, (m) => this.say?.(m, false)) });
    }
    this.show(0);
    // While a panel is open (what if, or saving the file to hand in), the keys belong to it.
    const panelOpen = () => !!(this.whatIf?.isOpen || this.handIn?.isOpen);
    keys.set({
      page: (step) => (panelOpen() ? undefined : this.show(this.index + step)),
      digit: (n) => this.whatIf?.isOpen && this.whatIf.pick(n),
      scroll: (step) => this.scroll?.page(step),
      escape: () => (this.whatIf?.isOpen ? this.whatIf.close() : this.handIn?.isOpen ? this.handIn.close() : this.scene.start('Ending')),
      letters: this.decisions.length
        ? { [t.keys.whatIf.toLowerCase()]: () => panelOpen() || this.whatIf?.open(g, this.index), [t.analysis.key.toLowerCase()]: () => panelOpen() || openAnalysis(this, (m) => this.say?.(m, false)) }
        : undefined,
    });
    controls.focus('next');
  }

  private drawCode(seed: string, difficulty: string, code: string): void {
    const { controls, mirror } = app();
    const x = 756;
    const w = 480;
    text(this, textX(x), 70, t.debrief.seed.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    text(this, textX(x), 94, t.fmt.pair(seed, difficulty), { size: FONT.h3, bold: true, color: C.text, wrap: w });
    text(this, textX(x), 130, t.debrief.replay.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    // The code in full, in a small scrolling window (the accessible layer has it in a text box to copy).
    const box = new ScrollPanel(this, boxX(x, w), 154, w, 72);
    const codeText = this.add.text(0, 0, code.replace(/(.{38})/g, '$1\n'), { fontFamily: `"DejaVu Sans Mono", Consolas, monospace`, fontSize: '18px', color: '#e8e2d4', lineSpacing: 4, rtl: false, resolution: getRenderScale() });
    // The code reads left to right in every language; in right-to-left the scroll bar is on the left.
    if (isRtl()) codeText.setX(ScrollPanel.GUTTER);
    box.content.add(codeText);
    box.setContentHeight(codeText.height);
    const status = text(this, textX(x), 232, '', { size: FONT.small, color: C.muted, wrap: w });
    this.status = status;
    const say = (s: string, ok: boolean) => {
      status.setText(s);
      status.setColor(ok ? '#9fd8b4' : '#ff9f8a');
      if (ok) mirror.announce(s);
      else mirror.alertNow([s]);
    };
    this.say = say;
    const copy = new Button(this, { x: boxX(x, 150), y: 284, w: 150, h: 44, label: t.debrief.copy, size: FONT.small });
    controls.add({
      id: 'copy',
      label: t.debrief.copy,
      widget: copy,
      action: () => {
        if (!navigator.clipboard) return say(t.debrief.copyFailed, false);
        navigator.clipboard
          .writeText(code)
          .then(() => say(t.debrief.copied, true))
          .catch(() => say(t.debrief.copyFailed, false));
      },
    });
  }

  /** Beside "copy": the replay as a file to hand in, and the same game in the teachers' replay viewer. */
  private drawReplayActions(code: string): void {
    const { controls, mirror } = app();
    const x = 756;
    const file = new Button(this, { x: boxX(x + 158, 150), y: 284, w: 150, h: 44, label: t.debrief.saveFile, size: FONT.small });
    controls.add({
      id: 'save-file',
      label: t.debrief.saveFile,
      description: t.debrief.saveFileHelp,
      widget: file,
      action: () => this.handIn?.open(),
    });
    const viewer = new Button(this, { x: boxX(x + 316, 164), y: 284, w: 164, h: 44, label: t.debrief.openViewer, size: FONT.small });
    controls.add({
      id: 'open-viewer',
      label: t.debrief.openViewer,
      description: t.debrief.openViewerHelp,
      widget: viewer,
      action: () => window.open(`teacher.html#viewer?code=${encodeURIComponent(code)}`, '_blank', 'noopener'),
    });
  }

  private drawButtons(): void {
    const { controls } = app();
    const y = HEIGHT - 66;
    // The arrows point the way the decisions run: leftwards for "next" in a right-to-left language.
    const [back, forward] = isRtl() ? ['\u2192', '\u2190'] : ['\u2190', '\u2192'];
    const defs: [string, string, () => void, number][] = [
      ['prev', `${back} ${t.debrief.prev}`, () => this.show(this.index - 1), 210],
      ['next', `${t.debrief.next} ${forward}`, () => this.show(this.index + 1), 210],
      ['again', t.debrief.again, () => playAgain(this, true), 230],
      ['new', t.debrief.newGame, () => playAgain(this, false), 220],
      ['back', t.debrief.back, () => this.scene.start('Ending'), 170],
      ['title', t.debrief.title, () => this.scene.start('Title'), 150],
    ];
    let x = 24;
    for (const [id, label, action, w] of defs) {
      const b = new Button(this, { x: boxX(x, w), y, w, h: 50, label, size: FONT.small, variant: id === 'prev' || id === 'next' ? 'normal' : 'quiet' });
      b.setName(`button-${id}`);
      controls.add({ id, label, widget: b, action });
      x += w + 8;
    }
  }

  /** Every stat as it stood after a turn opened (the base of the elite meter's own line). */
  private statsAfterBriefing(rec: TurnRecord): Record<string, number> {
    const g = app().session.snapshot()!.context.game;
    const at = g.log.indexOf(rec);
    const after = { ...(at > 0 ? g.log[at - 1]!.stats : g.start) };
    for (const ch of rec.briefing) after[ch.stat] = ch.after;
    return after;
  }

  private show(i: number): void {
    const { controls, session } = app();
    const cs = session.cs!;
    const n = this.decisions.length;
    this.index = n ? Math.max(0, Math.min(n - 1, i)) : 0;
    this.detail?.destroy();
    for (let k = 0; k < 12; k++) controls.remove(`history-source-${k}`);
    const c = this.add.container(0, 0);
    this.detail = c;
    const section = document.getElementById('sb-decision');
    if (!n) {
      c.add(text(this, textX(44), PANEL_Y + 20, t.debrief.noDecisions, { size: FONT.body, color: C.muted }));
      section?.replaceChildren(h('h2', {}, t.debrief.timeline), h('p', {}, t.debrief.noDecisions));
      return;
    }
    const rec = this.decisions[this.index]!;
    this.chart.select(rec.turn);
    const card = cs.cardById.get(rec.card!)!;
    const chosen = card.choices.find((x) => x.id === rec.choice)!;
    const heading = t.debrief.entry(rec.turn, monthOf(cs, rec.turn), card.title);
    c.add(text(this, textX(44), PANEL_Y + 14, `${t.debrief.timeline.toUpperCase()}${t.sep}${t.debrief.position(this.index + 1, n)}`, { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 }));
    // The decision in full, in a scrolling window: every change that moved a meter, and the history with its sources.
    const panel = new ScrollPanel(this, boxX(36, 1208), PANEL_Y + 52, 1208, PANEL_H - 60);
    this.scroll = panel;
    c.add(panel);
    const p = panel.content;
    const span = 1208;
    const lx = 8;
    const lw = 560;
    const rx = 600;
    const rw = panel.innerW - rx - 8;
    const add = (x: number, y: number, s: string, o: Parameters<typeof text>[4]) => {
      const obj = text(this, textX(x, span), y, s, o);
      p.add(obj);
      return obj;
    };
    const head = add(lx, 0, heading, { size: FONT.h3, serif: true, bold: true, color: C.text, wrap: panel.innerW - 16 });
    const you = add(lx, head.height + 8, t.debrief.youChose(chosen.label), { size: FONT.small, bold: true, color: C.text, wrap: lw });
    let y = you.y + you.height + 12;
    add(lx, y, t.debrief.why.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    y += 28;
    const lines = [...changeLines(cs, rec.briefing, this.statsAfterBriefing(rec)), ...changeLines(cs, rec.changes, rec.stats)];
    const why = lines.map((l) => `${changeWords(cs, l)} \u2014 ${l.kind === 'choice' ? t.outcome.cause.choice : l.cause || t.outcome.cause[l.kind]}`);
    lines.forEach((l, i) => {
      const row = add(lx, y, why[i]!, { size: FONT.small, color: TONE_COLOUR[toneOf(cs, l)], wrap: lw });
      y += row.height + 6;
    });
    const hist = card.history;
    const theirs = hist.choice ? card.choices.find((x) => x.id === hist.choice) : undefined;
    let hy = you.y;
    const historyHeading = theirs && hist.choiceIs === 'claim' ? t.debrief.historyRecordShows : t.debrief.history;
    add(rx, hy, historyHeading.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
    hy += 28;
    const histLines = [theirs ? `${(hist.choiceIs === 'claim' ? t.debrief.historyClaim : t.debrief.historyChoice)(theirs.label)}${theirs.id === rec.choice ? ` \u2014 ${t.debrief.sameChoice}` : ''}` : '', hist.text].filter(Boolean);
    if (theirs) hy += add(rx, hy, histLines[0]!, { size: FONT.small, bold: true, color: C.text, wrap: rw }).height + 6;
    hy += add(rx, hy, hist.text, { size: FONT.small, serif: true, italic: true, color: C.text, wrap: rw }).height + 10;
    const sources = sourcesFor(cs.data, hist.sources);
    hy = addSourceLinks(this, controls, 'history-source', sources, textX(rx, span), hy, rw, p);
    panel.setContentHeight(Math.max(y, hy) + 8);
    controls.setDisabled('prev', this.index === 0);
    controls.setDisabled('next', this.index === n - 1);
    section?.replaceChildren(
      h('h2', {}, `${t.debrief.timeline}: ${heading}`),
      h('p', {}, t.debrief.youChose(chosen.label)),
      h('h3', {}, t.debrief.why),
      ...why.map((l) => h('p', {}, l)),
      h('h3', {}, historyHeading),
      ...histLines.map((l) => h('p', {}, l)),
      h('h3', {}, t.debrief.sources),
      ...sources.map((s) => h('p', {}, s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title, sourceByline(s) ? ` (${sourceByline(s)})` : '')),
    );
    app().mirror.announce(`${heading}. ${t.debrief.youChose(chosen.label)}`);
  }
}
