import Phaser from 'phaser';
import { app } from '../app';
import { num, t } from '../i18n';
import { boxX, textX } from '../layout';
import type { GoodSave } from '../saves';
import { C, FONT, HEIGHT, WIDTH } from '../theme';
import { Button } from './Button';
import { text } from './text';

// Every saved game, a page at a time, each with where it resumes and Continue/Review and Delete buttons.

export interface SavedGamesOpts {
  saves: GoodSave[];
  /** The words for one save (scenario, where it resumes, difficulty, seed, state). */
  describe: (s: GoodSave) => string;
  onOpen: (s: GoodSave) => void;
  onDelete: (s: GoodSave) => void;
  onClose: () => void;
  page?: number;
}

export const SAVES_PER_PAGE = 5;

export class SavedGamesPanel {
  private readonly root: Phaser.GameObjects.Container;
  private closed = false;

  constructor(scene: Phaser.Scene, private readonly o: SavedGamesOpts) {
    const { controls, mirror } = app();
    const pages = Math.max(1, Math.ceil(o.saves.length / SAVES_PER_PAGE));
    const page = Math.min(Math.max(0, o.page ?? 0), pages - 1);
    const w = 1080;
    const h = HEIGHT - 60;
    const x = (WIDTH - w) / 2;
    const y = 30;
    this.root = scene.add.container(0, 0).setDepth(100);
    this.root.add(scene.add.rectangle(0, 0, WIDTH, HEIGHT, 0x05070a, 0.78).setOrigin(0, 0).setInteractive());
    const panel = scene.add.graphics();
    panel.fillStyle(C.panel, 1).fillRoundedRect(x, y, w, h, 12).lineStyle(2, C.accent, 0.8).strokeRoundedRect(x, y, w, h, 12);
    this.root.add(panel);
    controls.pushLayer(t.saves.heading);
    const head = pages > 1 ? `${t.saves.heading}${t.sep}${t.saves.page(page + 1, pages)}` : t.saves.heading;
    this.root.add(text(scene, textX(x + 36), y + 24, head, { size: FONT.h2, serif: true, bold: true, color: C.text }));
    mirror.announce(head);
    const shown = o.saves.slice(page * SAVES_PER_PAGE, (page + 1) * SAVES_PER_PAGE);
    if (!shown.length) this.root.add(text(scene, textX(x + 36), y + 90, t.saves.none, { size: FONT.body, color: C.muted, wrap: w - 72 }));
    const rowH = 86;
    shown.forEach((s, i) => {
      const ry = y + 80 + i * rowH;
      const n = page * SAVES_PER_PAGE + i + 1;
      const line = o.describe(s);
      const label = text(scene, textX(x + 36), ry + 8, `${num(n)}. ${line}`, { size: FONT.small, color: C.text, wrap: w - 72 - 330 });
      this.root.add(label);
      const openLabel = s.game.ending ? t.saves.review : t.saves.continue;
      const open = new Button(scene, { x: boxX(x + w - 36 - 316, 150), y: ry, w: 150, h: 52, label: openLabel, size: 17 });
      const del = new Button(scene, { x: boxX(x + w - 36 - 150, 150), y: ry, w: 150, h: 52, label: t.saves.delete, variant: 'quiet', size: 17 });
      this.root.add([open, del]);
      controls.group(`${num(n)}. ${line}`);
      controls.add({ id: `save-open-${i}`, label: `${openLabel}: ${line}`, widget: open, action: () => o.onOpen(s) });
      controls.add({ id: `save-delete-${i}`, label: `${t.saves.delete}: ${line}`, widget: del, action: () => o.onDelete(s) });
    });
    const by = y + h - 70;
    const nav: { id: string; label: string; act: () => void; show: boolean }[] = [
      { id: 'saves-prev', label: t.saves.prev, act: () => this.reopen(scene, page - 1), show: page > 0 },
      { id: 'saves-next', label: t.saves.next, act: () => this.reopen(scene, page + 1), show: page < pages - 1 },
      { id: 'saves-close', label: t.saves.close, act: () => this.close(), show: true },
    ];
    controls.group(t.saves.heading);
    nav.filter((b) => b.show).forEach((b, i) => {
      const btn = new Button(scene, { x: boxX(x + 36 + i * 250, 230), y: by, w: 230, h: 50, label: b.label, size: 17, variant: b.id === 'saves-close' ? 'normal' : 'quiet' });
      this.root.add(btn);
      controls.add({ id: b.id, label: b.label, widget: btn, action: b.act });
    });
    controls.focus(shown.length ? 'save-open-0' : 'saves-close');
  }

  private reopen(scene: Phaser.Scene, page: number): void {
    this.dispose();
    new SavedGamesPanel(scene, { ...this.o, page });
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    app().controls.popLayer();
    this.root.destroy();
  }

  close(): void {
    this.dispose();
    this.o.onClose();
  }

  get isOpen(): boolean {
    return !this.closed;
  }
}
