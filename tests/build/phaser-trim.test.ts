import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, slimUseProblem, trimmedId, trimmedSource, trimProblem } from '../../src/game/phaser-trim';

// What the game's Phaser build leaves out: stubs that fail loudly, indexes slimmed to the members their users read.

const SRC = `${resolve(import.meta.dirname, '../..')}/node_modules/phaser/src/`;

/** Runs a CommonJS module's source the way the bundle does, its requires resolved through the trim hooks. */
function run(id: string, importer = `${SRC}core/Game.js`): unknown {
  const code = trimmedSource(SRC, id);
  if (code === undefined) return createRequire(importer)(id);
  const module = { exports: {} as unknown };
  const require = (source: string) => run(trimmedId(SRC, source, importer) ?? source, importer);
  new Function('module', 'require', code)(module, require);
  return module.exports;
}

describe('the Phaser build\'s left-out modules', () => {
  it('are all in the installed Phaser', () => {
    expect(trimProblem(SRC)).toBeNull();
    expect(LEFT_OUT.length).toBeGreaterThan(0);
  });

  it('resolve to a stub from Phaser\'s own modules, whole folders included, and leave the others alone', () => {
    expect(trimmedId(SRC, './DynamicTexture', `${SRC}textures/TextureManager.js`)).toBe('\0phaser-left-out:textures/DynamicTexture');
    expect(trimmedId(SRC, '../../filters/Blur', `${SRC}gameobjects/components/FilterList.js`)).toBe('\0phaser-left-out:filters/Blur');
    expect(trimmedId(SRC, './CanvasTexture', `${SRC}textures/TextureManager.js`)).toBeUndefined();
    expect(trimmedId(SRC, './DynamicTexture', '/elsewhere/main.ts')).toBeUndefined();
  });

  it('throw, naming themselves, when called or constructed, and nothing is an instance of them', () => {
    const stub = run(trimmedId(SRC, './DynamicTexture', `${SRC}textures/TextureManager.js`)!) as new () => unknown;
    expect(() => new stub()).toThrow(/textures\/DynamicTexture is not in this game's Phaser build: see LEFT_OUT in src\/game\/phaser-trim\.ts/);
    expect(() => (stub as unknown as () => unknown)()).toThrow(/DynamicTexture/);
    expect(() => (stub as unknown as { anything: unknown }).anything).toThrow(/DynamicTexture/);
    expect({} instanceof stub).toBe(false);
  });
});

describe('a slimmed index', () => {
  it('holds only its members, one object for every module that requires it', () => {
    const a = run(trimmedId(SRC, '../math/', `${SRC}core/Config.js`)!) as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(['RandomDataGenerator']);
    expect(typeof a.RandomDataGenerator).toBe('function');
    expect(trimmedId(SRC, '../../math', `${SRC}utils/object/GetAdvancedValue.js`)).toBe(trimmedId(SRC, '../math/', `${SRC}core/Config.js`));
  });

  it('fails the build when a module reads or sets a member it does not hold', () => {
    const file = `${SRC}core/Config.js`;
    const use = (body: string) => slimUseProblem(SRC, `var PhaserMath = require('../math/');\n${body}`, file);
    expect(use('PhaserMath.RND = new PhaserMath.RandomDataGenerator(seed); x = PhaserMath.RND.pick(list);')).toBeNull();
    expect(use('return PhaserMath.Between(1, 2);')).toMatch(/core\/Config\.js uses PhaserMath\.Between of Phaser's math\/index, which src\/game\/phaser-trim\.ts slims to RandomDataGenerator, RND/);
    expect(use('PhaserMath.RandomDataGenerator = null;')).toMatch(/uses PhaserMath\.RandomDataGenerator =/);
    expect(use('return PhaserMath;')).toMatch(/uses PhaserMath of/);
    expect(slimUseProblem(SRC, "var Vector2 = require('../math/Vector2');\nVector2.x;", file)).toBeNull();
  });
});
