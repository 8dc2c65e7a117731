// What grows in the game's JS heap over a long session: heap snapshots at given turn counts (played by keyboard as in
// bench:web), each split into V8's compiled code and the rest, and compared by object kind with the one before.
// Run: node bin/run-ts.mjs bench/heap-diff.ts [turns=10,200,400]
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';
import { byKind, heapParts, takeSnapshot } from './heap-snapshot';
import { nextGame, oneTurn, SCREEN_IS, when } from './keyboard-play';

const MARKS = (process.argv[2] ?? '10,200,400').split(',').map(Number).sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const served = await buildAndServe();
const b = await launch();
try {
  const page = await b.context.newPage();
  await page.goto(`${served.url}?scenario=2022-suspicious-bind&seed=long`);
  await page.waitForFunction(when(SCREEN_IS('Turn')));
  let turns = 0;
  let before: { turn: number; kinds: ReturnType<typeof byKind> } | null = null;
  for (const mark of MARKS) {
    while (turns < mark) if (await oneTurn(page)) turns++;
    else await nextGame(page);
    const snap = await takeSnapshot(page);
    const p = heapParts(snap);
    console.log(`turn ${turns}: V8 heap ${kb(p.code + p.data)} = compiled code ${kb(p.code)} (optimised ${kb(p.optimised)}, baseline ${kb(p.baseline)}) + the rest ${kb(p.data)}`);
    const kinds = byKind(snap);
    if (before) {
      const rows = [...kinds].map(([k, v]) => ({ k, dn: v.n - (before!.kinds.get(k)?.n ?? 0), ds: v.size - (before!.kinds.get(k)?.size ?? 0) })).sort((x, y) => y.ds - x.ds);
      console.log(`  grew most from turn ${before.turn} (Blink's native objects included):`);
      for (const r of rows.slice(0, 20)) console.log(`${(r.ds / 1024).toFixed(1).padStart(10)} KB ${String(r.dn).padStart(7)}  ${r.k}`);
    }
    before = { turn: turns, kinds };
  }
} finally {
  await b.close();
  await served.close();
}
