import { firstLoad } from './first-load';

// Imported first by the page's entry (src/main.ts): the bundle evaluates this before Phaser, so the first screen's
// files are on their way while Phaser's modules are set up. If it throws, startGame asks again and says why.
try {
  firstLoad();
} catch {
  // startGame reports it.
}
