import type { Plugin } from 'vite';

// Builds Phaser from its sources with only what the game uses: the Canvas renderer and sound, no WebGL
// (headless and GPU-less school machines run WebGL in software at ~10 fps, so the game uses Canvas anyway).
// Phaser's sources test build flags as `typeof WEBGL_RENDERER`; they are replaced here as its own build does.

const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: true,
  PLUGIN_FBINSTANT: false,
};

export function phaserCanvasOnly(root: string): Plugin {
  const src = `${root}/node_modules/phaser/src/`;
  return {
    name: 'phaser-canvas-only',
    enforce: 'pre',
    // Phaser's sources expect webpack's `global`.
    config: () => ({
      resolve: { alias: { phaser: `${src}phaser.js`, phaser3spectorjs: `${root}/src/game/empty-module.js` } },
      define: { global: 'globalThis' },
    }),
    transform(code, id) {
      if (!id.startsWith(src)) return null;
      return code.replace(/typeof (CANVAS_RENDERER|WEBGL_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_FBINSTANT)\b/g, (_m, flag: string) => (FLAGS[flag] ? '"boolean"' : 'false'));
    },
  };
}
