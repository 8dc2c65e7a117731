import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { slimUseProblem, trimmedId, trimmedSource, trimProblem } from './phaser-trim.ts';

// The game's own Phaser: built from Phaser's sources with only the modules listed below and the Canvas renderer
// (headless and GPU-less school machines run WebGL in software at ~10 fps, so the game uses Canvas anyway).
//
// `import Phaser from 'phaser'` in the game resolves to a namespace made of exactly these modules; the types stay
// Phaser's own. To use another part of Phaser, add one line to PHASER_MODULES (its place in the namespace and its
// file under node_modules/phaser/src), e.g. `'Display.Masks.GeometryMask': 'display/mask/GeometryMask'`.
// A Phaser upgrade: bump the version in package.json and PHASER_VERSION; tests/game/phaser-build.test.ts and the
// build itself fail while a listed module is missing or the versions differ. What the listed modules require but
// the game never runs is left out (phaser-trim.ts).

/** The Phaser release this list was checked against. */
export const PHASER_VERSION = '4.2.1';

/**
 * Namespace path → module under phaser/src (no extension). Scene plugins register themselves on load; an `add.x`
 * (`make.x`) entry is the factory (creator) behind `scene.add.x()` (`scene.make.x()`), loaded for its registration only.
 */
export const PHASER_MODULES: Readonly<Record<string, string>> = {
  Game: 'core/Game',
  Scene: 'scene/Scene',
  Scale: 'scale',
  'Scenes.Events': 'scene/events',
  'GameObjects.Events': 'gameobjects/events',
  'Math.Vector2': 'math/Vector2',
  'Curves.QuadraticBezier': 'curves/QuadraticBezierCurve',
  'Scenes.ScenePlugin': 'scene/ScenePlugin',
  'Events.EventEmitter': 'events/EventEmitter',
  'Cameras.Scene2D.CameraManager': 'cameras/2d/CameraManager',
  'GameObjects.DisplayList': 'gameobjects/DisplayList',
  'GameObjects.UpdateList': 'gameobjects/UpdateList',
  'GameObjects.GameObjectFactory': 'gameobjects/GameObjectFactory',
  'GameObjects.GameObjectCreator': 'gameobjects/GameObjectCreator',
  'GameObjects.Text': 'gameobjects/text/Text',
  'add.text': 'gameobjects/text/TextFactory',
  'GameObjects.Graphics': 'gameobjects/graphics/Graphics',
  'add.graphics': 'gameobjects/graphics/GraphicsFactory',
  'make.graphics': 'gameobjects/graphics/GraphicsCreator',
  'GameObjects.Container': 'gameobjects/container/Container',
  'add.container': 'gameobjects/container/ContainerFactory',
  'GameObjects.Image': 'gameobjects/image/Image',
  'add.image': 'gameobjects/image/ImageFactory',
  'GameObjects.Zone': 'gameobjects/zone/Zone',
  'add.zone': 'gameobjects/zone/ZoneFactory',
  'GameObjects.Rectangle': 'gameobjects/shape/rectangle/Rectangle',
  'add.rectangle': 'gameobjects/shape/rectangle/RectangleFactory',
  'Input.InputPlugin': 'input/InputPlugin',
  'Loader.Events': 'loader/events',
  'Loader.LoaderPlugin': 'loader/LoaderPlugin',
  'Loader.FileTypes.ImageFile': 'loader/filetypes/ImageFile',
  'Loader.FileTypes.SVGFile': 'loader/filetypes/SVGFile',
  'Time.Clock': 'time/Clock',
  'Time.TimerEvent': 'time/TimerEvent',
  'Tweens.TweenManager': 'tweens/TweenManager',
  'Tweens.Tween': 'tweens/tween/Tween',
};

/** Build flags Phaser's sources test as `typeof FLAG`, replaced here as its own build does. */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false, // the game's sound, if any, is plain Web Audio
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const ENTRY = '\0phaser-build';

/** The lines of Phaser's sources the build changes (see `transform`), checked to be there. */
const PATCHED: Record<string, readonly string[]> = {
  'gameobjects/text/MeasureText.js': ['module.exports = MeasureText;'],
  'device/Features.js': ['Features.webGL = testWebGL();'],
  'gameobjects/text/Text.js': ['linePositionX = w - linePositionX - padding.left - padding.right;', 'this.setText(text);', 'this.setLineSpacing(style.lineSpacing);', 'this.setLetterSpacing(style.letterSpacing);', 'this.texture = scene.sys.textures.addCanvas(this._textureKey, this.canvas);'],
  'textures/CanvasTexture.js': ['this.imageData = this.context.getImageData(0, 0, width, height);'],
};

/**
 * Right-to-left text: Phaser places each line at the canvas's width in device pixels, inside a context already
 * scaled by the resolution, so at 1.5× or 2× every Persian line was drawn off its right edge (cut); and it ignores
 * the alignment. Here a line starts at the text's right edge in CSS pixels, and centre and left alignment hold.
 */
const RTL_LINE = `linePositionX = w / resolution - linePositionX - padding.left - padding.right;
                if (style.align === 'center') linePositionX -= (textWidth - textSize.lineWidths[i]) / 2;
                else if (style.align === 'left') linePositionX -= textWidth - textSize.lineWidths[i];`;

/**
 * Phaser measures a font's ascent and descent (a canvas and measureText) every time a text's style is set: ~50 ms
 * of the game's first turn. The result depends only on the font, the test string and the baselines, and the game
 * uses system fonts (no web fonts that could arrive later), so each is measured once.
 */
const MEASURE_TEXT_CACHE = `
var measureUncached = module.exports;
var measured = new Map();
module.exports = function (textStyle) {
  var key = textStyle._font + '|' + textStyle.testString + '|' + textStyle.baselineX + '|' + textStyle.baselineY;
  var m = measured.get(key);
  if (!m) { m = measureUncached(textStyle); measured.set(key, m); }
  return { ascent: m.ascent, descent: m.descent, fontSize: m.fontSize };
};
`;

/**
 * A new Text measured, wrapped and drew itself once for its text and again for its line spacing (every text of the
 * game has one) and letter spacing: here both are set before the text, and it is drawn once, the same.
 */
const TEXT_SPACING_FIRST = `if (style && style.lineSpacing) { this.lineSpacing = style.lineSpacing; }
        if (style && style.letterSpacing) { this.letterSpacing = style.letterSpacing; }
        this.setText(text);`;

/**
 * A canvas texture reads its canvas's pixels back when made (getImageData), for pixel queries a text's texture
 * never gets: while a text makes its texture the texture manager is marked, and the texture starts without that
 * copy (CanvasTexture#update makes one if ever asked).
 */
const TEXT_TEXTURE_MARK = 'sbMakingTextTexture';

/** Why this list cannot build the installed Phaser, or null when it can. */
export function phaserBuildProblem(root: string): string | null {
  const wanted = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { dependencies: Record<string, string> }).dependencies.phaser;
  const installed = (JSON.parse(readFileSync(`${root}/node_modules/phaser/package.json`, 'utf8')) as { version: string }).version;
  if (wanted !== PHASER_VERSION || installed !== PHASER_VERSION)
    return `src/game/phaser-build.ts lists Phaser ${PHASER_VERSION}'s modules, but package.json asks for ${wanted} and ${installed} is installed: check the list against the new sources, then set PHASER_VERSION.`;
  const missing = Object.values(PHASER_MODULES).filter((m) => !existsSync(moduleFile(root, m)));
  if (missing.length) return `src/game/phaser-build.ts lists modules Phaser ${installed} does not have: ${missing.join(', ')}`;
  const trim = trimProblem(`${root}/node_modules/phaser/src/`);
  if (trim) return trim;
  const unpatched = Object.entries(PATCHED).flatMap(([file, texts]) => {
    const source = readFileSync(`${root}/node_modules/phaser/src/${file}`, 'utf8');
    return texts.filter((text) => !source.includes(text)).map((text) => `"${text}" in ${file}`);
  });
  return unpatched.length ? `src/game/phaser-build.ts patches code Phaser ${installed} no longer has: ${unpatched.join(', ')}` : null;
}

function moduleFile(root: string, m: string): string {
  const base = `${root}/node_modules/phaser/src/${m}`;
  return existsSync(`${base}.js`) ? `${base}.js` : `${base}/index.js`;
}

/** The namespace module: Phaser's constants, then every listed module at its place. */
function entrySource(root: string): string {
  const entries = Object.entries(PHASER_MODULES);
  return [
    `import CONST from ${JSON.stringify(`${root}/node_modules/phaser/src/const.js`)};`,
    ...entries.map(([path, m], i) => (/^(add|make)\./.test(path) ? `import ${JSON.stringify(moduleFile(root, m))};` : `import m${i} from ${JSON.stringify(moduleFile(root, m))};`)),
    'const Phaser = Object.assign({}, CONST);',
    'function put(path, value) { const keys = path.split("."); let o = Phaser; for (const k of keys.slice(0, -1)) o = o[k] = o[k] || {}; const last = keys[keys.length - 1]; o[last] = typeof value === "object" && o[last] ? Object.assign(o[last], value) : value; }',
    ...entries.flatMap(([path], i) => (/^(add|make)\./.test(path) ? [] : [`put(${JSON.stringify(path)}, m${i});`])),
    'export default Phaser;',
  ].join('\n');
}

export function phaserBuild(root: string): Plugin {
  const src = `${root}/node_modules/phaser/src/`;
  return {
    name: 'phaser-build',
    enforce: 'pre',
    // The dev server uses Phaser's own prebuilt bundle (its sources are CommonJS, which only the build converts).
    apply: 'build',
    // Phaser's sources expect webpack's `global`.
    config: () => ({
      resolve: { alias: { phaser3spectorjs: `${root}/src/game/empty-module.js` } },
      define: { global: 'globalThis' },
    }),
    buildStart() {
      const problem = phaserBuildProblem(root);
      if (problem) this.error(problem);
    },
    resolveId: (id, importer) => (id === 'phaser' ? ENTRY : trimmedId(src, id, importer)),
    load: (id) => (id === ENTRY ? entrySource(root) : trimmedSource(src, id)),
    transform(code, id) {
      if (!id.startsWith(src)) return null;
      const slim = slimUseProblem(src, code, id);
      if (slim) this.error(slim);
      if (id === `${src}gameobjects/text/MeasureText.js`) code += MEASURE_TEXT_CACHE;
      if (id === `${src}gameobjects/text/Text.js`) {
        const [rtl, setText, lineSpacing, letterSpacing, texture] = PATCHED['gameobjects/text/Text.js']!;
        code = code
          .replace(rtl!, RTL_LINE)
          .replace(setText!, TEXT_SPACING_FIRST)
          .replace(lineSpacing!, ';')
          .replace(letterSpacing!, ';')
          .replace(texture!, `scene.sys.textures.${TEXT_TEXTURE_MARK} = true; ${texture} scene.sys.textures.${TEXT_TEXTURE_MARK} = false;`);
      }
      if (id === `${src}textures/CanvasTexture.js`)
        code = code.replace(PATCHED['textures/CanvasTexture.js']![0]!, `this.imageData = manager.${TEXT_TEXTURE_MARK} ? null : this.context.getImageData(0, 0, width, height);`);
      // Without a WebGL renderer, Phaser need not create a WebGL context at start to see whether WebGL works
      // (~20 ms here; more where WebGL falls back to software rendering).
      if (id === `${src}device/Features.js` && !FLAGS.WEBGL_RENDERER) code = code.replace('Features.webGL = testWebGL();', 'Features.webGL = false;');
      return code.replace(/typeof (CANVAS_RENDERER|WEBGL_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT)\b/g, (_m, flag: string) => (FLAGS[flag] ? '"boolean"' : 'false'));
    },
  };
}
