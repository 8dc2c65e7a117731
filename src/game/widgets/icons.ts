import Phaser from 'phaser';
import { ICON_PATHS } from '../icons-data';
import { C, css, getRenderScale } from '../theme';

// Icons for meters and indicators: drawn once into canvas textures from path data (icons-data.ts).

const SIZE = 48;

/** Makes the icon textures (called by the Boot scene). */
export function makeIconTextures(scene: Phaser.Scene): void {
  const k = getRenderScale();
  for (const [name, paths] of Object.entries(ICON_PATHS)) {
    const key = `icon-${name}`;
    if (scene.textures.exists(key)) continue;
    const tex = scene.textures.createCanvas(key, SIZE * k, SIZE * k);
    if (!tex) continue;
    const ctx = tex.getContext();
    ctx.scale(k, k);
    ctx.strokeStyle = css(C.text);
    ctx.lineWidth = 3.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const d of paths) ctx.stroke(new Path2D(d));
    tex.refresh();
  }
}

export function iconKey(scene: Phaser.Scene, stat: string, campIndex: number): string {
  if (stat === 'west' || stat === 'russia' || stat === 'elites') return `icon-${stat}`;
  if (campIndex >= 0) return `icon-camp-${campIndex % 2}`;
  return scene.textures.exists(`icon-${stat}`) ? `icon-${stat}` : 'icon-indicator';
}

export function iconFor(scene: Phaser.Scene, stat: string, campIndex: number, size: number): Phaser.GameObjects.Image {
  const img = scene.add.image(0, 0, iconKey(scene, stat, campIndex));
  img.setDisplaySize(size, size);
  return img;
}
