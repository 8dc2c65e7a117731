import Phaser from 'phaser';

// Icons for meters and indicators, from assets/icons (see assets.ts). Unknown indicators get a gauge.

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
