import type Phaser from 'phaser';
import { app } from '../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import type { GoodSave } from '../saves';
import type { ScenarioData } from '../../scenario/types';
import { ASSETS } from '../assets';
import { C, FONT, HEIGHT } from '../theme';
import { Button } from '../widgets/Button';
import { fitSize, fitText, text } from '../widgets/text';
import { describeSave, scenarioMonth, whereSaved } from './title-saves';
import { findScenario } from '../scenarios';

// The title's start column: the game's name, the chosen scenario (title, period, its summary whole, its
// introduction whole or cut with R to read it all), the latest unfinished game, the saved-games list, How to play,
// and the keys. Laid out from the bottom up, so that the keys line never runs into a button.

export const INFO_X = 56;
export const INFO_W = 460;

export interface InfoActions {
  readIntro: () => void;
  resume: (s: GoodSave) => void;
  openSaves: () => void;
  howTo: () => void;
}

/** Draws the column; returns true when the introduction had to be cut (R then opens it whole). */
export function drawInfo(scene: Phaser.Scene, sc: ScenarioData | undefined, latest: GoodSave | null, saves: number, act: InfoActions, nameRoom: number): boolean {
  const { controls } = app();
  const x = INFO_X;
  const w = INFO_W;
  scene.add.image(boxX(x, 84) + 42, 92, ASSETS.emblem.key).setDisplaySize(84, 84);
  const name = text(scene, textX(x + 100), 64, t.app.name, { size: 42, serif: true, bold: true, color: C.text });
  fitSize(name, nameRoom, 28);
  const tagline = text(scene, textX(x), 150, t.app.tagline, { size: FONT.h3, serif: true, italic: true, color: C.muted, wrap: w });

  // From the bottom: the keys, then the two list buttons, then the latest game.
  const keys = text(scene, textX(x), 0, t.title.keysHint, { size: FONT.tiny, color: C.muted, wrap: w });
  keys.setY(HEIGHT - 12 - keys.height).setName('title-keys');
  const listY = keys.y - 12 - 48;
  const latestY = listY - 8 - 62;
  const bottom = latest ? latestY : listY;

  let cut = false;
  if (sc) {
    let y = Math.max(222, tagline.y + tagline.height + 28);
    scene.add.graphics().lineStyle(1, C.panelEdge, 1).lineBetween(boxX(x, w), y - 14, boxX(x, w) + w, y - 14);
    text(scene, textX(x), y, sc.title, { size: FONT.h3, serif: true, bold: true, color: C.text, wrap: w });
    const span = t.title.period(scenarioMonth(sc, 1), scenarioMonth(sc, sc.period.turns), sc.period.turns);
    text(scene, textX(x), y + 30, span, { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 1 });
    // The summary is short and always shown whole; the introduction takes the room that is left.
    const summary = text(scene, textX(x), y + 56, sc.summary, { size: FONT.small, italic: true, color: C.text, wrap: w }).setName('title-summary');
    y = summary.y + summary.height + 10;
    const intro = text(scene, textX(x), y, sc.intro, { size: FONT.small, serif: true, color: C.text, wrap: w, lineSpacing: 4 }).setName('title-intro');
    const readH = 48;
    if (intro.height > bottom - 12 - y) {
      // Cut to fit: the whole introduction is one key (R) or click away. With no room for two lines, only that.
      const room = bottom - 12 - y - readH;
      if (room >= 2 * (FONT.small + 9)) fitText(intro, room, FONT.small);
      else intro.setVisible(false);
      intro.setData('opens', 'read-intro');
      cut = true;
      const read = new Button(scene, { x: boxX(x, 260), y: intro.visible ? intro.y + intro.height + 8 : y, w: 260, h: 40, label: `${t.turn.readFull} (${t.keys.read})`, variant: 'quiet', size: 17 });
      controls.add({ id: 'read-intro', label: t.turn.readFullHeading(sc.title), widget: read, action: act.readIntro });
    }
  }
  if (latest) {
    const sc2 = findScenario(latest.save.record.scenario.id)!;
    const label = t.saves.latest(sc2.title);
    const b = new Button(scene, { x: boxX(x, w), y: latestY, w, h: 62, label, sub: whereSaved(latest), variant: 'normal', size: 17 });
    controls.add({ id: 'continue-0', label: `${label} (${describeSave(latest)})`, widget: b, action: () => act.resume(latest) });
  }
  const sw = (w - 12) / 2;
  controls.group(t.saves.heading);
  const list = new Button(scene, { x: boxX(x, sw), y: listY, w: sw, h: 48, label: t.saves.open(saves), variant: 'quiet', size: 17 });
  controls.add({ id: 'saved-games', label: t.saves.open(saves), widget: list, action: act.openSaves });
  const how = new Button(scene, { x: boxX(x + sw + 12, sw), y: listY, w: sw, h: 48, label: t.title.howTo, variant: 'quiet', size: 17 });
  controls.add({ id: 'how', label: t.title.howTo, widget: how, action: act.howTo });
  return cut;
}
