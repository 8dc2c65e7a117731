import Phaser from 'phaser';
import type { Focusable } from '../a11y/controls';
import { C, FONT } from '../theme';
import { t } from '../i18n';
import { panelOf, revealInPanel } from './ScrollPanel';
import { text } from './text';

// A source link drawn on the canvas: underlined, with a focus ring. The paired HTML button opens it.

export class LinkText extends Phaser.GameObjects.Container implements Focusable {
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private activate: (() => void) | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, label: string, maxWidth: number, size = FONT.small) {
    super(scene, x, y);
    // A long title wraps (never cut); the underline runs under its last line.
    this.label = text(scene, 0, 0, t.fmt.link(label), { size: Math.max(size, FONT.small), color: 0x8ec5ff, wrap: maxWidth });
    const w = this.label.width;
    const ox = -this.label.originX * w;
    const line = scene.add.rectangle(ox, this.label.height - 1, w, 1, 0x8ec5ff).setOrigin(0, 0);
    this.ring = scene.add.graphics();
    const zone = scene.add.zone(ox, 0, w, this.label.height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    zone.on('pointerup', (p: Phaser.Input.Pointer) => (panelOf(this)?.contains(p.worldX, p.worldY) ?? true) && this.activate?.());
    this.add([this.ring, this.label, line, zone]);
    this.setSize(w, this.label.height);
    scene.add.existing(this);
  }

  get lineHeight(): number {
    return this.label.height;
  }

  onActivate(fn: () => void): void {
    this.activate = fn;
  }

  setFocused(on: boolean): void {
    if (on) revealInPanel(this, this.label.height);
    const w = this.label.width;
    const ox = -this.label.originX * w;
    this.ring.clear();
    if (on) this.ring.lineStyle(3, C.focus, 1).strokeRoundedRect(ox - 5, -3, w + 10, this.label.height + 6, 4);
  }
}
