import Phaser from 'phaser';
import { t } from '../i18n';
import { boxX, grid, textX } from '../layout';
import { C, FONT } from '../theme';
import type { AdvisorView, CardView, ChoiceView } from '../view-model';
import { Button } from './Button';
import { fitText, fitWidth, text } from './text';

// The right side of the turn screen before a decision: what changed since last month, the event card,
// the advisors and the choices.

export const RX = 392;
export const RW = 872;
const TOP = 60;
const BOTTOM = 704;
const GAP = 10;
const CAMP_COLOURS = [0xb5654d, 0x4d9fb5];

/**
 * The preview line of a choice: the largest likely effects first. With a width, items are packed into two
 * lines by estimate, skipping any that would not fit (the meters show them all when the choice has focus).
 */
export function previewText(c: ChoiceView, width = Infinity, size = 15): string {
  if (!c.preview.length) return t.turn.noEffects;
  // No-break spaces inside an item, so that a wrapped preview never splits a name from its arrow.
  const items = [...c.preview]
    .sort((a, b) => Math.abs(b.expected) - Math.abs(a.expected))
    .map((p) => t.turn.previewItem(p.name, p.expected > 0, Math.abs(p.expected) >= 10, p.uncertain).replace(/ /g, '\u00A0'));
  const charW = size * 0.62;
  const lines: string[][] = [[]];
  let skipped = false;
  for (const item of items) {
    const w = (item.length + 3) * charW;
    const line = lines[lines.length - 1]!;
    const used = line.reduce((sum, x) => sum + (x.length + 3) * charW, 0);
    if (used + w <= width) line.push(item);
    else if (lines.length < 2 && w <= width) lines.push([item]);
    else skipped = true;
  }
  return lines.map((l) => l.join('   ')).join('\n') + (skipped ? ' \u2026' : '');
}

interface AdvisorTexts {
  box: { x: number; y: number; w: number; h: number };
  colour: number;
  parts: Phaser.GameObjects.Text[];
  argues: Phaser.GameObjects.Text;
  /** Where the argument starts: lower when the option backed needs a line of its own. */
  head: number;
}

/** Type sizes tried in turn until the card and the advisors fit together: [situation, argument]. */
const LEVELS: [number, number][] = [
  [18, 16],
  [18, 15],
  [17, 15],
  [16, 14],
  [15, 14],
  [15, 13],
  [14, 13],
];

export class DecisionView extends Phaser.GameObjects.Container {
  readonly buttons = new Map<string, Button>();
  /** True when some text had to be cut to fit; the Read in full button then shows it whole. */
  truncated = false;
  readButton: Button | null = null;

  constructor(scene: Phaser.Scene, card: CardView, briefing: string[], previews: boolean, campIds: string[]) {
    super(scene, 0, 0);
    scene.add.existing(this);
    let y = TOP;
    if (briefing.length) y += this.briefing(briefing, y) + GAP;
    const n = card.choices.length;
    const perRow = n === 3 ? 3 : 2;
    const rows = Math.ceil(n / perRow);
    const choiceH = 84;
    const choicesH = rows * choiceH + (rows - 1) * 8;
    const avail = BOTTOM - choicesH - GAP - y;
    const pad = 22;
    const date = text(scene, textX(RX + pad), 0, card.date.toUpperCase(), { size: FONT.tiny, bold: true, color: 0x6b5d3f, letterSpacing: 2 });
    const title = text(scene, textX(RX + pad), 0, card.title, { size: FONT.h2, serif: true, bold: true, color: C.ink, wrap: RW - 2 * pad });
    fitText(title, 72, 22);
    const situation = text(scene, textX(RX + pad), 0, card.situation, { size: 18, serif: true, color: C.ink, wrap: RW - 2 * pad, lineSpacing: 5 });
    const advRows = Math.ceil(card.advisors.length / 2);
    const colW = (RW - 8) / 2;
    const advisors = card.advisors.map((a) => this.advisorTexts(a, colW, campIds));
    const cardNeed = () => 38 + title.height + 10 + situation.height + 18;
    const rowNeed = (r: number) => Math.max(...advisors.slice(r * 2, r * 2 + 2).map((x) => x.head + x.argues.height + 10));
    const advNeed = () => Array.from({ length: advRows }, (_, r) => rowNeed(r)).reduce((a, b) => a + b + 8, advRows ? -8 : 0);
    // Estimate first (rendering a text at each size is slow), then check the real heights from there.
    const est = (s: string, size: number, w: number) => Math.ceil((s.length * size * 0.5) / w) * size * 1.3;
    const estNeed = (ss: number, as: number) =>
      38 + title.height + 10 + est(card.situation, ss, RW - 2 * pad) + 18 + (advRows ? GAP + advRows * (70 + Math.max(...card.advisors.map((x) => est(x.argues, as, colW - 30)))) : 0);
    const fits = LEVELS.findIndex(([ss, as]) => estNeed(ss, as) <= avail);
    for (const [ss, as] of LEVELS.slice(fits < 0 ? LEVELS.length - 2 : Math.max(0, fits - 1))) {
      situation.setFontSize(ss).setLineSpacing(Math.round(ss * 0.28));
      for (const a of advisors) a.argues.setFontSize(as).setLineSpacing(Math.round(as * 0.25));
      if (cardNeed() + (advRows ? GAP + advNeed() : 0) <= avail) break;
    }
    // Still too long: each advisor keeps two lines of argument and the card two lines of situation; the rest is
    // cut, and a "Read in full" button opens the whole text.
    const twoLines = 2 * 17;
    const advMin = Array.from({ length: advRows }, (_, r) => Math.max(...advisors.slice(r * 2, r * 2 + 2).map((x) => x.head)) + twoLines + 10).reduce((a, b) => a + b + 8, advRows ? -8 : 0);
    const cardMin = 38 + title.height + 10 + twoLines + 18;
    const advMax = advRows ? Math.min(advNeed(), Math.max(advMin, avail - cardNeed() - GAP)) : 0;
    const cardH = Math.max(cardMin, Math.min(cardNeed(), avail - (advRows ? advMax + GAP : 0)));
    const sitSize = parseInt(String(situation.style.fontSize), 10) || 14;
    if (cardNeed() > cardH && !fitText(situation, cardH - 38 - title.height - 10 - 18, sitSize)) this.truncated = true;
    date.setY(y + 16);
    title.setY(y + 38);
    situation.setY(title.y + title.height + 10);
    const g = scene.add.graphics();
    g.fillStyle(0x000000, 0.35).fillRoundedRect(boxX(RX, RW) + 4, y + 5, RW, cardH, 6);
    g.fillStyle(C.paper, 1).fillRoundedRect(boxX(RX, RW), y, RW, cardH, 6);
    g.lineStyle(1, C.paperEdge, 1).strokeRoundedRect(boxX(RX, RW), y, RW, cardH, 6);
    g.fillStyle(C.accent, 1).fillRect(boxX(RX, RW), y, RW, 4);
    this.add([g, date, title, situation]);
    y += cardH + GAP;
    const advH = advRows ? Math.min(advNeed(), BOTTOM - choicesH - GAP - y) : 0;
    if (advRows) this.placeAdvisors(advisors, y, advH, advRows, rowNeed);
    if (this.truncated) this.readButton = this.addReadButton(y - GAP);
    // Room left over goes to the choice buttons, so that their details can be read in full.
    const spare = BOTTOM - choicesH - GAP - (y + advH + (advRows ? GAP : 0));
    const tall = Math.min(148, choiceH + Math.max(0, Math.floor(spare / rows)));
    const tallH = rows * tall + (rows - 1) * 8;
    this.choices(card, BOTTOM - tallH, tall, perRow, previews);
  }

  /** A small button on the card's bottom edge that opens the full text. */
  private addReadButton(cardBottom: number): Button {
    const w = 188;
    const b = new Button(this.scene, { x: boxX(RX + RW - w - 10, w), y: cardBottom - 20, w, h: 34, label: t.fmt.withKey(t.turn.readFull, t.keys.read), variant: 'normal', size: 14 });
    this.add(b);
    return b;
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

  /** An advisor's texts, positioned later: name and role, camp and the option backed, the argument. */
  private advisorTexts(a: AdvisorView, w: number, campIds: string[]): AdvisorTexts {
    const s = this.scene;
    const iw = w - 30;
    const ci = campIds.indexOf(a.campId);
    const colour = ci >= 0 ? CAMP_COLOURS[ci % 2]! : C.muted;
    const name = text(s, 0, 0, a.name, { size: FONT.small + 1, bold: true, color: C.text });
    fitWidth(name, iw * 0.6);
    const role = text(s, 0, 0, a.role, { size: FONT.tiny, color: C.muted });
    fitWidth(role, iw - name.width - 10);
    const camp = text(s, 0, 0, a.camp.toUpperCase(), { size: 12, bold: true, color: colour, letterSpacing: 1 });
    const backs = text(s, 0, 0, a.backs ? `\u2192 ${t.turn.backs(a.backs, a.backsLabel)}` : t.turn.backsNone, { size: FONT.tiny, bold: true, color: C.accent });
    const ownLine = camp.width + 12 + backs.width > iw;
    fitWidth(camp, iw);
    fitWidth(backs, iw);
    const argues = text(s, 0, 0, t.fmt.paraphrase(a.argues), { size: 15, serif: true, color: C.text, wrap: iw });
    return { box: { x: 0, y: 0, w, h: 0 }, colour, parts: [name, role, camp, backs], argues, head: ownLine ? 72 : 52 };
  }

  private placeAdvisors(list: AdvisorTexts[], y: number, h: number, rows: number, rowNeed: (r: number) => number): void {
    const s = this.scene;
    const needs = Array.from({ length: rows }, (_, r) => rowNeed(r));
    const total = needs.reduce((a, b) => a + b, 0) + 8 * (rows - 1);
    const scale = Math.min(1, (h - 8 * (rows - 1)) / (total - 8 * (rows - 1)));
    const colW = (RW - 8) / 2;
    let rowY = y;
    const rowTops = needs.map((n) => {
      const top = rowY;
      rowY += Math.floor(n * scale) + 8;
      return top;
    });
    list.forEach((a, i) => {
      const r = Math.floor(i / 2);
      const b = { x: boxX(RX + (i % 2) * (colW + 8), colW), y: rowTops[r]!, w: colW, h: Math.floor(needs[r]! * scale) };
      const g = s.add.graphics();
      g.fillStyle(C.panel, 0.96).fillRoundedRect(b.x, b.y, b.w, b.h, 8);
      g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(b.x, b.y, b.w, b.h, 8);
      g.fillStyle(a.colour, 1).fillRect(boxX(0, 5, b.w) + b.x, b.y + 8, 5, b.h - 16);
      const span = b.x * 2 + b.w;
      const ix = b.x + 18;
      const [name, role, camp, backs] = a.parts as [Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text, Phaser.GameObjects.Text];
      name.setPosition(textX(ix, span), b.y + 8);
      role.setPosition(textX(ix + name.width + 10, span), b.y + 10);
      camp.setPosition(textX(ix, span), b.y + 33);
      if (a.head > 52) backs.setPosition(textX(ix, span), b.y + 50);
      else backs.setPosition(textX(ix + camp.width + 12, span), b.y + 31);
      a.argues.setPosition(textX(ix, span), b.y + a.head);
      if (a.argues.height > b.h - a.head - 6 && !fitText(a.argues, b.h - a.head - 6, 12)) this.truncated = true;
      this.add([g, ...a.parts, a.argues]);
    });
  }

  private choices(card: CardView, y: number, h: number, perRow: number, previews: boolean): void {
    const s = this.scene;
    const rows = Math.ceil(card.choices.length / perRow);
    const boxes = grid(boxX(RX, RW), y, RW, rows * h + (rows - 1) * 8, card.choices.length, perRow, 8);
    card.choices.forEach((c, i) => {
      const b = boxes[i]!;
      const sub = !c.open ? t.turn.closedWhy : c.detail || (c.backers.length && !card.advisors.length ? t.turn.backedBy(t.turn.list(c.backers)) : '');
      const footer = c.open && previews ? previewText(c, b.w - 86, FONT.small - 1) : undefined;
      const btn = new Button(s, { x: b.x, y: b.y, w: b.w, h: b.h, label: c.label, sub: sub || undefined, subFlows: true, footer, badge: String(c.n), disabled: !c.open, wrapLines: 2, size: 17 });
      btn.setName(`choice-${c.id}`);
      this.add(btn);
      this.buttons.set(c.id, btn);
    });
    if (card.choices.length % perRow === 1) {
      const b = grid(boxX(RX, RW), y, RW, rows * h + (rows - 1) * 8, card.choices.length + 1, perRow, 8)[card.choices.length]!;
      const hint = [t.turn.keysHint(card.choices.length), previews ? t.turn.previewLegend : ''].filter(Boolean).join('\n');
      this.add(text(s, b.x + b.w / 2, b.y + b.h / 2 - 20, hint, { size: FONT.tiny, color: C.muted, align: 'center' }));
    }
  }
}
