import type Phaser from 'phaser';
import { recordOf, type GameRecord, type TurnRecord } from '../../engine';
import { encodeRecordCode, recordFileName, recordJson } from '../../app';
import { statName } from '../../app';
import { h } from '../a11y/dom-mirror';
import { addSourceLinks, sourcesFor } from '../a11y/links';
import { app } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, HEIGHT } from '../theme';
import { changeLine, monthOf, statKind } from '../view-model';
import { Button } from '../widgets/Button';
import { Chart } from '../widgets/Chart';
import { fitSize, fitText, fitWidth, text } from '../widgets/text';
import { BaseScene } from './base';
import { playAgain } from './Ending';
import { WhatIf } from './what-if';

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
  private status: Phaser.GameObjects.Text | null = null;

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
    text(this, textX(44), 70, t.debrief.chart.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 });
    this.chart = new Chart(this, boxX(28, 692), 78, 692, 256, series, cs.lastTurn);
    const replay = recordOf(g, session.settings);
    const code = encodeRecordCode(replay, g, session.scenario!);
    this.drawCode(g.seed, session.scenario!.difficulties.find((d) => d.id === g.difficulty)?.name ?? g.difficulty, code);
    this.drawReplayActions(replay, code);
    mirror.setSections([
      { heading: t.debrief.chart, lines: series.map((s) => t.debrief.chartLabel(s.name, s.values.join(', '))) },
      { heading: t.debrief.replay, lines: [`${t.debrief.seed}: ${g.seed}`], nodes: [h('textarea', { readonly: 'true', 'aria-label': t.debrief.replay, rows: '3' }, code)] },
      { id: 'sb-decision', heading: t.debrief.timeline },
    ]);
    this.drawButtons();
    this.whatIf = new WhatIf(this);
    if (this.decisions.length) {
      const w = 200;
      const b = new Button(this, { x: boxX(1256 - 20 - w, w), y: PANEL_Y + 10, w, h: 40, label: t.fmt.withKey(t.debrief.whatIf, t.keys.whatIf), size: 15 });
      controls.add({ id: 'what-if', label: t.debrief.whatIf, widget: b, action: () => this.whatIf?.open(g, this.index) });
    }
    this.show(0);
    keys.set({
      page: (step) => (this.whatIf?.isOpen ? undefined : this.show(this.index + step)),
      escape: () => (this.whatIf?.isOpen ? this.whatIf.close() : this.scene.start('Ending')),
      letters: this.decisions.length ? { [t.keys.whatIf.toLowerCase()]: () => this.whatIf?.isOpen || this.whatIf?.open(g, this.index) } : undefined,
    });
    controls.focus('next');
  }

  private drawCode(seed: string, difficulty: string, code: string): void {
    const { controls, mirror } = app();
    const x = 756;
    const w = 480;
    text(this, textX(x), 72, t.debrief.seed.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 });
    text(this, textX(x), 92, t.fmt.pair(seed, difficulty), { size: FONT.h3, bold: true, color: C.text });
    text(this, textX(x), 132, t.debrief.replay.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 });
    const codeText = this.add.text(boxX(x, 0), 152, code.replace(/(.{52})/g, '$1\n'), { fontFamily: `"DejaVu Sans Mono", Consolas, monospace`, fontSize: '13px', color: '#e8e2d4', lineSpacing: 3, rtl: false });
    codeText.setOrigin(boxX(0, 0, 1) ? 1 : 0, 0);
    fitText(codeText, 94, 10);
    const status = text(this, textX(x), 250, '', { size: FONT.tiny, color: C.muted, wrap: w });
    this.status = status;
    const copy = new Button(this, { x: boxX(x, 150), y: 276, w: 150, h: 46, label: t.debrief.copy, size: 15 });
    controls.add({
      id: 'copy',
      label: t.debrief.copy,
      widget: copy,
      action: () => {
        navigator.clipboard
          ?.writeText(code)
          .then(() => status.setText(t.debrief.copied))
          .catch(() => status.setText(t.debrief.copyFailed))
          .finally(() => mirror.announce(status.text));
        if (!navigator.clipboard) status.setText(t.debrief.copyFailed);
      },
    });
  }

  /** Beside "copy": the replay as a file to hand in, and the same game in the teachers' replay viewer. */
  private drawReplayActions(replay: GameRecord, code: string): void {
    const { controls, mirror } = app();
    const x = 756;
    const file = new Button(this, { x: boxX(x + 158, 150), y: 276, w: 150, h: 46, label: t.debrief.saveFile, size: 15 });
    controls.add({
      id: 'save-file',
      label: t.debrief.saveFile,
      description: t.debrief.saveFileHelp,
      widget: file,
      action: () => {
        const blob = new Blob([recordJson(replay)], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = recordFileName(replay);
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
        this.status?.setText(t.debrief.fileSaved(a.download));
        mirror.announce(t.debrief.fileSaved(a.download));
      },
    });
    const viewer = new Button(this, { x: boxX(x + 316, 164), y: 276, w: 164, h: 46, label: t.debrief.openViewer, size: 15 });
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
    const defs: [string, string, () => void, number][] = [
      ['prev', `\u2190 ${t.debrief.prev}`, () => this.show(this.index - 1), 210],
      ['next', `${t.debrief.next} \u2192`, () => this.show(this.index + 1), 210],
      ['again', t.debrief.again, () => playAgain(this, true), 230],
      ['new', t.debrief.newGame, () => playAgain(this, false), 220],
      ['back', t.debrief.back, () => this.scene.start('Ending'), 170],
      ['title', t.debrief.title, () => this.scene.start('Title'), 150],
    ];
    let x = 24;
    for (const [id, label, action, w] of defs) {
      const b = new Button(this, { x: boxX(x, w), y, w, h: 50, label, size: 15, variant: id === 'prev' || id === 'next' ? 'normal' : 'quiet' });
      controls.add({ id, label, widget: b, action });
      x += w + 8;
    }
  }

  private show(i: number): void {
    const { controls, session } = app();
    const cs = session.cs!;
    const n = this.decisions.length;
    this.index = n ? Math.max(0, Math.min(n - 1, i)) : 0;
    this.detail?.destroy();
    for (let k = 0; k < 8; k++) controls.remove(`history-source-${k}`);
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
    const top = PANEL_Y + 14;
    const lx = 44;
    const lw = 580;
    const rx = 660;
    const rw = 576;
    c.add(text(this, textX(lx), top, `${t.debrief.timeline.toUpperCase()} \u00B7 ${t.debrief.position(this.index + 1, n)}`, { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 }));
    const head = text(this, textX(lx), top + 22, heading, { size: FONT.h3, serif: true, bold: true, color: C.text, wrap: 960 });
    fitText(head, 30, 16);
    const you = text(this, textX(lx), top + 58, t.debrief.youChose(chosen.label), { size: FONT.small + 1, bold: true, color: C.text, wrap: lw });
    fitText(you, 44, 14);
    c.add([head, you]);
    let y = you.y + you.height + 10;
    c.add(text(this, textX(lx), y, t.debrief.why.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 }));
    y += 20;
    const lines = [...rec.briefing, ...rec.changes].map((ch) => changeLine(cs, ch));
    const why = lines.map((l) => `${t.meter.change(l.name, l.delta, l.after)} \u2014 ${l.kind === 'choice' ? t.cause.choice : l.cause || t.cause[l.kind]}`);
    for (const l of why.slice(0, Math.floor((PANEL_Y + PANEL_H - 12 - y) / 21))) {
      const row = text(this, textX(lx), y, l, { size: FONT.tiny + 1, color: C.text });
      fitWidth(row, lw);
      c.add(row);
      y += 21;
    }
    const hist = card.history;
    const theirs = hist.choice ? card.choices.find((x) => x.id === hist.choice) : undefined;
    let hy = top + 58;
    c.add(text(this, textX(rx), hy, t.debrief.history.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 }));
    hy += 20;
    const histLines = [theirs ? `${(hist.choiceIs === 'claim' ? t.debrief.historyClaim : t.debrief.historyChoice)(theirs.label)}${theirs.id === rec.choice ? ` \u2014 ${t.debrief.sameChoice}` : ''}` : '', hist.text].filter(Boolean);
    if (theirs) {
      const l = text(this, textX(rx), hy, histLines[0]!, { size: FONT.small, bold: true, color: C.text, wrap: rw });
      fitText(l, 44, 13);
      c.add(l);
      hy += l.height + 6;
    }
    const sources = sourcesFor(cs.data, hist.sources);
    const body = text(this, textX(rx), hy, hist.text, { size: 16, serif: true, italic: true, color: C.text, wrap: rw });
    fitText(body, PANEL_Y + PANEL_H - 14 - hy - sources.length * 26, 12);
    c.add(body);
    hy += body.height + 8;
    addSourceLinks(this, controls, 'history-source', sources, textX(rx), hy, rw, c);
    controls.setDisabled('prev', this.index === 0);
    controls.setDisabled('next', this.index === n - 1);
    section?.replaceChildren(
      h('h2', {}, `${t.debrief.timeline}: ${heading}`),
      h('p', {}, t.debrief.youChose(chosen.label)),
      h('h3', {}, t.debrief.why),
      ...why.map((l) => h('p', {}, l)),
      h('h3', {}, t.debrief.history),
      ...histLines.map((l) => h('p', {}, l)),
      h('h3', {}, t.debrief.sources),
      ...sources.map((s) => h('p', {}, s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title)),
    );
    app().mirror.announce(`${heading}. ${t.debrief.youChose(chosen.label)}`);
  }
}
