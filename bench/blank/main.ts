import Phaser from 'phaser';

// The floor for `npm run bench:web`: Phaser (the game's own build of it) with one Canvas scene showing one line of
// text, started as the game starts its own (same size, scale mode and render scale), marked once it is drawn
// (as the game marks its first turn).

class Blank extends Phaser.Scene {
  create(): void {
    this.add.text(640, 360, 'Blank scene', { fontFamily: 'Georgia, serif', fontSize: '32px', color: '#e8e2d4' }).setOrigin(0.5);
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
  scene: [Blank],
});
