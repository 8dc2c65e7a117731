import type Phaser from 'phaser';
import { type EndingCause, type CompiledScenario } from '../../engine';
import { cardTitle, choiceLabel, driftReason, statName } from '../../app';
import { addSourceLinks, sourcesFor } from '../a11y/links';
import { sentence } from '../a11y/turn-text';
import { app } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { freshSeed } from '../seed';
import { C, FONT, HEIGHT, METER_COLOUR } from '../theme';
import { showLinkInAddressBar } from '../url-params';
import { dangerZones, monthOf } from '../view-model';
import { Button } from '../widgets/Button';
import { Meter } from '../widgets/Meter';
import { fitText, text } from '../widgets/text';
import { BaseScene } from './base';

// How the game ended and why: the ending's text, the causes the engine found, and the history behind it.

export function causeWords(cs: CompiledScenario, c: EndingCause): string {
  const what = c.cause === 'drift' || !c.card ? driftReason(cs, c.effect) || t.ending.drift : `${cardTitle(cs, c.card)}: ${choiceLabel(cs, c.card, c.choice)}${c.cause === 'choice' ? '' : ` (${t.cause[c.cause]})`}`;
  return t.ending.causeLine(what, statName(cs, c.stat), c.delta);
}

/** Starts a new game of the same scenario and difficulty, with the same or a fresh seed. */
export function playAgain(scene: Phaser.Scene, sameSeed: boolean): void {
  const { session } = app();
  const g = session.snapshot()!.context.game;
  const seed = sameSeed ? g.seed : freshSeed();
  session.start(session.scenario!, seed, g.difficulty, session.settings);
  showLinkInAddressBar(g.scenario.id, seed, g.difficulty, session.settings.previews === true);
  scene.scene.start('Turn');
}

export class Ending extends BaseScene {
  constructor() {
    super('Ending');
  }

  create(): void {
    const { session, controls, mirror, keys } = app();
    const snap = session.snapshot();
    const cs = session.cs;
    const result = snap?.context.game.ending;
    if (!snap || !cs || !result) return void this.scene.start('Title');
    const g = snap.context.game;
    const ending = cs.endingById.get(result.id);
    const title = ending?.title ?? result.id;
    this.begin(title);
    const x = 72;
    const w = 700;
    let y = 58;
    const kind = (t.ending.kinds[result.kind] ?? result.kind).toUpperCase();
    text(this, textX(x), y, kind, { size: FONT.small, bold: true, color: result.kind === 'verdict' ? C.accent : 0xff8a8a, letterSpacing: 3 });
    y += 26;
    const head = text(this, textX(x), y, title, { size: 40, serif: true, bold: true, color: C.text, wrap: w });
    fitText(head, 100, 28);
    y += head.height + 6;
    const when = t.ending.afterTurn(monthOf(cs, result.turn), result.turn);
    text(this, textX(x), y, when, { size: FONT.small, color: C.muted });
    y += 34;
    const sources = ending ? sourcesFor(cs.data, ending.history.sources) : [];
    const body = text(this, textX(x), y, ending?.text ?? '', { size: 19, serif: true, color: C.text, wrap: w, lineSpacing: 5 });
    fitText(body, sources.length > 3 ? 120 : 160, 15);
    y += body.height + 20;
    const sub = (s: string) => {
      text(this, textX(x), y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
      y += 24;
    };
    sub(t.ending.howYouGotHere);
    const causes = result.causes.map((c) => causeWords(cs, c));
    for (const line of causes.length ? causes : [t.ending.noCauses]) {
      const l = text(this, textX(x + 16), y, t.fmt.bullet(line), { size: FONT.small + 1, color: C.text, wrap: w - 16 });
      fitText(l, 46, 13);
      y += l.height + 6;
    }
    y += 12;
    if (ending) {
      sub(t.ending.inHistory);
      const hist = text(this, textX(x), y, ending.history.text, { size: 16, serif: true, italic: true, color: C.text, wrap: w });
      fitText(hist, Math.max(40, HEIGHT - 24 - y - sources.length * 26), 14);
      y += hist.height + 10;
    }
    mirror.setSections([
      { heading: t.fmt.heading(kind, title), lines: [when, ending?.text ?? ''] },
      { heading: t.ending.howYouGotHere, lines: causes.length ? causes : [t.ending.noCauses] },
      ...(ending ? [{ heading: t.ending.inHistory, lines: [ending.history.text] }] : []),
    ]);
    mirror.announce([kind, title, ending?.text ?? ''].map(sentence).join(' '));
    this.drawSide(cs, g.stats);
    if (sources.length) addSourceLinks(this, controls, 'source', sources, textX(x), y, w);
    keys.set({ confirm: () => controls.focus('debrief') });
    controls.focus('debrief');
  }

  private drawSide(cs: CompiledScenario, stats: Record<string, number>): void {
    const { controls } = app();
    const sx = 840;
    const sw = 380;
    const panel = this.add.graphics();
    panel.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(sx - 24, sw + 48), 48, sw + 48, HEIGHT - 80, 12);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(sx - 24, sw + 48), 48, sw + 48, HEIGHT - 80, 12);
    let y = 72;
    for (const m of ['west', 'russia', 'elites', ...cs.camps]) {
      const meter = new Meter(this, { x: boxX(sx, sw), y, w: sw, stat: m, name: statName(cs, m), colour: METER_COLOUR[m] ?? C.elites, zones: dangerZones(cs, m), kind: 'tension', size: cs.camps.includes(m) ? 'small' : 'large', value: stats[m] ?? 0, iconIndex: cs.camps.indexOf(m) });
      y += meter.rowHeight + 12;
    }
    y = Math.max(y + 10, 380);
    const buttons: [string, string, () => void, 'primary' | 'normal' | 'quiet'][] = [
      ['debrief', t.ending.debrief, () => this.scene.start('Debrief'), 'primary'],
      ['again', t.ending.again, () => playAgain(this, true), 'normal'],
      ['new', t.ending.newGame, () => playAgain(this, false), 'normal'],
      ['title', t.ending.title, () => this.scene.start('Title'), 'quiet'],
    ];
    for (const [id, label, action, variant] of buttons) {
      const b = new Button(this, { x: boxX(sx, sw), y, w: sw, h: 54, label, variant, size: 18 });
      controls.add({ id, label, widget: b, action });
      y += 64;
    }
  }
}
