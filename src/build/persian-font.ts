import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// The Persian font, shipped with the build so that Persian reads the same offline and on machines without one:
// Vazirmatn (npm package `vazirmatn`, SIL OFL), regular and bold, subset at build time to what the game can show
// (Persian letters and digits, punctuation, basic Latin, the interface's signs, and every character of the
// Persian catalogs and overlays). `virtual:persian-font` names the files; src/app/persian-font.ts loads them,
// and only when the page is in Persian.

const ID = 'virtual:persian-font';
export const FONT_FAMILY = 'Vazirmatn';
export const WEIGHTS: Readonly<Record<string, string>> = { '400': 'Regular', '700': 'Bold' };

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** What the subset always keeps, whatever the texts of this build hold. */
export const BASE_TEXT = [
  range(0x20, 0x7e), // basic Latin: sources' titles, seeds and codes, key names
  '\u00a0\u00ab\u00bb\u00b7\u00d7',
  '\u060c\u061b\u061f', // ، ؛ ؟
  range(0x0621, 0x063a), // the Arabic letters Persian shares
  range(0x0640, 0x0655), // tatweel, letters, vowel marks
  '\u066a\u066b\u066c\u0670\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc', // ٪ ٫ ٬, and پ چ ژ ک گ ۀ ی
  range(0x06f0, 0x06f9), // Persian digits
  range(0x0660, 0x0669), // Arabic-Indic digits (in quoted sources)
  '\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069', // joiners and bidi marks
  range(0x2010, 0x2027),
  '\u2190\u2192\u2197\u2212\u23ce\u25b2\u25bc\u2610\u2611\u26a0\u2714\u2716',
].join('');

/** Files whose characters the font must have: the Persian catalogs and the Persian overlays. */
function persianTextFiles(root: string): string[] {
  const dirs = ['src/game/i18n', 'src/teacher/i18n', 'scenarios/overlays'].map((d) => join(root, d)).filter(existsSync);
  return dirs.flatMap((d) => readdirSync(d).filter((f) => /(^|[.-])fa([.-]|$)/.test(f)).map((f) => join(d, f)));
}

/** Every character the subset keeps, sorted (so that the same texts give the same font). */
export function fontText(root: string): string {
  const chars = new Set(BASE_TEXT);
  for (const f of persianTextFiles(root)) for (const c of readFileSync(f, 'utf8')) if (c.codePointAt(0)! >= 0x20) chars.add(c);
  return [...chars].sort().join('');
}

const made = new Map<string, Promise<Buffer>>();

/** The font of one weight as woff2, cut down to `text` (once per process: both pages' builds share it). */
export function subsetWoff2(root: string, weight: string, text: string): Promise<Buffer> {
  const key = `${root}\n${weight}\n${text}`;
  let p = made.get(key);
  if (!p) {
    const require = createRequire(join(root, 'package.json'));
    const subsetFont = require('subset-font') as (font: Buffer, text: string, o: { targetFormat: 'woff2' }) => Promise<Buffer>;
    const ttf = readFileSync(require.resolve(`vazirmatn/fonts/ttf/Vazirmatn-${WEIGHTS[weight]}.ttf`));
    made.set(key, (p = subsetFont(ttf, text, { targetFormat: 'woff2' })));
  }
  return p;
}

const moduleSource = (files: Record<string, string>) => `export const FONT_FAMILY = ${JSON.stringify(FONT_FAMILY)};\nexport const FONT_FILES = ${JSON.stringify(files)};\n`;

export function persianFont(root: string): Plugin {
  let serving = false;
  return {
    name: 'suspicious-bind-persian-font',
    configResolved: (c) => void (serving = c.command === 'serve'),
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    async load(id) {
      if (id !== '\0' + ID) return undefined;
      if (serving) return moduleSource(Object.fromEntries(Object.keys(WEIGHTS).map((w) => [w, `/@sb-font/vazirmatn-${w}.woff2`])));
      const text = fontText(root);
      const files: Record<string, string> = {};
      for (const w of Object.keys(WEIGHTS)) {
        const bytes = await subsetWoff2(root, w, text);
        const file = `assets/vazirmatn-${w}-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.woff2`;
        this.emitFile({ type: 'asset', fileName: file, source: bytes });
        files[w] = file;
      }
      return moduleSource(files);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/@sb-font\/vazirmatn-(\d+)\.woff2$/.exec(req.url ?? '');
        if (!m || !WEIGHTS[m[1]!]) return next();
        subsetWoff2(root, m[1]!, fontText(root)).then((bytes) => {
          res.setHeader('Content-Type', 'font/woff2');
          res.end(bytes);
        }, next);
      });
    },
  };
}
