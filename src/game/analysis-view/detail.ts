import type Phaser from 'phaser';
import type { DecisionOdds, GameAnalysis } from '../../analysis/decision-analysis';
import type { CompiledScenario } from '../../engine';
import type { ScenarioData } from '../../scenario/types';
import type { ScrollPanel } from '../widgets/ScrollPanel';
import { host } from './host';
import { words as tw } from './words';
import { oddsBar, type EndingKey } from './OddsBar';

// One decision of the analysis, open: what the choice made did to the two chances, then every option of the card
// side by side (a stacked bar each, the choice made marked, a closed option said so). Returns the same in words.

const { layout, theme, text: tx, monthOf } = host();
const { boxX, textX } = layout;
const { C, FONT } = theme;
const { text } = tx;

const LABEL_W = 270;
const NUMBERS_W = 270;
const BAR_H = 32;

export interface DecisionWords {
  heading: string;
  lines: string[];
}

export function drawDecision(scene: Phaser.Scene, panel: ScrollPanel, cs: CompiledScenario, s: ScenarioData, a: GameAnalysis, d: DecisionOdds, keys: readonly EndingKey[]): DecisionWords {
  const c = panel.content;
  c.removeAll(true);
  const span = panel.vw;
  const inner = panel.innerW - 16;
  const card = cs.cardById.get(d.card)!;
  const add = (x: number, y: number, str: string, o: Parameters<typeof text>[4]) => {
    const obj = text(scene, textX(x, span), y, str, o);
    c.add(obj);
    return obj;
  };
  const heading = tw.entry(d.turn, monthOf(cs, d.turn), card.title);
  let y = add(8, 0, heading, { size: FONT.h3, serif: true, bold: true, color: C.text, wrap: inner }).height + 6;
  const swings = [tw.swing(s, a, d.index, 'reached'), tw.swing(s, a, d.index, 'balanced')];
  for (const line of swings) y += add(8, y, line, { size: FONT.small, color: C.text, wrap: inner }).height + 2;
  y += 12;
  const barX = 8 + LABEL_W + 12;
  const numbersX = inner + 8 - NUMBERS_W;
  const barW = numbersX - 12 - barX;
  d.options.forEach((o, i) => {
    const top = y;
    const bg = scene.add.graphics();
    c.add(bg);
    const choice = card.choices.find((x) => x.id === o.choice);
    const label = add(8, top, tw.numbered(i + 1, choice?.label ?? o.choice), { size: FONT.small, bold: true, color: o.open ? C.text : C.muted, wrap: LABEL_W });
    // Under the bar (or in its place): whether this is the choice made, or was not open.
    let mid = top;
    if (o.open) {
      oddsBar(scene, c, keys, o.endings, barX, top + 2, barW, BAR_H, span);
      const numbers = add(numbersX, top, `${tw.reachedLine(o.reached)}\n${tw.balancedLine(o.balanced)}`, { size: FONT.small, color: C.text, wrap: NUMBERS_W });
      mid = top + Math.max(BAR_H + 6, numbers.height);
    } else mid += add(barX, top, tw.notOpen, { size: FONT.small, italic: true, color: C.muted, wrap: barW }).height;
    if (o.played) mid = Math.max(mid, top + BAR_H + 6 + add(barX, top + BAR_H + 6, tw.yourChoice, { size: FONT.small, bold: true, color: C.accent, wrap: barW }).height);
    const bottom = Math.max(top + label.height, mid);
    if (o.played) {
      bg.fillStyle(C.button, 0.9).fillRoundedRect(boxX(0, inner + 16, span), top - 8, inner + 16, bottom - top + 16, 8);
      bg.fillStyle(C.accent, 1).fillRect(boxX(0, 5, span), top - 8, 5, bottom - top + 16);
    }
    y = bottom + 18;
  });
  panel.setContentHeight(y);
  panel.scrollTo(0, false);
  return { heading, lines: [...swings, ...d.options.map((o) => tw.option(s, d, o))] };
}
