import type Phaser from 'phaser';
import type { DecisionOdds, GameAnalysis } from '../../analysis/decision-analysis';
import { balancedEndingsOf } from '../../analysis/scenario-shape';
import type { AnalysisSettings } from '../../app/analysis-runner';
import { recordOf, type GameRecord } from '../../engine/record';
import type { ScrollPanel as ScrollPanelT } from '../widgets/ScrollPanel';
import { BALANCED_COLOUR, REACHED_COLOUR, StripCell } from './DecisionStrip';
import { drawDecision } from './detail';
import { host } from './host';
import { words as tw } from './words';
import { endingKeys, swatch, type EndingKey } from './OddsBar';
import { DEFAULT_SETTINGS, RunPanel, SETTINGS_BOTTOM, settingsRow, statusWords } from './settings';
import { analysisFor, stopAnalysis, stopListening, type AnalysisState } from './store';

// Decision analysis, opened from the debrief once the game is over (never during play): for each decision, how far
// its options moved the odds of the ending reached and of a balanced verdict, over K futures of the game played on
// from there (in workers, src/app/analysis-runner.ts); open one to see every option's odds side by side.

const { app, h, i18n, layout, theme, text: tx, BaseScene, Button, ScrollPanel } = host();
const { isRtl, t } = i18n;
const { boxX, textX } = layout;
const { C, FONT, HEIGHT } = theme;
const { fitSize, text } = tx;

const STRIP_Y = SETTINGS_BOTTOM + 12;
const STRIP_H = 100;
const DETAIL_Y = STRIP_Y + STRIP_H + 12;
const DETAIL_W = 900;
const LEGEND_X = 24 + DETAIL_W + 12;
const LEGEND_W = 1256 - LEGEND_X;

/** The settings last chosen: kept while the page lives (a redraw at another size, a return from the debrief). */
let settings: AnalysisSettings = DEFAULT_SETTINGS;
/** The control to focus when the screen is redrawn for a new setting: the toggle that was pressed. */
let refocus: string | null = null;

export class Analysis extends BaseScene {
  private status!: Phaser.GameObjects.Text;
  private run!: RunPanel;
  private cells: StripCell[] = [];
  private selected = 0;
  private detail: ScrollPanelT | null = null;
  private shown: GameAnalysis | null = null;
  private keysFor: EndingKey[] = [];
  private detailH = 0;
  private legend: ScrollPanelT | null = null;
  private reachedTitle = '';

  constructor() {
    super('Analysis');
  }

  create(): void {
    const { session, mirror, keys, controls } = app();
    const g = session.snapshot()?.context.game;
    const cs = session.cs;
    const scenario = session.scenario;
    if (!g?.ending || !cs || !scenario) return void this.scene.start('Title');
    const endingTitle = cs.endingById.get(g.ending.id)?.title ?? g.ending.id;
    this.begin(tw.heading(endingTitle));
    this.cells = [];
    this.shown = null;
    this.detail = null;
    fitSize(text(this, textX(24), 10, tw.heading(endingTitle), { size: FONT.h2, serif: true, bold: true, color: C.text }), 1232, 18);
    this.status = settingsRow(this, settings, (next) => {
      settings = next;
      refocus = document.activeElement?.getAttribute('data-control') ?? null;
      this.scene.restart();
    });
    const panel = (x: number, y: number, w: number, hh: number) => {
      const p = this.add.graphics();
      p.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(x, w), y, w, hh, 10);
      p.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(x, w), y, w, hh, 10);
    };
    const footerY = HEIGHT - 60;
    const caveat = text(this, textX(24), 0, tw.caveat(settings), { size: FONT.small, color: C.muted, wrap: 1232 });
    caveat.setY(footerY - 8 - caveat.height);
    this.detailH = caveat.y - 8 - DETAIL_Y;
    panel(24, DETAIL_Y, DETAIL_W, this.detailH);
    panel(LEGEND_X, DETAIL_Y, LEGEND_W, this.detailH);
    this.keysFor = endingKeys(scenario, balancedEndingsOf(scenario));
    this.legend = null;
    this.reachedTitle = endingTitle;
    this.drawLegend(endingTitle);
    this.run = new RunPanel(this, 48, DETAIL_Y + 28, 560, (kind) => {
      stopAnalysis(kind === 'run');
      if (kind === 'run') this.scene.restart();
    });
    mirror.setSections([
      { heading: tw.about, lines: [tw.caveat(settings)] },
      { heading: tw.progress, nodes: [this.run.progressNode] },
      { id: 'sb-analysis-timeline', heading: tw.timeline, lines: [tw.timelineHelp] },
      { id: 'sb-analysis-decision' },
    ]);
    this.drawFooter(footerY);
    keys.set({
      page: (step) => this.select(this.selected + step, true),
      scroll: (step) => this.detail?.page(step),
      escape: () => this.back(),
    });
    this.onLeave(stopListening);
    const record: GameRecord = recordOf(g, session.settings);
    this.onState(analysisFor(scenario, record, settings, (s) => this.onState(s)));
    controls.focus(refocus ?? (this.shown ? `analysis-decision-${this.selected}` : 'analysis-action'));
    refocus = null;
  }

  private back(): void {
    stopAnalysis();
    this.scene.start('Debrief');
  }

  /** The key beside the odds: the endings in the open decision's bars (all of them before one is open), then the timeline's. */
  private drawLegend(reached: string, d?: DecisionOdds): void {
    this.legend ??= new ScrollPanel(this, boxX(LEGEND_X + 12, LEGEND_W - 16), DETAIL_Y + 10, LEGEND_W - 16, this.detailH - 20);
    const box = this.legend;
    box.content.removeAll(true);
    const span = box.vw;
    const w = box.innerW - 34;
    let y = 0;
    const add = (obj: Phaser.GameObjects.Text, gap: number) => {
      box.content.add(obj);
      y += obj.height + gap;
    };
    const caption = (s: string) => add(text(this, textX(4, span), y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2, wrap: box.innerW - 8 }), 8);
    const item = (colour: number, s: string) => {
      swatch(this, box.content, colour, boxX(4, 18, span), y + 3);
      add(text(this, textX(30, span), y, s, { size: FONT.small, color: C.text, wrap: w }), 8);
    };
    const shown = d ? this.keysFor.filter((k) => d.options.some((o) => o.open && (o.endings[k.id]?.mean ?? 0) > 0)) : this.keysFor;
    caption(d ? tw.legendHere : tw.legend);
    for (const k of shown) item(k.colour, tw.legendItem(k.title, tw.kinds[k.kind] ?? k.kind));
    y += 10;
    caption(tw.timeline);
    add(text(this, textX(4, span), y, tw.stripHelp, { size: FONT.small, color: C.muted, wrap: box.innerW - 8 }), 8);
    item(REACHED_COLOUR, tw.reachedKey(reached));
    item(BALANCED_COLOUR, tw.balancedKey);
    add(text(this, textX(4, span), y, `\u2605 ${tw.flaggedKey}`, { size: FONT.small, bold: true, color: C.accent, wrap: box.innerW - 8 }), 8);
    box.setContentHeight(y);
    box.scrollTo(0, false);
  }

  private drawFooter(y: number): void {
    const { controls } = app();
    // The arrows point the way the decisions run: leftwards for "next" in a right-to-left language.
    const [back, forward] = isRtl() ? ['\u2192', '\u2190'] : ['\u2190', '\u2192'];
    const defs: [string, string, () => void, number, number][] = [
      ['analysis-prev', `${back} ${t.debrief.prev}`, () => this.select(this.selected - 1, true), 24, 230],
      ['analysis-next', `${t.debrief.next} ${forward}`, () => this.select(this.selected + 1, true), 262, 230],
      ['analysis-back', t.fmt.withKey(tw.back, t.keys.escape), () => this.back(), 1256 - 300, 300],
    ];
    // The keys, between the buttons (the room left there is the hint's width).
    const hint = text(this, textX(508), y, tw.keysHint, { size: FONT.small, color: C.muted, wrap: 1256 - 300 - 16 - 508 });
    hint.setY(y + 25 - hint.height / 2);
    for (const [id, label, action, x, w] of defs) {
      const b = new Button(this, { x: boxX(x, w), y, w, h: 50, label, size: FONT.small, variant: id === 'analysis-back' ? 'quiet' : 'normal' });
      b.setName(`button-${id}`);
      controls.add({ id, label, widget: b, action, disabled: id !== 'analysis-back' });
    }
  }

  private onState(s: AnalysisState): void {
    this.run.show(s);
    this.status.setText(s.status === 'done' ? statusWords(s) : '');
    this.status.setColor('#9fd8b4');
    if (s.status === 'done' && s.result && this.shown !== s.result) this.showResult(s.result);
  }

  private showResult(a: GameAnalysis): void {
    const { controls, mirror, session } = app();
    const cs = session.cs!;
    this.shown = a;
    const n = a.decisions.length;
    const gap = 6;
    const w = Math.min(120, (1232 - gap * Math.max(0, n - 1)) / Math.max(1, n));
    const scale = Math.max(0.2, ...a.decisions.map((d) => Math.max(d.swingReached, d.swingBalanced)));
    const list = h('ol', {});
    a.decisions.forEach((d, i) => {
      const flagged = a.flagged.includes(d.index);
      const cell = new StripCell(this, { x: boxX(24 + i * (w + gap), w), y: STRIP_Y, w, h: STRIP_H, decision: d, flagged, scale });
      this.cells.push(cell);
      const label = tw.decisionButton(d.turn, cs.cardById.get(d.card)?.title ?? d.card, d.swingReached, d.swingBalanced, flagged);
      controls.add({ id: `analysis-decision-${i}`, label, widget: cell, action: () => this.select(i, false) });
      list.append(h('li', {}, label));
    });
    document.getElementById('sb-analysis-timeline')?.append(list);
    this.detail = new ScrollPanel(this, boxX(36, DETAIL_W - 24), DETAIL_Y + 12, DETAIL_W - 24, this.detailH - 24);
    const first = Math.max(0, a.decisions.findIndex((d) => d.index === a.mostDecisive[0]));
    // Focus goes to that decision when it was on Cancel (gone now), never away from a control the player is on.
    this.select(first, !controls.hasFocus());
    const top = a.decisions[first];
    if (top) mirror.announce(tw.doneWords(top.turn, cs.cardById.get(top.card)?.title ?? top.card));
  }

  /** Opens decision i (0-based in the analysis); `focus` moves keyboard focus to its cell. */
  private select(i: number, focus: boolean): void {
    const a = this.shown;
    const { controls, session } = app();
    if (!a || !this.detail || !a.decisions.length) return;
    this.selected = Math.max(0, Math.min(a.decisions.length - 1, i));
    this.cells.forEach((c, k) => c.setSelected(k === this.selected));
    const d = a.decisions[this.selected]!;
    const words = drawDecision(this, this.detail, session.cs!, session.scenario!, a, d, this.keysFor);
    this.drawLegend(this.reachedTitle, d);
    document.getElementById('sb-analysis-decision')?.replaceChildren(h('h2', {}, words.heading), ...words.lines.map((l) => h('p', {}, l)));
    controls.setDisabled('analysis-prev', this.selected === 0);
    controls.setDisabled('analysis-next', this.selected === a.decisions.length - 1);
    if (focus) controls.focus(`analysis-decision-${this.selected}`);
  }
}
