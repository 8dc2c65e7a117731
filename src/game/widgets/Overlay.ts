import Phaser from 'phaser';
import { app } from '../app';
import { boxX, textX } from '../layout';
import { C, FONT, HEIGHT, WIDTH } from '../theme';
import { Button } from './Button';
import { Field } from './Field';
import { ScrollPanel } from './ScrollPanel';
import { text } from './text';

// A modal panel (menu, help) over a dimmed screen. Its buttons become the only focusable controls until it closes.

export interface OverlayButton {
  id: string;
  label: string;
  action: () => void;
}

/** A one-line text field above the buttons (focused when the panel opens); Enter in it runs `onEnter`. */
export interface OverlayField {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  onInput: (value: string) => void;
  onEnter: () => void;
}

export interface OverlayOpts {
  title: string;
  paragraphs?: string[];
  field?: OverlayField;
  buttons: OverlayButton[];
  width?: number;
}

/** The field's label, box and the gap below them. */
const FIELD_H = 32 + 50 + 18;

export class Overlay {
  private readonly root: Phaser.GameObjects.Container;
  private closed = false;
  /** The paragraphs' scrolling window (Page Up/Down while open). */
  body: ScrollPanel | null = null;

  constructor(scene: Phaser.Scene, o: OverlayOpts, private readonly onClose?: () => void) {
    const { controls, mirror } = app();
    const w = o.width ?? 760;
    this.root = scene.add.container(0, 0).setDepth(100);
    const dim = scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x05070a, 0.72).setOrigin(0, 0).setInteractive();
    this.root.add(dim);
    const inner = w - 80;
    const title = text(scene, 0, 0, o.title, { size: FONT.h2, serif: true, bold: true, color: C.text, wrap: inner });
    const bh = 52;
    const cols = o.buttons.length > 3 ? 2 : 1;
    const rows = Math.ceil(o.buttons.length / cols);
    const buttonsH = rows * (bh + 12);
    const paras = (o.paragraphs ?? []).map((p) => text(scene, 0, 0, p, { size: FONT.body, serif: true, color: C.text, wrap: inner - 24 }));
    const bodyH = paras.reduce((sum, p) => sum + p.height + 14, 0);
    // The paragraphs scroll when they do not fit; the title and the buttons stay in view.
    const fieldH = o.field ? FIELD_H : 0;
    const room = HEIGHT - 40 - (36 + title.height + 20 + fieldH + buttonsH + 28);
    const viewH = Math.max(0, Math.min(bodyH, room));
    const h = 36 + title.height + 20 + viewH + (viewH ? 10 : 0) + fieldH + buttonsH + 28;
    const x = (WIDTH - w) / 2;
    const y = (HEIGHT - h) / 2;
    const panel = scene.add.graphics();
    panel.fillStyle(C.panel, 1).fillRoundedRect(x, y, w, h, 12);
    panel.lineStyle(2, C.accent, 0.8).strokeRoundedRect(x, y, w, h, 12);
    this.root.add(panel);
    let cy = y + 36;
    title.setPosition(boxX(x + 40, 0), cy);
    this.root.add(title);
    cy += title.height + 20;
    if (viewH) {
      this.body = new ScrollPanel(scene, x + 40, cy, inner, viewH);
      let py = 0;
      for (const p of paras) {
        p.setPosition(boxX(0, 0, inner), py);
        this.body.content.add(p);
        py += p.height + 14;
      }
      this.body.setContentHeight(py);
      this.root.add(this.body);
      cy += viewH + 10;
    } else for (const p of paras) p.destroy();
    controls.pushLayer(o.title);
    mirror.announce([o.title, ...(o.paragraphs ?? [])].join(' '));
    if (o.paragraphs?.length) controls.append(...o.paragraphs.map((p) => Object.assign(document.createElement('p'), { textContent: p })));
    if (o.field) {
      const f = o.field;
      this.root.add(text(scene, textX(x + 40), cy, f.label, { size: FONT.small, bold: true, color: C.text, wrap: inner }));
      const box = new Field(scene, boxX(x + 40, inner), cy + 32, inner, 50, f.value, { ltr: false });
      this.root.add(box);
      controls.input({ id: `overlay-${f.id}`, label: f.label, value: f.value, maxLength: f.maxLength, dir: 'auto', widget: box, onInput: (v) => (box.setText(v, false), f.onInput(v)), onEnter: f.onEnter });
      cy += FIELD_H;
    }
    const bw = (inner - (cols - 1) * 12) / cols;
    o.buttons.forEach((b, i) => {
      const bx = x + 40 + (i % cols) * (bw + 12);
      const btn = new Button(scene, { x: boxX(bx, bw), y: cy + Math.floor(i / cols) * (bh + 12), w: bw, h: bh, label: b.label, variant: 'normal', size: FONT.small });
      this.root.add(btn);
      controls.add({ id: `overlay-${b.id}`, label: b.label, widget: btn, action: b.action });
    });
    controls.focus(o.field ? `overlay-${o.field.id}` : `overlay-${o.buttons[0]?.id ?? ''}`);
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
