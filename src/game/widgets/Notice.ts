import Phaser from 'phaser';
import type { NoticeKind } from '../app';
import { boxX } from '../layout';
import { C, FONT } from '../theme';
import { t } from '../i18n';
import { text } from './text';

// A message banner in its kind's style (info, success, warning, error), with room at its end for the Dismiss
// button. Its shape and colour follow the kind; the words themselves say what happened.

export const NOTICE_BUTTON_W = 136;

const LOOK: Record<NoticeKind, { fill: number; edge: number }> = {
  info: { fill: 0x172634, edge: C.west },
  success: { fill: 0x16301f, edge: C.down },
  warning: { fill: 0x3a2a12, edge: C.accent },
  error: { fill: 0x3a1518, edge: C.danger },
};

export class Notice extends Phaser.GameObjects.Container {
  readonly h: number;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, lines: string[], readonly kind: NoticeKind = 'warning') {
    super(scene, x, y);
    const look = LOOK[kind];
    const body = text(scene, 0, 0, lines.map((l) => t.fmt.bullet(l)).join('\n'), { size: FONT.small, color: C.text, wrap: w - 72 - NOTICE_BUTTON_W - 16 });
    this.h = Math.max(68, body.height + 28);
    const g = scene.add.graphics();
    g.fillStyle(look.fill, 0.97).fillRoundedRect(0, 0, w, this.h, 8);
    g.lineStyle(2, look.edge, 1).strokeRoundedRect(0, 0, w, this.h, 8);
    const ix = boxX(16, 24, w) + 12;
    const parts: Phaser.GameObjects.GameObject[] = [g];
    if (kind === 'warning') {
      g.fillStyle(look.edge, 1).fillTriangle(ix - 12, 36, ix + 12, 36, ix, 14);
      parts.push(text(scene, ix, 19, '!', { size: 15, bold: true, color: C.ink, align: 'center' }));
    } else {
      g.fillStyle(look.edge, 1).fillCircle(ix, 26, 12);
      // A tick drawn as lines (no font needed); "i" for information; "×" for an error.
      if (kind === 'success') g.lineStyle(3, C.ink, 1).beginPath().moveTo(ix - 6, 26).lineTo(ix - 1, 31).lineTo(ix + 6, 20).strokePath();
      else parts.push(text(scene, ix, 16, kind === 'info' ? 'i' : '\u00D7', { size: 15, bold: true, color: C.ink, align: 'center' }));
    }
    body.setPosition(boxX(52, 0, w), 14);
    this.add([...parts, body]);
    this.setName(`notice-${kind}`);
    this.setDepth(50);
    scene.add.existing(this);
  }
}
