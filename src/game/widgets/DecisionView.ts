import Phaser from 'phaser';
import { previewItem } from '../../app/preview';
import { isRtl, t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT } from '../theme';
import type { AdvisorView, CardView, ChoiceView } from '../view-model';
import { ChoiceCard } from './ChoiceCard';
import { addPortrait, campColour, campIcon } from './portrait';
import { ScrollPanel } from './ScrollPanel';
import { text } from './text';
import { TurnFooter } from './TurnFooter';

// The right side of the turn screen before a decision, in one scrolling column so that every word is shown whole:
// what changed since last month beside next month's forecast, the event card, the advisors and the choices.

export const RX = 392;
export const RW = 872;
export const TOP = 60;
export const FOOTER_H = 56;
export const BOTTOM = 704;
const GAP = 12;

export interface Line {
  text: string;
  tone: 'better' | 'worse' | 'neutral';
}

export const TONE_COLOUR = { better: 0x9fd8b4, worse: 0xff9f8a, neutral: C.text } as const;

/** A choice's likely effects in full, the largest first (no item is ever left out). */
export function previewText(c: ChoiceView): string {
  if (!c.preview.length) return t.turn.noEffects;
  return c.preview.map((p) => previewItem(p.name, p, t.outcome.marks).replace(/ /g, '\u00A0')).join('   ');
}

export interface DecisionData {
  card: CardView;
  theme: string;
  briefing: Line[];
  forecast: Line[];
  previews: boolean;
  campIds: string[];
  /** Why each locked choice is locked, by choice id. */
  lockedWhy: Map<string, string>;
  /** Choices likely to end the game (with previews), by choice id. */
  risks: Map<string, string>;
  hint: string;
}

export class DecisionView extends Phaser.GameObjects.Container {
  readonly buttons = new Map<string, ChoiceCard>();
  readonly panel: ScrollPanel;
  readonly footer: TurnFooter;
  /** What the footer says while no choice waits for confirmation. */
  readonly hint: string;

  constructor(scene: Phaser.Scene, d: DecisionData) {
    super(scene, 0, 0);
    scene.add.existing(this);
    const colH = BOTTOM - FOOTER_H - 8 - TOP;
    const w = RW - ScrollPanel.GUTTER;
    const span = RW;
    // The choices stay in view under the scrolling text when they take at most about half the column; else they scroll too.
    const choices = this.choiceCards(d, w, span);
    const fixed = choices.h <= colH * 0.56;
    this.panel = new ScrollPanel(scene, boxX(RX, RW), TOP, RW, fixed ? colH - choices.h - 8 : colH);
    this.add(this.panel);
    let y = 0;
    y += this.strip(d.briefing, d.forecast, y, w, span) + GAP;
    y += this.cardBox(d.card, d.theme, y, w, span) + GAP;
    // Scrolling with the text, the choices come straight after the card (so they are reached soonest), then the advisors.
    if (fixed) {
      choices.box.setPosition(boxX(RX, RW), TOP + colH - choices.h);
      this.add(choices.box);
    } else {
      choices.box.setPosition(0, y);
      this.c.add(choices.box);
      y += choices.h + GAP;
    }
    if (d.card.advisors.length) y += this.advisors(d.card.advisors, d.campIds, y, w, span) + GAP;
    this.panel.setContentHeight(y + 8);
    this.hint = d.previews ? `${d.hint}${t.sep}${t.turn.previewLegend}` : d.hint;
    this.footer = new TurnFooter(scene, boxX(RX, RW), BOTTOM - FOOTER_H, RW, FOOTER_H, this.hint);
    this.add(this.footer);
  }

  private get c(): Phaser.GameObjects.Container {
    return this.panel.content;
  }

  /** Local x inside the panel's content for a box of width bw at x from its start edge. */
  private bx(x: number, bw: number, span: number): number {
    return boxX(x, bw, span);
  }

  private lineList(title: string, lines: Line[], x: number, y: number, w: number, span: number): number {
    const s = this.scene;
    this.c.add(text(s, textX(x, span), y, title.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 }));
    let ly = y + 28;
    for (const l of lines) {
      const body = text(s, textX(x, span), ly, l.text, { size: FONT.small, color: TONE_COLOUR[l.tone], wrap: w });
      this.c.add(body);
      ly += body.height + 4;
    }
    return ly - y;
  }

  /** Since last month (every line) beside next month's forecast. */
  private strip(briefing: Line[], forecast: Line[], y: number, w: number, span: number): number {
    const s = this.scene;
    const pad = 14;
    const two = briefing.length > 0;
    const colW = two ? Math.floor((w - 3 * pad) * 0.56) : w - 2 * pad;
    const rightW = w - 3 * pad - colW;
    const left = two ? this.lineList(t.turn.briefing, briefing, pad, y + 10, colW, span) : 0;
    const right = this.lineList(t.forecast.heading, forecast, two ? 2 * pad + colW : pad, y + 10, two ? rightW : colW, span);
    const h = Math.max(left, right) + 14;
    const g = s.add.graphics();
    g.fillStyle(0x10151b, 0.95).fillRoundedRect(this.bx(0, w, span), y, w, h, 8);
    g.lineStyle(1, C.accent, 0.6).strokeRoundedRect(this.bx(0, w, span), y, w, h, 8);
    if (two) g.lineStyle(1, C.panelEdge, 1).lineBetween(this.bx(pad + colW + pad / 2, 0, span), y + 10, this.bx(pad + colW + pad / 2, 0, span), y + h - 10);
    this.c.addAt(g, 0);
    return h;
  }

  private cardBox(card: CardView, theme: string, y: number, w: number, span: number): number {
    const s = this.scene;
    const pad = 22;
    const iconW = 56;
    // A long date ("Autumn 2022 (what Iran's officials said…)") wraps beside the theme icon; the title follows it.
    const date = text(s, textX(pad, span), y + 16, card.date.toUpperCase(), { size: FONT.tiny, bold: true, color: 0x6b5d3f, letterSpacing: 2, wrap: w - 2 * pad - iconW });
    const title = text(s, textX(pad, span), Math.max(y + 42, date.y + date.height + 2), card.title, { size: FONT.h2, serif: true, bold: true, color: C.ink, wrap: w - 2 * pad - iconW });
    const situation = text(s, textX(pad, span), title.y + title.height + 10, card.situation, { size: FONT.body, serif: true, color: C.ink, wrap: w - 2 * pad, lineSpacing: 6 });
    const h = situation.y + situation.height + 18 - y;
    const g = s.add.graphics();
    g.fillStyle(0x000000, 0.35).fillRoundedRect(this.bx(0, w, span) + 4, y + 5, w, h, 6);
    g.fillStyle(C.paper, 1).fillRoundedRect(this.bx(0, w, span), y, w, h, 6);
    g.lineStyle(1, C.paperEdge, 1).strokeRoundedRect(this.bx(0, w, span), y, w, h, 6);
    g.fillStyle(C.accent, 1).fillRect(this.bx(0, w, span), y, w, 4);
    const ix = this.bx(w - pad - iconW, iconW, span) + iconW / 2;
    g.fillStyle(0x1f2328, 1).fillCircle(ix, y + 40, iconW / 2);
    this.c.add([g, date, title, situation]);
    const key = `icon-theme-${theme}`;
    if (s.textures.exists(key)) {
      const img = s.add.image(ix, y + 40, key).setDisplaySize(34, 34);
      img.setName(`theme-${theme}`);
      this.c.add(img);
    }
    return h;
  }

  private advisors(list: AdvisorView[], campIds: string[], y: number, w: number, span: number): number {
    const s = this.scene;
    const colW = (w - 10) / 2;
    let rowY = y;
    for (let r = 0; r < list.length; r += 2) {
      const row = list.slice(r, r + 2).map((a, i) => {
        const x = i * (colW + 10);
        const colour = campColour(campIds, a.campId);
        const ix = 18 + 64;
        const iw = colW - ix - 14;
        const parts: Phaser.GameObjects.Text[] = [];
        let ty = rowY + 10;
        // Name and role share a line when they fit, as do the camp and the option backed; else each wraps below.
        const name = text(s, textX(x + ix, span), ty, a.name, { size: FONT.small, bold: true, color: C.text, wrap: iw });
        const role = text(s, 0, 0, a.role, { size: FONT.small, color: C.muted });
        if (name.width + 10 + role.width <= iw) {
          role.setPosition(textX(x + ix + name.width + 10, span), ty);
          ty += Math.max(name.height, role.height) + 4;
        } else {
          role.setWordWrapWidth(iw, true).setPosition(textX(x + ix, span), ty + name.height + 2);
          ty = role.y + role.height + 4;
        }
        const camp = text(s, textX(x + ix, span), ty, a.camp.toUpperCase(), { size: FONT.tiny, bold: true, color: colour, letterSpacing: 1, wrap: iw });
        const backs = text(s, 0, 0, a.backs ? `${isRtl() ? '\u2190' : '\u2192'} ${t.turn.backs(a.backs, a.backsLabel)}` : t.turn.backsNone, { size: FONT.small, bold: true, color: C.accent });
        if (camp.width + 12 + backs.width <= iw) {
          backs.setPosition(textX(x + ix + camp.width + 12, span), ty);
          ty += Math.max(camp.height, backs.height) + 6;
        } else {
          ty += camp.height + 2;
          backs.setWordWrapWidth(iw, true).setPosition(textX(x + ix, span), ty);
          ty += backs.height + 6;
        }
        const argues = text(s, textX(x + 18, span), Math.max(ty, rowY + 80), t.fmt.paraphrase(a.argues), { size: FONT.small, serif: true, color: C.text, wrap: colW - 32 });
        parts.push(name, role, camp, backs, argues);
        return { x, colour, parts, bottom: argues.y + argues.height + 12, name: a.name, campId: a.campId };
      });
      const h = Math.max(...row.map((x) => x.bottom)) - rowY;
      for (const a of row) {
        const g = s.add.graphics();
        const bx = this.bx(a.x, colW, span);
        g.fillStyle(C.panel, 0.96).fillRoundedRect(bx, rowY, colW, h, 8);
        g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(bx, rowY, colW, h, 8);
        g.fillStyle(a.colour, 1).fillRect(this.bx(a.x, 5, span), rowY + 8, 5, h - 16);
        this.c.add(g);
        addPortrait(s, this.c, this.bx(a.x + 18, 56, span) + 28, rowY + 42, 56, a.colour, campIcon(campIds, a.campId), a.name);
        this.c.add(a.parts);
      }
      rowY += h + 8;
    }
    return rowY - 8 - y;
  }

  /** The choice cards in rows of two, each row as tall as its taller card, in a container of their own. */
  private choiceCards(d: DecisionData, w: number, span: number): { box: Phaser.GameObjects.Container; h: number } {
    const s = this.scene;
    const box = s.add.container(0, 0);
    const colW = (w - 10) / 2;
    const cards = d.card.choices.map((c, i) => {
      const locked = !c.open;
      const sub = locked ? d.lockedWhy.get(c.id) ?? t.turn.closedWhy : c.detail || (c.backers.length && !d.card.advisors.length ? t.turn.backedBy(t.turn.list(c.backers)) : '');
      const footer = c.open && d.previews ? previewText(c) : undefined;
      const warning = c.open ? d.risks.get(c.id) : undefined;
      const card = new ChoiceCard(s, { x: this.bx((i % 2) * (colW + 10), colW, span), y: 0, w: colW, n: c.n, label: c.label, sub: sub || undefined, footer, warning, locked });
      card.setName(`choice-${c.id}`);
      this.buttons.set(c.id, card);
      return card;
    });
    let rowY = 0;
    for (let r = 0; r < cards.length; r += 2) {
      const row = cards.slice(r, r + 2);
      const h = Math.max(...row.map((c) => c.h));
      for (const c of row) {
        c.setY(rowY);
        c.setHeight(h);
        box.add(c);
      }
      rowY += h + 8;
    }
    return { box, h: rowY - 8 };
  }
}
