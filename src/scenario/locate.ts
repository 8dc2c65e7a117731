import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PathPart } from './issues.js';

// Where in the file a path inside the scenario is. A mapping's keys are indexed once, so that locating many
// problems in a mapping of many keys stays linear (yaml's own getIn searches the keys one by one).

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: PathPart): Pair | undefined {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    indexes.set(map, index);
  }
  return index.get(String(key));
}

/** Finds the line and column of the deepest node that exists along `path`; for an unknown key, the key itself. */
export function locate(doc: Document, lc: LineCounter, path: readonly PathPart[], key?: string): { line: number; col: number } {
  let node: unknown = doc.contents;
  for (const part of path) {
    const next = isMap(node) ? pairOf(node, part)?.value : isSeq(node) && typeof part === 'number' ? node.items[part] : undefined;
    if (!next) break;
    node = next;
  }
  if (key && isMap(node)) {
    const pair = pairOf(node, key);
    if (pair && isScalar(pair.key) && pair.key.range) return lc.linePos(pair.key.range[0]);
  }
  const range = (node as Node | null)?.range;
  return range ? lc.linePos(range[0]) : { line: 1, col: 1 };
}
