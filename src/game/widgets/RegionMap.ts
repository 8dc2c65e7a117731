import Phaser from 'phaser';
import { t } from '../i18n';
import { C, DANGER_FROM, reducedMotion } from '../theme';
import { text } from './text';

// A stylised map of the region (not to scale): Tehran joined to Vienna, Brussels and Washington by the West's
// lines and to Kyiv and Moscow by Russia's, with a glow at Tehran for the elites at home. The lines thicken and
// redden as a tension rises and pulse in its danger zone. The meters beside it say the same in numbers and words.

export const MAP_W = 314;
export const MAP_H = 172;

const CITIES = {
  washington: { x: 14, y: 96, label: 'end' as const },
  brussels: { x: 132, y: 34, label: 'end' as const },
  vienna: { x: 150, y: 92, label: 'end' as const },
  kyiv: { x: 214, y: 66, label: 'end' as const },
  moscow: { x: 232, y: 20, label: 'end' as const },
  tehran: { x: 292, y: 146, label: 'start' as const },
};
const WEST = ['washington', 'brussels', 'vienna'] as const;
const EAST = ['kyiv', 'moscow'] as const;

/** Each city's line to Tehran: a fixed curve, so its points are worked out once, not on every frame of the pulse. */
let routes: Map<keyof typeof CITIES, Phaser.Math.Vector2[]> | null = null;
function routeTo(id: keyof typeof CITIES): Phaser.Math.Vector2[] {
  routes ??= new Map();
  let points = routes.get(id);
  if (!points) {
    const home = CITIES.tehran;
    const c = CITIES[id];
    const mid = new Phaser.Math.Vector2((home.x + c.x) / 2, Math.min(home.y, c.y) - 18);
    points = new Phaser.Curves.QuadraticBezier(new Phaser.Math.Vector2(home.x, home.y), mid, new Phaser.Math.Vector2(c.x, c.y)).getPoints(16);
    routes.set(id, points);
  }
  return points;
}

export class RegionMap extends Phaser.GameObjects.Container {
  private readonly lines: Phaser.GameObjects.Graphics;
  private shown = { west: 0, russia: 0, elites: 0 };
  private pulse = 1;

  constructor(scene: Phaser.Scene, x: number, y: number, values: { west: number; russia: number; elites: number }) {
    super(scene, x, y);
    const g = scene.add.graphics();
    g.fillStyle(0x0d1117, 0.9).fillRoundedRect(0, 0, MAP_W, MAP_H, 8);
    // A faint coast and a sea, drawn freehand: shape only, for a sense of place.
    g.lineStyle(1, C.panelEdge, 0.8);
    g.strokePoints([new Phaser.Math.Vector2(100, 150), new Phaser.Math.Vector2(170, 128), new Phaser.Math.Vector2(230, 136), new Phaser.Math.Vector2(262, 120), new Phaser.Math.Vector2(276, 104)], false);
    g.fillStyle(0x1a2634, 1).fillEllipse(262, 106, 26, 44);
    this.lines = scene.add.graphics();
    this.add([g, this.lines]);
    for (const [id, c] of Object.entries(CITIES)) {
      const dot = scene.add.graphics();
      dot.fillStyle(id === 'tehran' ? C.accent : C.text, 1).fillCircle(c.x, c.y, id === 'tehran' ? 5 : 3.5);
      const label = text(scene, c.label === 'end' ? c.x + 8 : c.x - 10, c.y - 12, t.map.cities[id as keyof typeof t.map.cities], { size: 18, color: id === 'tehran' ? C.accent : C.muted, bold: id === 'tehran' });
      // A map is not mirrored in a right-to-left language: each name stays on its side of its city.
      label.setOrigin(c.label === 'start' ? 1 : 0, 0);
      label.setName(`map-${id}`);
      this.add([dot, label]);
    }
    this.shown = { ...values };
    this.draw();
    // The pulse shows only on a line in its danger zone: with none there, a frame of it would draw the same lines again.
    if (!reducedMotion()) scene.tweens.addCounter({ from: 0.55, to: 1, duration: 900, yoyo: true, repeat: -1, onUpdate: (tw) => ((this.pulse = tw.getValue() ?? 1), this.inDanger() && this.draw()) });
    scene.add.existing(this);
  }

  /** Moves the lines to new values (animated unless the player asked for less motion). */
  setValues(v: { west: number; russia: number; elites: number }, animate = true): void {
    if (!animate || reducedMotion()) {
      this.shown = { ...v };
      return this.draw();
    }
    const from = { ...this.shown };
    this.scene.tweens.addCounter({ from: 0, to: 1, duration: 900, ease: 'Cubic.easeOut', onUpdate: (tw) => {
      const k = tw.getValue() ?? 1;
      this.shown = { west: from.west + (v.west - from.west) * k, russia: from.russia + (v.russia - from.russia) * k, elites: from.elites + (v.elites - from.elites) * k };
      this.draw();
    } });
  }

  private inDanger(): boolean {
    const { west, russia, elites } = this.shown;
    return west >= DANGER_FROM || russia >= DANGER_FROM || elites >= DANGER_FROM;
  }

  private draw(): void {
    const g = this.lines.clear();
    const home = CITIES.tehran;
    const strand = (ids: readonly (keyof typeof CITIES)[], v: number, colour: number) => {
      const danger = v >= DANGER_FROM;
      const alpha = danger ? this.pulse : 0.85;
      g.lineStyle(1.5 + (v / 100) * 5, danger ? C.danger : colour, alpha);
      for (const id of ids) g.strokePoints(routeTo(id), false);
    };
    strand(WEST, this.shown.west, C.west);
    strand(EAST, this.shown.russia, C.russia);
    const e = this.shown.elites;
    const danger = e >= DANGER_FROM;
    g.fillStyle(danger ? C.danger : C.elites, (danger ? 0.45 * this.pulse : 0.3) * (0.4 + e / 100));
    g.fillCircle(home.x, home.y, 8 + e / 6);
  }
}
