import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The game page's budget: the gzipped JavaScript it loads before its first turn is playable — the scripts in
// index.html and one scenario file (the largest, so that the figure holds whichever a link opens).

export const BUDGET_KB = 250;

export interface Budget {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  ok: boolean;
}

const size = (dist: string, file: string) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

export function firstTurnFiles(dist: string): Budget {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\.?\/?([^"]+)"/g)].map((m) => size(dist, m[1]!));
  const scenarios = readdirSync(join(dist, 'scenarios')).map((f) => size(dist, `scenarios/${f}`));
  const largest = scenarios.sort((a, b) => b.gzip - a.gzip).slice(0, 1);
  const files = [...scripts, ...largest];
  const gzip = files.reduce((s, f) => s + f.gzip, 0);
  return { files, gzip, ok: gzip <= BUDGET_KB * 1024 };
}

export function budgetLines(b: Budget): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `Game page, first playable turn: ${kb(b.gzip)} of JavaScript gzipped (budget ${BUDGET_KB} KB)`,
    ...b.files.map((f) => `  ${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`),
  ];
}
