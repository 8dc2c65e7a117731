import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS, LEVELS, overlayNames, type TextVariant } from '../app/text-variant.ts';

// The game page's budget: the gzipped JavaScript it loads before its first turn is playable, in the worst case over
// every language and reading level — the scripts in index.html, the language's interface words (i18n/<lang>-*.js,
// none for English) and one scenario file of that variant (the largest, so that the figure holds whichever a link
// opens). A variant without its own file for a scenario shows the nearest one (see overlayNames).

export const BUDGET_KB = 250;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface FirstTurn {
  variant: TextVariant;
  /** The language's words file, if it has one, and the variant's largest scenario file. */
  files: FileSize[];
  /** The page's scripts and `files`, gzipped. */
  gzip: number;
  ok: boolean;
}

export interface Budget {
  /** The scripts every game loads (index.html's). */
  page: FileSize[];
  /** One per language and level, in LANGS × LEVELS order. */
  turns: FirstTurn[];
  worst: FirstTurn;
  ok: boolean;
}

const size = (dist: string, file: string): FileSize => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const sum = (files: FileSize[]) => files.reduce((s, f) => s + f.gzip, 0);

/** scenarios/<id>[.<variant key>]-<hash>.js, as the scenarios plugin names them. */
const SCENARIO_FILE = /^([^.]+?)(?:\.([a-z-]+))?-[0-9a-f]{10}\.js$/;

/** Scenario id → variant key ('' for its own text) → file. */
function scenarioFiles(dist: string): Map<string, Map<string, string>> {
  const byId = new Map<string, Map<string, string>>();
  for (const f of readdirSync(join(dist, 'scenarios'))) {
    const m = SCENARIO_FILE.exec(f);
    if (!m) continue;
    const files = byId.get(m[1]!) ?? new Map<string, string>();
    files.set(m[2] ?? '', `scenarios/${f}`);
    byId.set(m[1]!, files);
  }
  return byId;
}

function wordsFile(dist: string, lang: string): string | undefined {
  const dir = join(dist, 'i18n');
  const f = existsSync(dir) ? readdirSync(dir).find((x) => x.startsWith(`${lang}-`) && x.endsWith('.js')) : undefined;
  return f && `i18n/${f}`;
}

export function firstTurnFiles(dist: string): Budget {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const page = [...html.matchAll(/<script[^>]*\ssrc="\.?\/?([^"]+)"/g)].map((m) => size(dist, m[1]!));
  const scenarios = scenarioFiles(dist);
  const turns = LANGS.flatMap((lang) =>
    LEVELS.map((level): FirstTurn => {
      const variant = { lang, level };
      // The variant's own file, else the one it falls back to (Persian basic → Persian), else the scenario's own text.
      const keys = [...overlayNames(variant).reverse(), ''];
      const shown = [...scenarios.values()].map((files) => size(dist, files.get(keys.find((k) => files.has(k))!)!));
      const largest = shown.sort((a, b) => b.gzip - a.gzip).slice(0, 1);
      const words = wordsFile(dist, lang);
      const files = [...(words ? [size(dist, words)] : []), ...largest];
      const gzip = sum(page) + sum(files);
      return { variant, files, gzip, ok: gzip <= BUDGET_KB * 1024 };
    }),
  );
  const worst = turns.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { page, turns, worst, ok: turns.every((t) => t.ok) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (f: FileSize) => `    ${f.file.padEnd(56)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`;

export function budgetLines(b: Budget): string[] {
  const name = (t: FirstTurn) => `${t.variant.lang} ${t.variant.level}`;
  return [
    `Game page, first playable turn: ${kb(b.worst.gzip)} of JavaScript gzipped at most (${name(b.worst)}; budget ${BUDGET_KB} KB)`,
    `  page scripts: ${kb(sum(b.page))}`,
    ...b.page.map(row),
    ...b.turns.flatMap((t) => [`  ${name(t).padEnd(12)} ${kb(t.gzip).padStart(9)}${t.ok ? '' : `  over the budget by ${kb(t.gzip - BUDGET_KB * 1024)}`}`, ...t.files.map(row)]),
  ];
}
