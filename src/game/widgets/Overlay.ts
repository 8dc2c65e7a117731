import Phaser from 'phaser';
import { app } from '../app';
import { boxX } from '../layout';
import { C, FONT, HEIGHT, WIDTH } from '../theme';
import { Button } from './Button';
import { fitText, text } from './text';

// A modal panel (menu, help) over a dimmed screen. Its buttons become the only focusable controls until it closes.

export interface OverlayButton {
  id: string;
  label: string;
  action: () => void;
}

export interface OverlayOpts {
  title: string;
  paragraphs?: string[];
  buttons: OverlayButton[];
  width?: number;
}

export class Overlay {
  private readonly root: Phaser.GameObjects.Container;
  private closed = false;

  constructor(scene: Phaser.Scene, o: OverlayOpts, private readonly onClose?: () => void) {
    const { controls, mirror } = app();
    const w = o.width ?? 760;
    this.root = scene.add.container(0, 0).setDepth(100);
    const dim = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x05070a, 0.72).setOrigin(0, 0).setInteractive();
    this.root.add(dim);
    const inner = w - 80;
    const title = text(scene, 0, 0, o.title, { size: FONT.h2, serif: true, bold: true, color: C.text, wrap: inner });
    fitText(title, 76, 20);
    const paras = (o.paragraphs ?? []).map((p) => text(scene, 0, 0, p, { size: FONT.body, serif: true, color: C.text, wrap: inner }));
    const bh = 52;
    const room = HEIGHT - 40 - (40 + title.height + 24 + o.buttons.length * (bh + 12) + 28);
    let bodyH = paras.reduce((sum, p) => sum + p.height + 14, 0);
    for (let size = FONT.body - 1; bodyH > room && size >= 13; size--) {
      for (const p of paras) p.setFontSize(size).setLineSpacing(Math.round(size * 0.28));
      bodyH = paras.reduce((sum, p) => sum + p.height + 14, 0);
    }
    const h = Math.min(HEIGHT - 40, 40 + title.height + 24 + bodyH + o.buttons.length * (bh + 12) + 28);
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const panel = scene.add.graphics();
    panel.fillStyle(C.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(2, C.accent, 0.8).strokeRoundedRect(x, y, w, h, 12);
    this.root.add(panel);
    let cy = y + 36;
    title.setPosition(boxX(x + 40, 0), cy);
    this.root.add(title);
    cy += title.height + 24;
    for (const p of paras) {
      p.setPosition(boxX(x + 40, 0), cy);
      this.root.add(p);
      cy += p.height + 14;
    }
    controls.pushLayer(o.title);
    mirror.announce([o.title, ...(o.paragraphs ?? [])].join(' '));
    if (o.paragraphs?.length) controls.append(...o.paragraphs.map((p) => Object.assign(document.createElement('p'), { textContent: p })));
    cy += 10;
    for (const b of o.buttons) {
      const btn = new Button(scene, { x: boxX(x + 40, inner), y: cy, w: inner, h: bh, label: b.label, variant: 'normal' });
      this.root.add(btn);
      controls.add({ id: `overlay-${b.id}`, label: b.label, widget: btn, action: b.action });
      cy += bh + 12;
    }
    controls.focus(`overlay-${o.buttons[0]?.id ?? ''}`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    app().controls.popLayer();
    this.root.destroy();
    this.onClose?.();
  }

  get isOpen(): boolean {
    return !this.closed;
  }
}
