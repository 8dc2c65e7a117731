import { readFileSync, statSync } from 'node:fs';
import { compileScenario, type Verified } from '../engine/index.js';
import { binaryKind, fileTooLargeMessage, notReplayFileMessage, readRecordCode, readReplayText, verifyAny } from '../app/index.js';
import { MAX_INPUT_BYTES } from '../app/hand-in.js';
import { UsageError } from './errors.js';
import { findScenarioById, resolveScenario } from './scenarios.js';
import type { ScenarioData } from '../scenario/types.js';
import { renderEnding, renderTurn } from './render.js';

/** Reads a replay from a file (JSON or a code) or a code given directly, and verifies it by playing it again. */
export function loadAndVerify(arg: string, find: (id: string) => ScenarioData | undefined = findScenarioById): Verified {
  if (/^SB\d\./.test(arg)) return readRecordCode(arg, find);
  let bytes: Buffer;
  try {
    // The size first: a 40 MB file is not read to learn that it is no replay.
    const size = statSync(arg).size;
    if (size > MAX_INPUT_BYTES) return { ok: false, kind: 'oversized', message: fileTooLargeMessage(size) };
    bytes = readFileSync(arg);
  } catch {
    throw new UsageError(`cannot read the file "${arg}"`);
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, kind: 'malformed', message: notReplayFileMessage(kind) };
  const read = readReplayText(bytes.toString('utf8'));
  return 'refusal' in read ? { ok: false, ...read.refusal } : verifyAny(read.replay, find);
}

/** With --scenario, replays are checked against that file; otherwise against the shipped scenarios. */
export function replayCommand(args: string[], o: { json?: boolean; scenario?: string }, out: (line: string) => void): number {
  if (args.length !== 1) throw new UsageError('replay needs one replay file or code');
  const given = o.scenario ? resolveScenario(o.scenario) : undefined;
  const find = given ? (id: string) => (id === given.id ? given : undefined) : findScenarioById;
  const result = loadAndVerify(args[0]!, find);
  if (!result.ok) {
    if (o.json) out(JSON.stringify({ verified: false, reason: result.kind, message: result.message }));
    else out(`Refused (${result.kind}): ${result.message}`);
    return 1;
  }
  const scenario = find(result.record.scenario.id)!;
  const cs = compileScenario(scenario);
  const g = result.game;
  if (o.json) {
    out(JSON.stringify({ verified: true, scenario: scenario.id, seed: g.seed, difficulty: g.difficulty, ending: g.ending?.id ?? null, turns: g.turn, timeline: g.log }));
    return 0;
  }
  out(`Verified: ${scenario.title}, seed "${g.seed}", ${g.difficulty}, ${g.turn} turns.\n`);
  for (const rec of g.log) out(renderTurn(cs, rec) + '\n');
  if (g.ending) out(renderEnding(cs, g));
  return 0;
}
