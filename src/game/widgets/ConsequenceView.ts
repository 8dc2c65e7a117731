import Phaser from 'phaser';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT } from '../theme';
import type { ChangeLine } from '../view-model';
import { Button } from './Button';
import { RW, RX } from './DecisionView';
import { fitText, fitWidth, text } from './text';

// The right side of the turn screen after a decision: what was chosen and its outcome, every meter change
// with its cause, policy-track moves, and the news (uncertain effects resolved, delayed ones announced).

const TOP = 60;
const BOTTOM = 704;

export interface ConsequenceData {
  card: string;
  choice: string;
  outcome: string;
  changes: (ChangeLine & { tension: boolean })[];
  tracks: string[];
  news: string[];
  continueLabel: string;
}

export class ConsequenceView extends Phaser.GameObjects.Container {
  readonly continueButton: Button;

  constructor(scene: Phaser.Scene, d: ConsequenceData) {
    super(scene, 0, 0);
    scene.add.existing(this);
    const pad = 22;
    const chosen = text(scene, textX(RX + pad), TOP + 16, t.turn.chosenOn(d.card).toUpperCase(), { size: FONT.tiny, bold: true, color: 0x6b5d3f, letterSpacing: 2 });
    fitWidth(chosen, RW - 2 * pad);
    const label = text(scene, textX(RX + pad), TOP + 38, d.choice, { size: FONT.h2, serif: true, bold: true, color: C.ink, wrap: RW - 2 * pad });
    fitText(label, 70, 20);
    const outcome = text(scene, textX(RX + pad), label.y + label.height + 10, d.outcome, { size: 18, serif: true, color: C.ink, wrap: RW - 2 * pad, lineSpacing: 5 });
    fitText(outcome, 130, 14);
    const cardH = outcome.y + outcome.height + 18 - TOP;
    const g = scene.add.graphics();
    g.fillStyle(0x000000, 0.35).fillRoundedRect(boxX(RX, RW) + 4, TOP + 5, RW, cardH, 6);
    g.fillStyle(C.paper, 1).fillRoundedRect(boxX(RX, RW), TOP, RW, cardH, 6);
    g.fillStyle(C.accent, 1).fillRect(boxX(RX, RW), TOP, RW, 4);
    this.add([g, chosen, label, outcome]);

    const listTop = TOP + cardH + 12;
    const buttonH = 60;
    const listBottom = BOTTOM - buttonH - 12;
    const end = this.drawList(d, listTop + 14, listBottom - 10);
    const panelH = Math.max(140, end + 14 - listTop);
    const panel = scene.add.graphics();
    panel.fillStyle(C.panel, 0.96).fillRoundedRect(boxX(RX, RW), listTop, RW, panelH, 8);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(RX, RW), listTop, RW, panelH, 8);
    this.add(panel);
    this.sendToBack(panel);

    const bw = 320;
    this.continueButton = new Button(scene, { x: boxX(RX + RW - bw, bw), y: BOTTOM - buttonH, w: bw, h: buttonH, label: t.fmt.withKey(d.continueLabel, t.keys.enter), variant: 'primary', size: FONT.h3 });
    this.continueButton.setName('continue');
    this.add(this.continueButton);
  }

  /** Lists the changes, track moves and news from `top`; returns the y below the last line. */
  private drawList(d: ConsequenceData, top: number, bottom: number): number {
    const s = this.scene;
    const x = RX + 20;
    const w = RW - 40;
    let y = top;
    const head = (label: string) => {
      this.add(text(s, textX(x), y, label.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 }));
      y += 22;
    };
    const rows = d.changes.length + d.tracks.length + d.news.length;
    const rowH = Math.max(22, Math.min(34, (bottom - top - 70) / Math.max(1, rows)));
    const size = rowH >= 31 ? 19 : rowH >= 26 ? 17 : 15;
    const numX = size >= 19 ? 330 : 290;
    const causeX = size >= 19 ? 470 : 410;
    let hidden = 0;
    const room = () => y + rowH <= bottom;
    head(t.turn.changes);
    if (!d.changes.length) {
      this.add(text(s, textX(x), y, t.turn.noChanges, { size, color: C.muted }));
      y += rowH;
    }
    for (const c of d.changes) {
      if (!room()) {
        hidden++;
        continue;
      }
      const worse = c.tension ? c.delta > 0 : null;
      const colour = worse === null ? C.neutral : worse ? C.up : C.down;
      const arrow = text(s, textX(x), y, c.delta > 0 ? t.up : t.down, { size, color: colour });
      const name = text(s, textX(x + 26), y, c.name, { size, bold: true, color: C.text });
      fitWidth(name, numX - 36);
      const num = text(s, textX(x + numX), y, `${t.signed(c.delta)} \u2192 ${c.after}`, { size, bold: true, color: colour });
      const cause = text(s, textX(x + causeX), y, c.cause, { size: size - 1, color: C.muted });
      fitWidth(cause, w - causeX);
      this.add([arrow, name, num, cause]);
      y += rowH;
    }
    const rest = (items: string[], mark: string, heading: string) => {
      if (!items.length) return;
      y += 6;
      if (y + 22 + rowH > bottom) {
        hidden += items.length;
        return;
      }
      head(heading);
      for (const line of items) {
        if (!room()) {
          hidden++;
          continue;
        }
        const body = text(s, textX(x + 26), y, line, { size, color: C.text, wrap: w - 26 });
        fitText(body, Math.max(rowH, bottom - y - 4 < rowH * 2 ? rowH : rowH * 2), 13);
        this.add([text(s, textX(x), y, mark, { size, color: C.accent }), body]);
        y += Math.max(rowH, body.height + 4);
      }
    };
    rest(d.tracks, '\u21C4', t.turn.tracks);
    rest(d.news, '\u25C6', t.turn.newsHeading);
    if (hidden) this.add(text(s, textX(x + w), bottom - 18, t.fmt.more(hidden), { size: FONT.tiny, color: C.muted, align: 'end' }));
    return hidden ? bottom : y;
  }
}
