// Where the first playable turn's time goes, against the blank Phaser scene (bench/blank/) and that scene with the
// first turn's texts (bench/blank-texts/): builds and serves the site as `npm run bench:web` does, times LOADS loads
// of each, then records TRACES Chromium performance traces of each and splits the renderer's main thread at the game's marks (sb:first-load, sb:start, sb:boot, sb:turn,
// sb:playable): busy time in each phase, and its CPU time (the trace's thread time; on a shared machine the wall
// time is mostly waiting for a core). TRACE_DIR keeps the traces (open them in Chrome's Performance panel).
// Run: node bin/run-ts.mjs bench/first-turn-profile.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';
import { buildFloorPages, FLOOR_PAGES } from './floor-pages';

const LOADS = Number(process.env.LOADS ?? 10);
const TRACES = Number(process.env.TRACES ?? 3);
const SCENARIO = process.env.SCENARIO ?? '2022-suspicious-bind';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string };
}

interface Load {
  ms: number;
  /** Scripts: name → [start, end] in ms after navigation. */
  scripts: Record<string, [number, number]>;
  trace?: TraceEvent[];
}

async function load(url: string, trace: boolean): Promise<Load> {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const cdp = trace ? await b.context.newCDPSession(page) : null;
    const events: TraceEvent[] = [];
    if (cdp) {
      cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
    }
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('sb:playable').length > 0, null, { timeout: 20_000 });
    const ms = (await page.evaluate(`performance.getEntriesByName('sb:playable')[0].startTime`)) as number;
    const scripts = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script').map(e => [e.name.replace(/^.*\\//, '').replace(/-[\\w-]{8}\\.js$/, '.js'), [Math.round(e.startTime), Math.round(e.responseEnd)]]))`,
    )) as Record<string, [number, number]>;
    if (cdp) {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
    }
    return { ms, scripts, trace: cdp ? events : undefined };
  } finally {
    await b.close();
  }
}

/** Busy and CPU milliseconds of the main thread's tasks in each phase between the page's marks, up to sb:playable. */
function phases(events: TraceEvent[]): Map<string, { busy: number; cpu: number }> {
  const playable = events.find((e) => e.name === 'sb:playable' && e.cat?.includes('blink.user_timing'))!;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === playable.pid)!;
  const t0 = events.filter((e) => e.name === 'navigationStart' && e.pid === main.pid).sort((a, b) => b.ts - a.ts).find((e) => e.ts < playable.ts)!.ts;
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('sb:') && e.pid === main.pid).sort((a, b) => a.ts - b.ts);
  const bounds: [string, number, number][] = [];
  let from = t0;
  let label = 'navigation';
  for (const m of marks) {
    bounds.push([`${label} → ${m.name}`, from, m.ts]);
    from = m.ts;
    label = m.name;
    if (m.name === 'sb:playable') break;
  }
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur);
  const out = new Map<string, { busy: number; cpu: number }>();
  for (const [name, a, z] of bounds) {
    let busy = 0;
    let cpu = 0;
    for (const t of tasks) {
      const overlap = Math.min(z, t.ts + t.dur!) - Math.max(a, t.ts);
      if (overlap <= 0) continue;
      busy += overlap / 1000;
      cpu += ((t.tdur ?? t.dur!) * (overlap / t.dur!)) / 1000;
    }
    out.set(name, { busy, cpu });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const spread = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

const served = await buildAndServe({ withFixture: false });
try {
  await buildFloorPages(served.dist);
  const pages = { game: `${served.url}?scenario=${SCENARIO}&seed=profile`, blank: served.url + FLOOR_PAGES.blank, 'blank-texts': served.url + FLOOR_PAGES['blank-texts'] };
  const kinds = ['game', 'blank', 'blank-texts'] as const;
  const times = { game: [] as number[], blank: [] as number[], 'blank-texts': [] as number[] };
  for (let i = 0; i < LOADS; i++) for (const k of kinds) times[k].push((await load(pages[k], false)).ms);
  console.log(`first playable, ${LOADS} loads each: game ${spread(times.game)}; blank ${spread(times.blank)}; ratio ${(median(times.game) / median(times.blank)).toFixed(2)}`);
  console.log(`blank scene with the first turn's texts: ${spread(times['blank-texts'])}; ${(median(times['blank-texts']) / median(times.blank)).toFixed(2)}× the blank scene`);
  for (const k of kinds) {
    const runs: Load[] = [];
    for (let i = 0; i < TRACES; i++) runs.push(await load(pages[k], true));
    const split = runs.map((r) => phases(r.trace!));
    console.log(`\n${k}: ${TRACES} traced loads, playable ${spread(runs.map((r) => r.ms))}; main thread, median per phase:`);
    for (const name of split[0]!.keys()) {
      const busy = median(split.map((s) => s.get(name)?.busy ?? 0));
      const cpu = median(split.map((s) => s.get(name)?.cpu ?? 0));
      console.log(`  ${name.padEnd(34)} busy ${busy.toFixed(0).padStart(4)} ms, CPU ${cpu.toFixed(0).padStart(4)} ms`);
    }
    const totals = split.map((s) => [...s.values()].reduce((n, p) => n + p.cpu, 0));
    console.log(`  ${'total CPU'.padEnd(34)} ${spread(totals)}`);
    console.log(`  scripts (start → loaded, ms): ${Object.entries(runs[0]!.scripts).map(([f, [a, z]]) => `${f} ${a} → ${z}`).join(', ')}`);
    if (process.env.TRACE_DIR) {
      mkdirSync(process.env.TRACE_DIR, { recursive: true });
      runs.forEach((r, i) => writeFileSync(join(process.env.TRACE_DIR!, `${k}-${i}.json`), JSON.stringify({ traceEvents: r.trace })));
    }
  }
} finally {
  await served.close();
}
