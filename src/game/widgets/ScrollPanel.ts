import Phaser from 'phaser';
import { t } from '../i18n';
import { isRtl } from '../i18n';
import { C, reducedMotion } from '../theme';
import { text } from './text';

// A window onto content taller than the room it has: a masked container that scrolls with the mouse wheel,
// by dragging the bar, with its ▲/▼ buttons, with Page Up/Page Down, and by itself to show a focused control.
// Whenever there is more to read, the bar and a "more below" label are drawn, so nothing is hidden silently.

export const SCROLL_PANEL = 'scroll-panel';
const BAR = 14;
const STEP = 60;

export class ScrollPanel extends Phaser.GameObjects.Container {
  /** The width the scroll bar takes from a panel's content. */
  static readonly GUTTER = BAR + 8;
  readonly content: Phaser.GameObjects.Container;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly more: Phaser.GameObjects.Text;
  private readonly maskShape: Phaser.GameObjects.Graphics;
  private contentH = 0;
  private offset = 0;
  private dragFrom: { y: number; offset: number } | null = null;
  /** Width left for content (the scroll bar takes the end edge). */
  readonly innerW: number;

  constructor(scene: Phaser.Scene, readonly vx: number, readonly vy: number, readonly vw: number, readonly vh: number) {
    super(scene, vx, vy);
    this.setName(SCROLL_PANEL);
    this.innerW = vw - ScrollPanel.GUTTER;
    this.content = scene.add.container(0, 0);
    this.bar = scene.add.graphics();
    this.more = text(scene, 0, 0, `${t.down} ${vw < 500 ? t.scroll.moreShort : t.scroll.more}`, { size: 18, bold: true, color: C.focus, box: { colour: 0x10151b, padX: 8, padY: 2 } });
    this.more.setName('scroll-more');
    this.more.setOrigin(isRtl() ? 0 : 1, 1);
    this.more.setPosition(isRtl() ? BAR + 10 : vw - BAR - 10, vh - 4);
    this.add([this.content, this.bar, this.more]);
    this.maskShape = scene.make.graphics({}, false);
    this.maskShape.fillStyle(0xffffff, 1).fillRect(vx, vy, vw, vh);
    this.content.setMask(this.maskShape.createGeometryMask());
    this.setData('viewport', { x: vx, y: vy, w: vw, h: vh });
    const onWheel = (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (this.visible && this.contains(p.worldX, p.worldY)) this.scrollBy(dy > 0 ? STEP : -STEP);
    };
    const onDown = (p: Phaser.Input.Pointer) => {
      if (!this.scrollable || !this.onBar(p.worldX, p.worldY)) return;
      const y = p.worldY - this.vy;
      if (y < BAR + 4) return this.scrollBy(-STEP * 2);
      if (y > this.vh - BAR - 4) return this.scrollBy(STEP * 2);
      this.dragFrom = { y: p.worldY, offset: this.offset };
    };
    const onMove = (p: Phaser.Input.Pointer) => {
      if (!this.dragFrom || !p.isDown) return void (this.dragFrom = null);
      const track = this.vh - 2 * (BAR + 4);
      this.scrollTo(this.dragFrom.offset + ((p.worldY - this.dragFrom.y) * this.contentH) / track);
    };
    const onUp = () => (this.dragFrom = null);
    scene.input.on('wheel', onWheel);
    scene.input.on('pointerdown', onDown);
    scene.input.on('pointermove', onMove);
    scene.input.on('pointerup', onUp);
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      scene.input.off('wheel', onWheel);
      scene.input.off('pointerdown', onDown);
      scene.input.off('pointermove', onMove);
      scene.input.off('pointerup', onUp);
      this.maskShape.destroy();
    });
    scene.add.existing(this);
    this.layoutBar();
  }

  /** True when the content is taller than the window, so the bar and its controls are shown. */
  get scrollable(): boolean {
    return this.contentH > this.vh + 1;
  }

  get scrollOffset(): number {
    return this.offset;
  }

  /** Says how tall the content is (call after adding it). */
  setContentHeight(h: number): this {
    this.contentH = h;
    this.scrollTo(this.offset, false);
    return this;
  }

  /** Whether a point on the screen lies inside the window. */
  contains(x: number, y: number): boolean {
    return x >= this.vx && x <= this.vx + this.vw && y >= this.vy && y <= this.vy + this.vh;
  }

  private onBar(x: number, y: number): boolean {
    const bx = isRtl() ? this.vx : this.vx + this.vw - BAR - 4;
    return x >= bx && x <= bx + BAR + 4 && y >= this.vy && y <= this.vy + this.vh;
  }

  scrollBy(dy: number): void {
    this.scrollTo(this.offset + dy);
  }

  /** Scrolls a page: by the window's height less a line, so that the reader keeps their place. */
  page(step: 1 | -1): void {
    this.scrollBy(step * (this.vh - 40));
  }

  scrollTo(y: number, animate = true): void {
    const max = Math.max(0, this.contentH - this.vh);
    const to = Math.max(0, Math.min(max, Math.round(y)));
    this.offset = to;
    this.scene.tweens.killTweensOf(this.content);
    if (animate && !reducedMotion()) this.scene.tweens.add({ targets: this.content, y: -to, duration: 140, ease: 'Quad.easeOut' });
    else this.content.y = -to;
    this.layoutBar();
  }

  /** Brings a band of the content (local y from top to bottom) into view. */
  reveal(top: number, bottom: number): void {
    if (top < this.offset) this.scrollTo(top - 8);
    else if (bottom > this.offset + this.vh) this.scrollTo(Math.min(top - 8, bottom - this.vh + 8));
  }

  private layoutBar(): void {
    const g = this.bar.clear();
    const on = this.scrollable;
    this.more.setVisible(on && this.offset < this.contentH - this.vh - 1);
    if (!on) return;
    const x = isRtl() ? 2 : this.vw - BAR - 2;
    const track = this.vh - 2 * (BAR + 4);
    const thumb = Math.max(28, (track * this.vh) / this.contentH);
    const ty = BAR + 4 + ((track - thumb) * this.offset) / Math.max(1, this.contentH - this.vh);
    g.fillStyle(0x0d1117, 0.9).fillRoundedRect(x, 0, BAR, this.vh, 6);
    g.fillStyle(C.buttonEdge, 1).fillRoundedRect(x + 2, ty, BAR - 4, thumb, 4);
    g.fillStyle(C.accent, 1);
    g.fillTriangle(x + 2, BAR, x + BAR - 2, BAR, x + BAR / 2, 3);
    g.fillTriangle(x + 2, this.vh - BAR, x + BAR - 2, this.vh - BAR, x + BAR / 2, this.vh - 3);
  }
}

/** The scroll panel a game object sits in, if any (for clicks outside its window, and for scrolling to focus). */
export function panelOf(obj: Phaser.GameObjects.GameObject): ScrollPanel | null {
  for (let p = obj.parentContainer; p; p = p.parentContainer) if (p instanceof ScrollPanel) return p;
  return null;
}

/** The y of an object inside its panel's content. */
export function contentY(obj: Phaser.GameObjects.Container, panel: ScrollPanel): number {
  let y = 0;
  for (let p: Phaser.GameObjects.Container | null = obj; p && p !== panel.content; p = p.parentContainer) y += p.y;
  return y;
}

/** Scrolls an object of height h into view if it sits in a scroll panel. */
export function revealInPanel(obj: Phaser.GameObjects.Container, h: number): void {
  const panel = panelOf(obj);
  if (!panel) return;
  const y = contentY(obj, panel);
  panel.reveal(y, y + h);
}
