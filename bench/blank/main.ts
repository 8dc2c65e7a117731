import { startFloorScene } from './start';

// The floor for `npm run bench:web`: Phaser (the game's own build of it) with one Canvas scene showing one line of
// text, built and started as the game is.

startFloorScene((scene) => {
  scene.add.text(640, 360, 'Blank scene', { fontFamily: 'Georgia, serif', fontSize: '32px', color: '#e8e2d4' }).setOrigin(0.5);
});
