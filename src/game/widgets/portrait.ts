import type Phaser from 'phaser';
import { C } from '../theme';

// The advisors' portrait style: a stylised bust (never a likeness) on a disc in the colour of their camp, with the
// camp's emblem as a badge, so that the two camps and the government read apart by shape as well as colour.

export const CAMP_COLOURS = [0xb5654d, 0x4d9fb5];
export const GOVERNMENT_COLOUR = 0xc9a227;

export function campColour(campIds: readonly string[], camp: string): number {
  const i = campIds.indexOf(camp);
  return i >= 0 ? CAMP_COLOURS[i % 2]! : GOVERNMENT_COLOUR;
}

export function campIcon(campIds: readonly string[], camp: string): string {
  const i = campIds.indexOf(camp);
  return i >= 0 ? `icon-camp-${i % 2}` : 'icon-government';
}

/** Draws a portrait of diameter d centred at (x, y) into the container. */
export function addPortrait(scene: Phaser.Scene, into: Phaser.GameObjects.Container, x: number, y: number, d: number, colour: number, icon: string, seedText: string): void {
  const g = scene.add.graphics();
  const r = d / 2;
  // A small, stable variation per advisor (head tilt and shoulder width), from their name.
  let hsh = 0;
  for (const ch of seedText) hsh = (hsh * 31 + ch.charCodeAt(0)) >>> 0;
  const tilt = ((hsh % 7) - 3) * 0.6;
  const shoulders = 0.62 + ((hsh >> 3) % 5) * 0.03;
  g.fillStyle(colour, 0.9).fillCircle(x, y, r);
  g.fillStyle(0x10151b, 0.9);
  g.fillCircle(x + tilt, y - r * 0.18, r * 0.3);
  g.fillEllipse(x, y + r * 0.62, r * 2 * shoulders, r * 0.95);
  g.lineStyle(2, C.text, 0.7).strokeCircle(x, y, r);
  into.add(g);
  if (scene.textures.exists(icon)) {
    const b = scene.add.graphics();
    b.fillStyle(0x10151b, 1).fillCircle(x + r * 0.72, y + r * 0.72, r * 0.42);
    b.lineStyle(1.5, colour, 1).strokeCircle(x + r * 0.72, y + r * 0.72, r * 0.42);
    const img = scene.add.image(x + r * 0.72, y + r * 0.72, icon).setDisplaySize(r * 0.6, r * 0.6);
    into.add([b, img]);
  }
}
