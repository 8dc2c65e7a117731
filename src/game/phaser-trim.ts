import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// What the game's Phaser build (phaser-build.ts) leaves out of the modules it lists. Phaser's sources are CommonJS,
// which the bundler cannot tree-shake: a module that requires another for a method the game never calls still
// ships it. Two declarative lists cut that out of the game page's first turn (~33 KB of 212 KB gzipped, measured
// with `npm run build`):

/**
 * Modules that listed modules require but the game never runs: WebGL filters (Canvas has none), texture formats and
 * textures it never makes, the keyboard manager (the game's keys are the accessible layer's), tween chains and staggers. Each is replaced by a
 * stub that throws, naming itself, if it is ever called or constructed (`instanceof` it is false), so that using
 * one shows at once in the e2e tests rather than as a silent difference. A path ending in "/" is a whole folder.
 */
export const LEFT_OUT: readonly string[] = [
  'filters/',
  'textures/DynamicTexture',
  'textures/parsers/AtlasXML',
  'textures/parsers/KTXParser',
  'textures/parsers/PCT',
  'textures/parsers/PCTDecode',
  'textures/parsers/PVRParser',
  'textures/parsers/UnityYAML',
  'renderer/webgl/',
  'input/keyboard/KeyboardManager',
  'gameobjects/layer/Layer',
  'tweens/builders/StaggerBuilder',
  'tweens/builders/TweenChainBuilder',
  'tweens/tween/TweenChain',
];

/**
 * Index modules ("barrels") that a listed module requires for a member or two: it gets an index of only these
 * members (one object, shared by every module that requires it: Config sets `Math.RND`, GetAdvancedValue reads it).
 * The build fails if a module uses any other member.
 */
export const SLIM_INDEXES: Readonly<Record<string, { members: readonly string[]; set?: readonly string[] }>> = {
  'math/index': { members: ['RandomDataGenerator'], set: ['RND'] },
  // What Depth, Container and List use (not the matrix helpers, Range, QuickSelect…).
  'utils/array/index': {
    members: ['Add', 'AddAt', 'BringToTop', 'CountAllMatching', 'GetAll', 'GetFirst', 'GetRandom', 'MoveAbove', 'MoveBelow', 'MoveDown', 'MoveTo', 'MoveUp', 'Remove', 'RemoveAt', 'RemoveBetween', 'Replace', 'SendToBack', 'SetAll', 'Shuffle', 'StableSort', 'Swap'],
  },
};

const LEFT_OUT_ID = '\0phaser-left-out:';
const SLIM_ID = '\0phaser-slim:';
/** The one module that makes the stubs. */
const STUB_ID = '\0phaser-left-out-stub';

/** Why the lists do not fit the installed Phaser (a left-out module or a slim index's member it no longer has), or null. */
export function trimProblem(src: string): string | null {
  const missing = LEFT_OUT.filter((m) => !existsSync(m.endsWith('/') ? `${src}${m}` : `${src}${m}.js`));
  for (const [index, { members }] of Object.entries(SLIM_INDEXES))
    for (const k of members) if (!existsSync(`${src}${index}.js`) || !memberRequire(src, index, k)) missing.push(`${index}: ${k}`);
  return missing.length ? `src/game/phaser-trim.ts names modules Phaser does not have: ${missing.join(', ')}` : null;
}

/** The module under phaser/src a require from `importer` names (no extension), or null if it is not one. */
function phaserModule(src: string, source: string, importer: string): string | null {
  if (!source.startsWith('.') || !importer.startsWith(src)) return null;
  const base = resolve(dirname(importer), source).replace(/\/$/, '');
  const file = existsSync(`${base}.js`) ? `${base}.js` : existsSync(`${base}/index.js`) ? `${base}/index.js` : null;
  return file && file.startsWith(src) ? file.slice(src.length, -'.js'.length) : null;
}

const isLeftOut = (m: string) => LEFT_OUT.some((x) => (x.endsWith('/') ? m.startsWith(x) : m === x));

/** The id a require resolves to when the module is left out or slimmed, else undefined (resolved as usual). */
export function trimmedId(src: string, source: string, importer: string | undefined): string | undefined {
  if (source === STUB_ID) return STUB_ID;
  const m = importer ? phaserModule(src, source, importer) : null;
  if (!m) return undefined;
  if (isLeftOut(m)) return LEFT_OUT_ID + m;
  if (m in SLIM_INDEXES) return SLIM_ID + m;
  return undefined;
}

/** The source of a left-out or slim module, or undefined for any other id. */
export function trimmedSource(src: string, id: string): string | undefined {
  if (id === STUB_ID)
    return `module.exports = function leftOut(name) {
  var fail = function () { throw new Error("Phaser's " + name + " is not in this game's Phaser build: see LEFT_OUT in src/game/phaser-trim.ts"); };
  return new Proxy(function LeftOut() {}, {
    apply: fail,
    construct: fail,
    get: function (target, key) { return key === 'prototype' || key === '__esModule' || typeof key === 'symbol' ? target[key] : fail(); }
  });
};
`;
  if (id.startsWith(LEFT_OUT_ID)) return `module.exports = require(${JSON.stringify(STUB_ID)})(${JSON.stringify(id.slice(LEFT_OUT_ID.length))});\n`;
  if (id.startsWith(SLIM_ID)) {
    const m = id.slice(SLIM_ID.length);
    const entries = SLIM_INDEXES[m]!.members.map((k) => `  ${k}: require(${JSON.stringify(indexMember(src, m, k))})`);
    return `module.exports = {\n${entries.join(',\n')}\n};\n`;
  }
  return undefined;
}

/** What an index module requires a member from (`Member: require('./file')`), or null. */
const memberRequire = (src: string, index: string, member: string) =>
  new RegExp(`\\b${member}\\s*:\\s*require\\('([^']+)'\\)`).exec(readFileSync(`${src}${index}.js`, 'utf8'))?.[1] ?? null;

/** The file an index module takes a member from. */
function indexMember(src: string, index: string, member: string): string {
  const from = memberRequire(src, index, member);
  if (!from) throw new Error(`src/game/phaser-trim.ts: Phaser's ${index} has no member ${member}`);
  return resolve(dirname(`${src}${index}.js`), from);
}

/**
 * Why a Phaser module's use of a slim index would break (a member the slim index lacks), or null. `code` is the
 * module's source; a module that requires no slim index is fine.
 */
export function slimUseProblem(src: string, code: string, id: string): string | null {
  for (const [, name, source] of code.matchAll(/var (\w+) = require\('([^']+)'\);/g)) {
    const m = phaserModule(src, source!, id);
    if (!m || !(m in SLIM_INDEXES)) continue;
    const { members, set = [] } = SLIM_INDEXES[m]!;
    const uses = [...code.matchAll(new RegExp(`\\b${name}\\b(\\.\\w+)?(\\s*=(?!=))?`, 'g'))].slice(1);
    const bad = uses.filter(([, member, assigned]) => {
      const k = member?.slice(1);
      return !k || !(members.includes(k) || set.includes(k)) || (!!assigned && !set.includes(k));
    });
    if (bad.length) return `${id.slice(src.length)} uses ${bad.map((b) => b[0].trim()).join(', ')} of Phaser's ${m}, which src/game/phaser-trim.ts slims to ${[...members, ...set].join(', ')}: add the member to SLIM_INDEXES`;
  }
  return null;
}
