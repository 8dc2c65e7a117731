// A page's V8 heap snapshot, read in Node: totals by object kind, and how much of the heap is V8's compiled code
// (what DevTools calls "(compiled code)": bytecode, baseline and optimised machine code, their feedback and
// metadata) rather than the page's own objects. Used by bench/web.bench.ts and bench/heap-diff.ts.
import type { Page } from 'playwright-core';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapSnapshot {
  readonly raw: RawSnapshot;
  readonly count: number;
  type(i: number): string;
  name(i: number): string;
  size(i: number): number;
  /** The node's outgoing edges: [edge name, target node]. */
  edges(i: number): Iterable<[string, number]>;
}

/** A full garbage collection, then a heap snapshot of the page. */
export async function takeSnapshot(page: Page): Promise<HeapSnapshot> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return readSnapshot(JSON.parse(chunks.join('')) as RawSnapshot);
}

export function readSnapshot(raw: RawSnapshot): HeapSnapshot {
  const { node_fields: nf, node_types, edge_fields: ef, edge_types } = raw.snapshot.meta;
  const [T, N, S, E, W] = [nf.indexOf('type'), nf.indexOf('name'), nf.indexOf('self_size'), nf.indexOf('edge_count'), nf.length];
  const [ET, EN, ETO, EW] = [ef.indexOf('type'), ef.indexOf('name_or_index'), ef.indexOf('to_node'), ef.length];
  const count = raw.nodes.length / W;
  const first = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    first[i] = e;
    e += raw.nodes[i * W + E]! * EW;
    first[i + 1] = e;
  }
  const named = new Set(['context', 'property', 'internal', 'shortcut', 'weak']);
  return {
    raw,
    count,
    type: (i) => node_types[0][raw.nodes[i * W + T]!]!,
    name: (i) => raw.strings[raw.nodes[i * W + N]!]!,
    size: (i) => raw.nodes[i * W + S]!,
    *edges(i) {
      for (let e = first[i]!; e < first[i + 1]!; e += EW) {
        const kind = edge_types[0][raw.edges[e + ET]!]!;
        const n = raw.edges[e + EN]!;
        yield [named.has(kind) ? raw.strings[n]! : String(n), raw.edges[e + ETO]! / W];
      }
    },
  };
}

/** Bytes by kind of node: "type name" for objects, closures and native objects, the type alone for the rest. */
export function byKind(h: HeapSnapshot): Map<string, { n: number; size: number }> {
  const out = new Map<string, { n: number; size: number }>();
  for (let i = 0; i < h.count; i++) {
    const type = h.type(i);
    const k = type === 'object' || type === 'closure' || type === 'native' || type === 'code' ? `${type} ${h.name(i).slice(0, 60)}` : type;
    const e = out.get(k) ?? { n: 0, size: 0 };
    e.n++;
    e.size += h.size(i);
    out.set(k, e);
  }
  return out;
}

export interface HeapParts {
  /** V8's compiled code and its metadata (snapshot type "code"). */
  code: number;
  /** Of which machine code: optimised (Maglev, Turbofan; held by a function) and baseline (Sparkplug; held by the function's shared info). */
  optimised: number;
  baseline: number;
  /** Everything else in the V8 heap: the page's objects, strings, arrays, closures, shapes. */
  data: number;
}

/** The V8 heap of a snapshot (Blink's own objects left out), split into compiled code and the rest. */
export function heapParts(h: HeapSnapshot): HeapParts {
  let code = 0;
  let data = 0;
  const baselineCode = new Set<number>();
  const functionCode = new Set<number>();
  for (let i = 0; i < h.count; i++) {
    const type = h.type(i);
    if (type === 'native' || type === 'synthetic') continue;
    if (type === 'code') code += h.size(i);
    else data += h.size(i);
    if (type === 'closure') for (const [e, to] of h.edges(i)) if (e === 'code') functionCode.add(to);
    if (type === 'code' && h.name(i).startsWith('system / SharedFunctionInfo')) for (const [e, to] of h.edges(i)) if (e === 'trusted_function_data' && h.name(to) === 'system / Code') baselineCode.add(to);
  }
  const machine = (c: number) => {
    let n = h.size(c);
    for (const [e, to] of h.edges(c)) if (e === 'instruction_stream') n += h.size(to);
    return n;
  };
  let optimised = 0;
  let baseline = 0;
  for (const c of baselineCode) baseline += machine(c);
  for (const c of functionCode) if (!baselineCode.has(c) && [...h.edges(c)].some(([e]) => e === 'instruction_stream')) optimised += machine(c);
  return { code, optimised, baseline, data };
}
