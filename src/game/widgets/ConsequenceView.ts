import Phaser from 'phaser';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT } from '../theme';
import { BOTTOM, FOOTER_H, RW, RX, TONE_COLOUR, TOP, type Line } from './DecisionView';
import { ScrollPanel } from './ScrollPanel';
import { text } from './text';
import { TurnFooter } from './TurnFooter';

// The right side of the turn screen after a decision: what was chosen and its outcome, every meter change with
// its cause (coloured and marked the same way for every stat), policy-track moves and the news, in full.

export interface ConsequenceData {
  card: string;
  choice: string;
  outcome: string;
  /** Each change: its words ("West ▲ +8 → 62 (worse)") and cause. */
  changes: (Line & { cause: string })[];
  tracks: string[];
  news: string[];
}

export class ConsequenceView extends Phaser.GameObjects.Container {
  readonly panel: ScrollPanel;
  readonly footer: TurnFooter;

  constructor(scene: Phaser.Scene, d: ConsequenceData) {
    super(scene, 0, 0);
    scene.add.existing(this);
    this.panel = new ScrollPanel(scene, boxX(RX, RW), TOP, RW, BOTTOM - FOOTER_H - 8 - TOP);
    this.add(this.panel);
    const c = this.panel.content;
    const w = this.panel.innerW;
    const pad = 22;
    const chosen = text(scene, textX(pad, RW), 16, t.turn.chosenOn(d.card).toUpperCase(), { size: FONT.tiny, bold: true, color: 0x6b5d3f, letterSpacing: 2, wrap: w - 2 * pad });
    const label = text(scene, textX(pad, RW), chosen.y + chosen.height + 8, d.choice, { size: FONT.h2, serif: true, bold: true, color: C.ink, wrap: w - 2 * pad });
    const outcome = text(scene, textX(pad, RW), label.y + label.height + 10, d.outcome, { size: FONT.body, serif: true, color: C.ink, wrap: w - 2 * pad, lineSpacing: 6 });
    const cardH = outcome.y + outcome.height + 18;
    const g = scene.add.graphics();
    g.fillStyle(C.paper, 1).fillRoundedRect(boxX(0, w, RW), 0, w, cardH, 6);
    g.fillStyle(C.accent, 1).fillRect(boxX(0, w, RW), 0, w, 4);
    c.add([g, chosen, label, outcome]);
    const listTop = cardH + 12;
    const end = this.drawList(d, listTop + 14, w);
    const panel = scene.add.graphics();
    panel.fillStyle(C.panel, 0.96).fillRoundedRect(boxX(0, w, RW), listTop, w, end + 10 - listTop, 8);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(0, w, RW), listTop, w, end + 10 - listTop, 8);
    c.addAt(panel, 0);
    this.panel.setContentHeight(end + 14);
    this.footer = new TurnFooter(scene, boxX(RX, RW), BOTTOM - FOOTER_H, RW, FOOTER_H, '');
    this.add(this.footer);
  }

  /** Lists every change, track move and piece of news from `top`; returns the y below the last line. */
  private drawList(d: ConsequenceData, top: number, w: number): number {
    const s = this.scene;
    const c = this.panel.content;
    const x = 20;
    const inner = w - 40;
    const numW = 330;
    let y = top;
    const head = (label: string) => {
      c.add(text(s, textX(x, RW), y, label.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 }));
      y += 28;
    };
    const rows = (list: (Line & { cause: string })[]) => {
      for (const ch of list) {
        const what = text(s, textX(x, RW), y, ch.text, { size: FONT.small, bold: true, color: TONE_COLOUR[ch.tone], wrap: numW - 12 });
        const cause = text(s, textX(x + numW, RW), y, ch.cause, { size: FONT.small, color: C.muted, wrap: inner - numW });
        c.add([what, cause]);
        y += Math.max(what.height, cause.height) + 8;
      }
    };
    head(t.turn.changes);
    if (!d.changes.length) {
      c.add(text(s, textX(x, RW), y, t.turn.noChanges, { size: FONT.small, color: C.muted }));
      y += 28;
    }
    rows(d.changes);
    const rest = (items: string[], mark: string, heading: string) => {
      if (!items.length) return;
      y += 8;
      head(heading);
      for (const line of items) {
        const body = text(s, textX(x + 28, RW), y, line, { size: FONT.small, color: C.text, wrap: inner - 28 });
        c.add([text(s, textX(x, RW), y, mark, { size: FONT.small, color: C.accent }), body]);
        y += body.height + 8;
      }
    };
    rest(d.tracks, '\u21C4', t.turn.tracks);
    rest(d.news, '\u25C6', t.turn.newsHeading);
    return y;
  }
}
