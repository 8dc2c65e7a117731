import type Phaser from 'phaser';
import { type EndingCause, type CompiledScenario } from '../../engine';
import { endingCauseLine, endingWhy, statName } from '../../app';
import { addSourceLinks, sourcesFor } from '../a11y/links';
import { sentence } from '../a11y/turn-text';
import { app } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { freshSeed } from '../seed';
import { C, FONT, HEIGHT, METER_COLOUR } from '../theme';
import { showLinkInAddressBar } from '../url-params';
import { changeLines, changeTone, changeWords, dangerZones, monthOf } from '../view-model';
import { TONE_COLOUR } from '../widgets/DecisionView';
import { Button } from '../widgets/Button';
import { Meter } from '../widgets/Meter';
import { ScrollPanel } from '../widgets/ScrollPanel';
import { text } from '../widgets/text';
import { BaseScene } from './base';

// How the game ended and why: the ending's text, the causes the engine found, and the history behind it.

export function causeWords(cs: CompiledScenario, c: EndingCause): string {
  return `${endingCauseLine(cs, c, t.outcome)} (${t.change[changeTone(cs, c.stat, c.delta)]})`;
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
    // Everything on the start side scrolls in one window, so that the ending, its reasons and its history are whole.
    const panel = new ScrollPanel(this, boxX(40, 756), 40, 756, HEIGHT - 64);
    const c = panel.content;
    const span = 756;
    const w = panel.innerW - 16;
    const x = 16;
    let y = 14;
    const add = (s: string, o: Parameters<typeof text>[4], gap = 8) => {
      const obj = text(this, textX(x, span), y, s, { wrap: w, ...o });
      c.add(obj);
      y += obj.height + gap;
      return obj;
    };
    const kind = (t.ending.kinds[result.kind] ?? result.kind).toUpperCase();
    add(kind, { size: FONT.small, bold: true, color: result.kind === 'verdict' ? C.accent : 0xff8a8a, letterSpacing: 3 }, 6);
    add(title, { size: 40, serif: true, bold: true, color: C.text }, 6);
    const when = t.ending.afterTurn(monthOf(cs, result.turn), result.turn);
    add(when, { size: FONT.small, color: C.muted }, 16);
    add(ending?.text ?? '', { size: FONT.body, serif: true, color: C.text, lineSpacing: 6 }, 18);
    const sub = (s: string) => add(s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 }, 8);
    const bullets = (lines: string[], colour: number = C.text) => {
      for (const line of lines) add(t.fmt.bullet(line), { size: FONT.small, color: colour }, 6);
      y += 10;
    };
    const report = endingWhy(cs, g, t.outcome);
    if (report.met.length) {
      sub(t.endingWhy.conditions);
      bullets(report.met);
    }
    if (report.missed.length) {
      sub(t.endingWhy.otherVerdicts);
      bullets(report.missed, 0xffc9b8);
    }
    // The month's opening (drift, delayed effects) ended the game, after the last decision: say what it did.
    const lastDecision = g.log.filter((r) => r.choice !== null).at(-1);
    const opening = lastDecision && result.turn > lastDecision.turn
      ? g.log.filter((r) => r.turn > lastDecision.turn).flatMap((r) => changeLines(cs, r.briefing, r.stats)).map((l) => `${changeWords(cs, l)} (${l.cause || t.outcome.cause[l.kind]})`)
      : [];
    if (opening.length) {
      sub(t.turnExtra.thenOpened);
      bullets(opening);
    }
    sub(t.ending.howYouGotHere);
    const causes = result.causes.map((cause) => causeWords(cs, cause));
    if (!causes.length) bullets([t.ending.noCauses]);
    // Each cause coloured as it is worded, better or worse, like every change in the game.
    result.causes.forEach((cause, i) => add(t.fmt.bullet(causes[i]!), { size: FONT.small, color: TONE_COLOUR[changeTone(cs, cause.stat, cause.delta)] }, 6));
    y += causes.length ? 10 : 0;
    if (ending) {
      sub(t.ending.inHistory);
      add(ending.history.text, { size: FONT.small, serif: true, italic: true, color: C.text }, 12);
    }
    const sources = ending ? sourcesFor(cs.data, ending.history.sources) : [];
    if (sources.length) y = addSourceLinks(this, controls, 'source', sources, textX(x, span), y, w, c);
    panel.setContentHeight(y + 10);
    mirror.setSections([
      { heading: t.fmt.heading(kind, title), lines: [when, ending?.text ?? ''] },
      ...(report.met.length ? [{ heading: t.endingWhy.conditions, lines: report.met }] : []),
      ...(report.missed.length ? [{ heading: t.endingWhy.otherVerdicts, lines: report.missed }] : []),
      ...(opening.length ? [{ heading: t.turnExtra.thenOpened, lines: opening }] : []),
      { heading: t.ending.howYouGotHere, lines: causes.length ? causes : [t.ending.noCauses] },
      ...(ending ? [{ heading: t.ending.inHistory, lines: [ending.history.text] }] : []),
    ]);
    mirror.announce([kind, title, ending?.text ?? '', t.sound.ending].map(sentence).join(' '));
    this.drawSide(cs, g.stats);
    keys.set({ confirm: () => controls.focus('debrief'), scroll: (step) => panel.page(step) });
    controls.focus('debrief');
  }

  private drawSide(cs: CompiledScenario, stats: Record<string, number>): void {
    const { controls } = app();
    const sx = 852;
    const sw = 380;
    const panel = this.add.graphics();
    panel.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(sx - 24, sw + 48), 48, sw + 48, HEIGHT - 80, 12);
    panel.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(sx - 24, sw + 48), 48, sw + 48, HEIGHT - 80, 12);
    let y = 72;
    for (const m of ['west', 'russia', 'elites', ...cs.camps]) {
      const meter = new Meter(this, { x: boxX(sx, sw), y, w: sw, stat: m, name: statName(cs, m), colour: METER_COLOUR[m] ?? C.elites, zones: dangerZones(cs, m), kind: 'tension', size: cs.camps.includes(m) ? 'small' : 'large', value: stats[m] ?? 0, iconIndex: cs.camps.indexOf(m) });
      y += meter.rowHeight + 12;
    }
    y += 10;
    const buttons: [string, string, () => void, 'primary' | 'normal' | 'quiet'][] = [
      ['debrief', t.ending.debrief, () => this.scene.start('Debrief'), 'primary'],
      ['again', t.ending.again, () => playAgain(this, true), 'normal'],
      ['new', t.ending.newGame, () => playAgain(this, false), 'normal'],
      ['title', t.ending.title, () => this.scene.start('Title'), 'quiet'],
    ];
    for (const [id, label, action, variant] of buttons) {
      const b = new Button(this, { x: boxX(sx, sw), y, w: sw, h: 52, label, variant, size: FONT.small });
      b.setName(`button-${id}`);
      controls.add({ id, label, widget: b, action });
      y += 60;
    }
  }
}
