import { Composer, isAlias, isMap, isNode, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document } from 'yaml';
import type { ScenarioIssue } from './issues.js';

// Reading a scenario file's YAML within bounds: its size, its nesting, its aliases (billion laughs, alias bombs,
// aliases inside their own anchor) and duplicate keys (checked in linear time), each as a located problem.

/** Far above any scenario (the largest shipped file is about 110 kB). */
export const MAX_FILE_CHARS = 5_000_000;
/** Levels of YAML nesting (the parser's stack); shipped scenarios use fewer than 20. */
export const MAX_DEPTH = 100;
/** yaml's own limit on alias expansion: uses of an anchor times the aliases inside it. */
export const MAX_ALIAS_COUNT = 1000;

export type YamlRead =
  | { ok: true; doc: Document.Parsed; lc: LineCounter; data: unknown }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * The CST parser's tokens for the text, stopping where nesting first goes deeper than MAX_DEPTH (the offset goes
 * into `deep`). yaml's CST parser keeps its own stack, so this never recurses; the composer after it would.
 */
function* boundedTokens(parser: Parser, text: string, deep: { at: number | null }) {
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > MAX_DEPTH) {
      while (text[offset] === ' ' || text[offset] === '\t') offset++; // at the text, not its indentation
      deep.at = offset;
      return;
    }
    offset += lexeme.length;
  }
  yield* parser.end();
}

/** parseDocument, with the nesting bounded and duplicate keys left to structureProblems (yaml's own check is quadratic). */
function parseBounded(text: string, lc: LineCounter): { doc: Document.Parsed | null; deep: number | null } {
  lc.addNewLine(0);
  const parser = new Parser(lc.addNewLine);
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  const deep = { at: null as number | null };
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(boundedTokens(parser, text, deep), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; a scenario file is one'));
      break;
    }
  }
  return { doc, deep: deep.at };
}

/**
 * Duplicate keys in any mapping, aliases without an anchor before them and aliases inside their own anchor: one
 * walk in document order without recursion (yaml's Alias.resolve walks the whole document for every alias).
 */
function structureProblems(doc: Document.Parsed): { problems: { at: number; message: string }[]; firstAlias: number } {
  const problems: { at: number; message: string }[] = [];
  const anchors = new Map<string, { range?: [number, number, number] | null }>();
  let firstAlias = -1;
  const todo: unknown[] = [doc.contents];
  while (todo.length) {
    const node = todo.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const [from = 0, to = 0] = node.range ?? [];
      if (firstAlias < 0) firstAlias = from;
      if (!target) problems.push({ at: from, message: `YAML alias *${node.source} has no anchor &${node.source} before it` });
      else if (target.range && target.range[0] <= from && to <= target.range[1])
        problems.push({ at: from, message: `YAML alias *${node.source} is inside its own anchor &${node.source}: it would never end` });
      continue;
    }
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (keys.has(pair.key.value)) problems.push({ at: pair.key.range?.[0] ?? 0, message: `YAML syntax: the key "${String(pair.key.value)}" appears twice in this mapping` });
        keys.add(pair.key.value);
      }
      for (let i = node.items.length - 1; i >= 0; i--) todo.push(node.items[i]!.value, node.items[i]!.key);
    } else if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) todo.push(node.items[i]);
  }
  return { problems: problems.sort((x, y) => x.at - y.at), firstAlias: Math.max(0, firstAlias) };
}

/** Parses a scenario file's YAML; every problem found at this stage comes back located. */
export function readYaml(text: string, file: string): YamlRead {
  const at = (lc: LineCounter, offset: number, message: string): ScenarioIssue => ({ file, ...lc.linePos(offset), path: '(yaml)', message });
  if (text.length > MAX_FILE_CHARS) {
    const size = `${(text.length / 1e6).toFixed(1)} million characters`;
    return { ok: false, issues: [{ file, line: 1, col: 1, path: '(file)', message: `the file is too large (${size}; a scenario file may have at most ${MAX_FILE_CHARS / 1e6} million)` }] };
  }
  const lc = new LineCounter();
  const { doc, deep } = parseBounded(text, lc);
  if (deep !== null) {
    // The parser stopped mid-way, so its line counter may lack the last line: count them here.
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return { ok: false, issues: [at(lines, deep, `nested too deeply (more than ${MAX_DEPTH} levels of lists and mappings)`)] };
  }
  if (!doc) return { ok: false, issues: [{ file, line: 1, col: 1, path: '(yaml)', message: 'the file holds no YAML document' }] };
  const issues: ScenarioIssue[] = doc.errors.map((err) => at(lc, err.pos[0], `YAML syntax: ${err.message.split('\n')[0] ?? err.message}`));
  if (issues.length) return { ok: false, issues };
  const structure = structureProblems(doc);
  if (structure.problems.length) return { ok: false, issues: structure.problems.map((p) => at(lc, p.at, p.message)) };
  try {
    return { ok: true, doc, lc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return { ok: false, issues: [at(lc, structure.firstAlias, `YAML aliases expand too much (over yaml's limit of ${MAX_ALIAS_COUNT} expansions): write the data out, or use fewer aliases`)] };
  }
}
