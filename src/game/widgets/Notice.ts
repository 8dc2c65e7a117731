import Phaser from 'phaser';
import { boxX } from '../layout';
import { C, FONT } from '../theme';
import { t } from '../i18n';
import { text } from './text';

// A message banner (bad link, unreadable save), with room at its end for the Dismiss button.
// The words are also sent to the page's role="alert" region.

export const NOTICE_BUTTON_W = 136;

export class Notice extends Phaser.GameObjects.Container {
  readonly h: number;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, lines: string[]) {
    super(scene, x, y);
    const body = text(scene, 0, 0, lines.map((l) => t.fmt.bullet(l)).join('\n'), { size: FONT.small, color: C.text, wrap: w - 72 - NOTICE_BUTTON_W - 16 });
    this.h = Math.max(68, body.height + 28);
    const g = scene.add.graphics();
    g.fillStyle(0x3a2a12, 0.97).fillRoundedRect(0, 0, w, this.h, 8);
    g.lineStyle(2, C.accent, 1).strokeRoundedRect(0, 0, w, this.h, 8);
    const ix = boxX(16, 24, w) + 12;
    g.fillStyle(C.accent, 1).fillTriangle(ix - 12, 36, ix + 12, 36, ix, 14);
    const mark = text(scene, ix, 19, '!', { size: 15, bold: true, color: C.ink, align: 'center' });
    body.setPosition(boxX(52, 0, w), 14);
    this.add([g, mark, body]);
    this.setDepth(50);
    scene.add.existing(this);
  }
}
