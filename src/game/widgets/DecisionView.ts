import Phaser from 'phaser';
import { t } from '../i18n';
import { boxX, grid, textX } from '../layout';
import { C, FONT } from '../theme';
import type { CardView, ChoiceView } from '../view-model';
import { Button } from './Button';
import { fitText, text } from './text';

// The right side of the turn screen before a decision: what changed since last month, the event card,
// the advisors and the choices.

export const RX = 392;
export const RW = 872;
const TOP = 60;
const BOTTOM = 704;
const GAP = 10;
const CAMP_COLOURS = [0xb5654d, 0x4d9fb5];

export function previewText(c: ChoiceView): string {
  if (!c.preview.length) return t.turn.noEffects;
  return c.preview.map((p) => t.turn.previewItem(p.name, p.expected > 0, Math.abs(p.expected) >= 10, p.uncertain)).join('   ');
}

export class DecisionView extends Phaser.GameObjects.Container {
  readonly buttons = new Map<string, Button>();

  constructor(scene: Phaser.Scene, card: CardView, briefing: string[], previews: boolean, campIds: string[]) {
    super(scene, 0, 0);
    scene.add.existing(this);
    let y = TOP;
    if (briefing.length) y += this.briefing(briefing, y) + GAP;
    const n = card.choices.length;
    const rows = Math.ceil(n / 2);
    const choiceH = 84;
    const choicesH = rows * choiceH + (rows - 1) * 8;
    const advRows = Math.ceil(card.advisors.length / 2);
    const advMin = advRows * 92 + Math.max(0, advRows - 1) * 8;
    const cardMax = BOTTOM - choicesH - GAP - (advRows ? advMin + GAP : 0) - y;
    const cardH = this.card(card, y, cardMax);
    y += cardH + GAP;
    if (advRows) {
      const advH = BOTTOM - choicesH - GAP - y;
      this.advisors(card, y, advH, campIds);
      y += advH + GAP;
    }
    this.choices(card, BOTTOM - choicesH, choiceH, previews);
  }

  private briefing(lines: string[], y: number): number {
    const s = this.scene;
    const label = text(s, textX(RX + 14), y + 9, t.turn.briefing.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 });
    const body = text(s, textX(RX + 14), y + 28, lines.join('   \u00B7   '), { size: FONT.small - 1, color: C.text, wrap: RW - 28 });
    fitText(body, 44, 13);
    const h = body.height + 38;
    const g = s.add.graphics();
    g.fillStyle(0x10151b, 0.95).fillRoundedRect(boxX(RX, RW), y, RW, h, 8);
    g.lineStyle(1, C.accent, 0.6).strokeRoundedRect(boxX(RX, RW), y, RW, h, 8);
    this.add([g, label, body]);
    return h;
  }

  private card(card: CardView, y: number, maxH: number): number {
    const s = this.scene;
    const pad = 22;
    const date = text(s, textX(RX + pad), y + 16, card.date.toUpperCase(), { size: FONT.tiny, bold: true, color: 0x6b5d3f, letterSpacing: 2 });
    const title = text(s, textX(RX + pad), y + 38, card.title, { size: FONT.h2, serif: true, bold: true, color: C.ink, wrap: RW - 2 * pad });
    fitText(title, 72, 22);
    const sy = title.y + title.height + 10;
    const situation = text(s, textX(RX + pad), sy, card.situation, { size: 18, serif: true, color: C.ink, wrap: RW - 2 * pad, lineSpacing: 5 });
    fitText(situation, Math.max(40, y + maxH - sy - 18), 14);
    const h = Math.min(maxH, sy + situation.height + 18 - y);
    const g = s.add.graphics();
    g.fillStyle(0x000000, 0.35).fillRoundedRect(boxX(RX, RW) + 4, y + 5, RW, h, 6);
    g.fillStyle(C.paper, 1).fillRoundedRect(boxX(RX, RW), y, RW, h, 6);
    g.lineStyle(1, C.paperEdge, 1).strokeRoundedRect(boxX(RX, RW), y, RW, h, 6);
    g.fillStyle(C.accent, 1).fillRect(boxX(RX, RW), y, RW, 4);
    this.add([g, date, title, situation]);
    return h;
  }

  private advisors(card: CardView, y: number, h: number, campIds: string[]): void {
    const s = this.scene;
    const boxes = grid(RX, y, RW, h, card.advisors.length, 2, 8);
    card.advisors.forEach((a, i) => {
      const b = boxes[i]!;
      const ci = campIds.indexOf(a.campId);
      const colour = ci >= 0 ? CAMP_COLOURS[ci % 2]! : C.muted;
      const g = s.add.graphics();
      g.fillStyle(C.panel, 0.96).fillRoundedRect(b.x, b.y, b.w, b.h, 8);
      g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(b.x, b.y, b.w, b.h, 8);
      g.fillStyle(colour, 1).fillRect(boxX(0, 5, b.w) + b.x, b.y + 8, 5, b.h - 16);
      const span = b.x * 2 + b.w;
      const ix = b.x + 16;
      const iw = b.w - 28;
      const name = text(s, textX(ix, span), b.y + 8, `${a.name}`, { size: FONT.small, bold: true, color: C.text });
      const role = text(s, textX(ix, span), b.y + 29, `${a.role} \u00B7 ${a.camp}`, { size: FONT.tiny, color: C.muted });
      fitText(role, 20, 12);
      const backs = text(s, textX(ix, span), b.y + 48, a.backs ? `\u2192 ${t.turn.backs(a.backs, a.backsLabel)}` : t.turn.backsNone, { size: FONT.tiny, bold: true, color: C.accent });
      if (backs.width > iw) backs.setText(`\u2192 ${t.turn.backs(a.backs, '')}`.replace(/:\s*$/, ''));
      const argues = text(s, textX(ix, span), b.y + 68, a.argues, { size: 15, serif: true, italic: true, color: C.text, wrap: iw });
      fitText(argues, b.h - 74, 13);
      this.add([g, name, role, backs, argues]);
    });
  }

  private choices(card: CardView, y: number, h: number, previews: boolean): void {
    const s = this.scene;
    const rows = Math.ceil(card.choices.length / 2);
    const boxes = grid(RX, y, RW, rows * h + (rows - 1) * 8, card.choices.length, 2, 8);
    card.choices.forEach((c, i) => {
      const b = boxes[i]!;
      const sub = !c.open ? t.turn.closedWhy : previews ? previewText(c) : c.detail || (c.backers.length ? t.turn.backedBy(t.turn.list(c.backers)) : '');
      const btn = new Button(s, { x: b.x, y: b.y, w: b.w, h: b.h, label: c.label, sub: sub || undefined, badge: String(c.n), disabled: !c.open, wrapLines: 2, size: 17 });
      btn.setName(`choice-${c.id}`);
      this.add(btn);
      this.buttons.set(c.id, btn);
    });
  }
}
