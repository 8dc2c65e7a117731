import Phaser from 'phaser';
import { announceLanguage } from '../app/offline';
import { app, createApp, notice } from './app';
import { firstLoad } from './first-load';
import { loadScenarios, setTextVariant } from './scenarios';
import { t } from './i18n';
import { Boot } from './scenes/Boot';
import { Debrief } from './scenes/Debrief';
import { Ending } from './scenes/Ending';
import { Title } from './scenes/Title';
import { Turn } from './scenes/Turn';
import { getRenderScale, HEIGHT, setRenderScale, WIDTH } from './theme';
import { makeIconTextures } from './widgets/icons';

// Starts the game: the accessible layer, the Phaser game at 16:9 scaled to the window, and the test handle.
// Phaser boots while the first screen's scenario files load (first-load.ts); the scenes start when both are done.

/** Draw at 1×, 1.5× or 2× of 1280×720, so that text stays sharp on large screens and projectors. */
function chooseRenderScale(): number {
  const fit = Math.min(window.innerWidth / WIDTH, window.innerHeight / HEIGHT) * (window.devicePixelRatio || 1);
  return fit >= 1.9 ? 2 : fit >= 1.4 ? 1.5 : 1;
}

export async function startGame(parent: HTMLElement, a11yRoot: HTMLElement): Promise<Phaser.Game> {
  performance.mark('sb:start');
  const { asked, handed, firstScreen, variant: words } = firstLoad();
  let { scenarios } = firstLoad();
  const variant = await words;
  // If the Persian words could not load, the scenarios are shown in the interface's language too, never mixed.
  if (variant.lang !== asked.lang || variant.level !== asked.level) {
    setTextVariant(variant);
    scenarios = loadScenarios(firstScreen);
  }
  document.documentElement.lang = t.lang;
  document.documentElement.dir = t.dir;
  document.title = t.app.pageTitle;
  announceLanguage(t.lang);
  const a = createApp(a11yRoot);
  if (variant.lang !== asked.lang) a.notices.push(notice('warning', t.notices.langFailed(asked.lang)));
  a.defaults = handed;
  const k = chooseRenderScale();
  setRenderScale(k);
  (window as unknown as { __sb: unknown }).__sb = {
    session: a.session,
    snapshot: () => a.session.snapshot(),
    screen: '',
    variant,
    get game() {
      return app().game;
    },
  };
  const game = new Phaser.Game({
    // Canvas, not WebGL: this is a 2D interface, and school machines without GPU acceleration run WebGL in
    // software at ~10 frames a second (measured here: 83 ms frames with SwiftShader, 16.7 ms with Canvas).
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#141a22',
    width: WIDTH * k,
    height: HEIGHT * k,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    input: { keyboard: false },
    // Phaser's sound system is not used (the cues are made with Web Audio in sound.ts): skipping it saves ~100 ms.
    audio: { noAudio: true },
    // Images through <img> rather than XHR, which file:// pages may not use.
    loader: { imageLoadType: 'HTMLImageElement' },
    banner: false,
    scene: [],
  });
  a.game = game;
  await scenarios;
  game.scene.add('Boot', Boot, true);
  for (const [key, scene] of [['Title', Title], ['Turn', Turn], ['Ending', Ending], ['Debrief', Debrief]] as const) game.scene.add(key, scene);
  followWindow(game);
  return game;
}

/** When the window changes size enough to need another render scale, redraw at it (screens are rebuilt from the
 *  game's state, so nothing is lost; a half-typed seed on the title is kept by the title itself). */
function followWindow(game: Phaser.Game): void {
  let timer = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const k = chooseRenderScale();
      if (k === getRenderScale()) return;
      setRenderScale(k);
      game.scale.setGameSize(WIDTH * k, HEIGHT * k);
      for (const key of game.textures.getTextureKeys()) if (key === 'backdrop' || key.startsWith('icon-')) game.textures.remove(key);
      const active = game.scene.getScenes(true);
      if (active[0]) makeIconTextures(active[0]);
      for (const scene of active) scene.scene.restart();
    }, 150);
  });
}
