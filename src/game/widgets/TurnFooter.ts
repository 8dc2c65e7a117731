import Phaser from 'phaser';
import { boxX, textX } from '../layout';
import { C, FONT } from '../theme';
import { Button } from './Button';
import { recolour, text } from './text';

// The bar under the turn screen's column: what the keys do, or the choice waiting for confirmation, with its
// buttons (Confirm and Cancel; Continue and Undo after a decision) at the end edge.

export interface FooterButton {
  id: string;
  label: string;
  w: number;
  variant?: 'primary' | 'normal' | 'quiet';
}

export class TurnFooter extends Phaser.GameObjects.Container {
  private readonly message: Phaser.GameObjects.Text;
  private buttons: Button[] = [];
  private buttonsW = 0;

  constructor(scene: Phaser.Scene, x: number, y: number, private readonly fw: number, private readonly fh: number, message: string) {
    super(scene, x, y);
    const g = scene.add.graphics();
    g.fillStyle(0x10151b, 0.95).fillRoundedRect(0, 0, fw, fh, 8);
    g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(0, 0, fw, fh, 8);
    this.message = text(scene, textX(16, fw), fh / 2, message, { size: FONT.small, color: C.muted, wrap: fw - 32 });
    this.message.setOrigin(this.message.originX, 0.5);
    this.message.setName('footer-message');
    this.add([g, this.message]);
    scene.add.existing(this);
  }

  setMessage(s: string, strong = false): void {
    // Each of these redraws the text's canvas, so only what changes is set.
    const m = this.message;
    const wrap = this.fw - 32 - this.buttonsW;
    if (m.style.wordWrapWidth !== wrap) m.setWordWrapWidth(wrap);
    const fontStyle = strong ? 'bold' : 'normal';
    if (m.style.fontStyle !== fontStyle) m.setFontStyle(fontStyle);
    recolour(m, strong ? 0xffd166 : C.muted);
    m.setText(s);
  }

  /** Replaces the buttons; returns them by id, in the order given (placed from the end edge). */
  setButtons(defs: FooterButton[]): Map<string, Button> {
    for (const b of this.buttons) b.destroy();
    this.buttons = [];
    const out = new Map<string, Button>();
    let x = this.fw - 8;
    for (const d of defs) {
      x -= d.w;
      const b = new Button(this.scene, { x: boxX(x, d.w, this.fw), y: 6, w: d.w, h: this.fh - 12, label: d.label, variant: d.variant ?? 'normal', size: FONT.small });
      b.setName(`footer-${d.id}`);
      this.add(b);
      this.buttons.push(b);
      out.set(d.id, b);
      x -= 8;
    }
    this.buttonsW = this.fw - 8 - x;
    this.message.setWordWrapWidth(this.fw - 32 - this.buttonsW);
    if (this.message.originX === 1) this.message.setX(this.fw - 16);
    return out;
  }
}
