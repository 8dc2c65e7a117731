import Phaser from 'phaser';

// The floor pages' Phaser game, started as the game starts its own (same size, scale mode and render scale); `draw`
// makes the scene's objects, and the page is marked `sb:playable` once they are drawn (as the game marks its first turn).

export function startFloorScene(draw: (scene: Phaser.Scene, renderScale: number) => void): void {
  class Floor extends Phaser.Scene {
    create(): void {
      this.cameras.main.setZoom(k).centerOn(640, 360);
      draw(this, k);
      this.game.events.once('postrender', () => performance.mark('sb:playable'));
    }
  }
  const fit = Math.min(window.innerWidth / 1280, window.innerHeight / 720) * (window.devicePixelRatio || 1);
  const k = fit >= 1.9 ? 2 : fit >= 1.4 ? 1.5 : 1;
  new Phaser.Game({
    type: Phaser.CANVAS,
    parent: 'game',
    backgroundColor: '#141a22',
    width: 1280 * k,
    height: 720 * k,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    input: { keyboard: false },
    audio: { noAudio: true },
    banner: false,
    scene: [Floor],
  });
}
