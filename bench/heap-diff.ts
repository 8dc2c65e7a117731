// What grows in the game's JS heap over a long session: heap snapshots at two turn counts, compared by object kind.
// Run: node bin/run-ts.mjs bench/heap-diff.ts [fromTurn=50] [toTurn=200]
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';

const [FROM, TO] = [Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 200)];
const when = (expr: string) => new Function(`return (${expr});`) as () => unknown;
const PHASE = `(() => { const s = window.__sb && window.__sb.snapshot(); return s ? (s.status === 'done' ? 'ended' : s.value) : null; })()`;
const SCREEN = (n: string) => `window.__sb && window.__sb.screen === ${JSON.stringify(n)}`;

async function step(page: Page): Promise<boolean> {
  await page.waitForFunction(when(`['decision', 'ended'].includes(${PHASE})`));
  if ((await page.evaluate(PHASE)) === 'ended') {
    await page.waitForFunction(when(SCREEN('Ending')));
    await page.keyboard.press('Enter');
    await page.waitForFunction(when(SCREEN('Debrief')));
    for (let i = 0; i < 12 && (await page.evaluate(`document.activeElement && document.activeElement.dataset.control`)) !== 'new'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(when(SCREEN('Turn')));
    return false;
  }
  const key = await page.evaluate(`(() => { const b = [...document.querySelectorAll('#sb-controls button[data-control^="choice-"]')]; const open = b.map((x, i) => x.getAttribute('aria-disabled') === 'true' ? 0 : i + 1).filter(Boolean); return open[(window.__sb.snapshot().context.game.turn * 5) % open.length]; })()`);
  await page.keyboard.press(String(key));
  await page.waitForFunction(when(`${PHASE} === 'consequences'`));
  await page.keyboard.press('Enter');
  await page.waitForFunction(when(`${PHASE} !== 'consequences'`));
  return true;
}

interface Snapshot { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] }

async function byKind(page: Page): Promise<Map<string, { n: number; size: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const s = JSON.parse(chunks.join('')) as Snapshot;
  const f = s.snapshot.meta.node_fields;
  const [T, N, S, W] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size'), f.length];
  const types = s.snapshot.meta.node_types[0];
  const out = new Map<string, { n: number; size: number }>();
  for (let i = 0; i < s.nodes.length; i += W) {
    const type = types[s.nodes[i + T]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? s.strings[s.nodes[i + N]!]!.slice(0, 60) : '';
    const k = `${type} ${name}`;
    const e = out.get(k) ?? { n: 0, size: 0 };
    e.n++;
    e.size += s.nodes[i + S]!;
    out.set(k, e);
  }
  return out;
}

const served = await buildAndServe();
const b = await launch();
try {
  const page = await b.context.newPage();
  await page.goto(`${served.url}?scenario=2022-suspicious-bind&seed=heap`);
  await page.waitForFunction(when(SCREEN('Turn')));
  let turns = 0;
  let a = new Map<string, { n: number; size: number }>();
  while (turns < TO) {
    if (await step(page)) turns++;
    if (turns === FROM && !a.size) a = await byKind(page);
  }
  const z = await byKind(page);
  const total = (m: typeof a) => [...m.values()].reduce((x, y) => x + y.size, 0);
  console.log(`heap at turn ${FROM}: ${(total(a) / 1024).toFixed(0)} KB, at turn ${TO}: ${(total(z) / 1024).toFixed(0)} KB`);
  const rows = [...z].map(([k, v]) => ({ k, dn: v.n - (a.get(k)?.n ?? 0), ds: v.size - (a.get(k)?.size ?? 0) })).sort((x, y) => y.ds - x.ds);
  for (const r of rows.slice(0, 25)) console.log(`${(r.ds / 1024).toFixed(1).padStart(8)} KB ${String(r.dn).padStart(7)}  ${r.k}`);
} finally {
  await b.close();
  await served.close();
}
