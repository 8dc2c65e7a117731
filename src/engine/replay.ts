import { createActor } from 'xstate';
import type { ScenarioData } from '../scenario/types.js';
import { fromBase64Url, toBase64Url } from './codec.js';
import { compileScenario } from './compile.js';
import { contentHash, hashString } from './hash.js';
import { gameMachine } from './machine.js';
import type { GameSettings, GameState } from './types.js';

export const ENGINE_VERSION = '1.0.0';
export const REPLAY_FORMAT = 1;
const CODE_PREFIX = 'SB1';
const MAX_CODE_LENGTH = 20_000;
const MAX_CHOICES = 500;

/** A finished or unfinished game as data: enough to play it again and check it. */
export interface Replay {
  format: number;
  engine: string;
  scenario: { id: string; version: number; hash: string };
  seed: string;
  difficulty: string;
  settings: GameSettings;
  choices: string[];
  /** How many decisions the game had: a shorter list of choices is a truncated replay. */
  decisions: number;
  /** Projector mode: the class vote behind each decision (null where the teacher chose directly). */
  votes?: (Record<string, number> | null)[];
  turns: number;
  ending: string | null;
  final: string;
}

export type RefusalKind = 'malformed' | 'oversized' | 'truncated' | 'tampered' | 'version' | 'unknown-scenario';
export type VerifyResult =
  | { ok: true; replay: Replay; game: GameState }
  | { ok: false; kind: RefusalKind; message: string };

export function finalHash(game: GameState): string {
  return contentHash(game);
}

export function replayOf(game: GameState, settings: GameSettings = {}): Replay {
  const decided = game.log.filter((r) => r.choice !== null);
  const votes = decided.some((r) => r.votes) ? decided.map((r) => r.votes ?? null) : undefined;
  return {
    format: REPLAY_FORMAT,
    engine: ENGINE_VERSION,
    scenario: { ...game.scenario },
    seed: game.seed,
    difficulty: game.difficulty,
    settings,
    choices: game.log.filter((r) => r.choice !== null).map((r) => r.choice!),
    decisions: decided.length,
    ...(votes ? { votes } : {}),
    turns: game.turn,
    ending: game.ending?.id ?? null,
    final: finalHash(game),
  };
}

const refuse = (kind: RefusalKind, message: string): VerifyResult => ({ ok: false, kind, message });

/** Plays the choices through the machine. Returns the game, or why a choice could not be played. */
export function playChoices(
  scenario: ScenarioData,
  seed: string,
  difficulty: string,
  choices: readonly string[],
  settings: GameSettings = {},
  votes?: readonly (Record<string, number> | null)[],
): { game: GameState; failedAt?: { index: number; turn: number; choice: string; ended: boolean } } {
  const actor = createActor(gameMachine(scenario), { input: { seed, difficulty, settings } }).start();
  for (let i = 0; i < choices.length; i++) {
    const before = actor.getSnapshot();
    const choice = choices[i]!;
    const vote = votes?.[i] ?? undefined;
    const event = vote ? { type: 'CHOOSE' as const, choice, votes: vote } : { type: 'CHOOSE' as const, choice };
    if (before.status === 'done' || !before.can(event)) {
      actor.stop();
      return { game: before.context.game, failedAt: { index: i, turn: before.context.game.turn, choice, ended: before.status === 'done' } };
    }
    actor.send(event);
    actor.send({ type: 'CONTINUE' });
  }
  const game = actor.getSnapshot().context.game;
  actor.stop();
  return { game };
}

function shapeProblem(r: Record<string, unknown>): string | null {
  const s = r.scenario as Record<string, unknown> | undefined;
  if (typeof r.format !== 'number') return 'it has no format number';
  if (!s || typeof s.id !== 'string' || typeof s.version !== 'number' || typeof s.hash !== 'string') return 'its scenario is not named';
  if (typeof r.seed !== 'string' || typeof r.difficulty !== 'string') return 'it has no seed or difficulty';
  if (!Array.isArray(r.choices) || !r.choices.every((c) => typeof c === 'string')) return 'it has no list of choices';
  if (typeof r.decisions !== 'number') return 'it does not say how many decisions it holds';
  if (r.votes !== undefined && (!Array.isArray(r.votes) || r.votes.length !== r.choices.length)) return 'its class votes do not match its choices';
  if (typeof r.turns !== 'number' || typeof r.final !== 'string' || typeof r.engine !== 'string') return 'it lacks its final state';
  return null;
}

/** Checks a replay against the scenarios we have, replays it, and compares the final state. */
export function verifyReplay(input: unknown, findScenario: (id: string) => ScenarioData | undefined): VerifyResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return refuse('malformed', 'This is not a Suspicious Bind replay.');
  const problem = shapeProblem(input as Record<string, unknown>);
  if (problem) return refuse('malformed', `This is not a complete Suspicious Bind replay: ${problem}.`);
  const r = input as Replay;
  if (r.format !== REPLAY_FORMAT) return refuse('version', `This replay uses format ${r.format}; this version of the game reads format ${REPLAY_FORMAT}.`);
  if (r.engine.split('.')[0] !== ENGINE_VERSION.split('.')[0])
    return refuse('version', `This replay was made with engine ${r.engine}; this game runs engine ${ENGINE_VERSION}.`);
  if (r.choices.length > MAX_CHOICES) return refuse('oversized', `This replay lists ${r.choices.length} choices, more than any game has.`);
  if (r.choices.length < r.decisions)
    return refuse('truncated', `This replay is incomplete: it holds ${r.choices.length} of the game's ${r.decisions} decisions.`);
  if (r.choices.length > r.decisions)
    return refuse('tampered', `This replay was altered: it holds ${r.choices.length} choices but records ${r.decisions} decisions.`);
  const scenario = findScenario(r.scenario.id);
  if (!scenario) return refuse('unknown-scenario', `This replay is for the scenario "${r.scenario.id}", which this game does not have.`);
  const cs = compileScenario(scenario);
  if (cs.hash !== r.scenario.hash || scenario.version !== r.scenario.version)
    return refuse(
      'version',
      `This replay was made with another version of "${scenario.title}" (replay: version ${r.scenario.version}, content ${r.scenario.hash}; here: version ${scenario.version}, content ${cs.hash}).`,
    );
  if (!scenario.difficulties.some((d) => d.id === r.difficulty)) return refuse('tampered', `This replay names a difficulty "${r.difficulty}" that the scenario does not have.`);
  const { game, failedAt } = playChoices(scenario, r.seed, r.difficulty, r.choices, r.settings ?? {}, r.votes);
  if (failedAt) {
    return refuse(
      'tampered',
      failedAt.ended
        ? `This replay was altered: it lists choices after the game ended on turn ${failedAt.turn}.`
        : r.votes?.[failedAt.index]
          ? `This replay was altered: choice "${failedAt.choice}" (decision ${failedAt.index + 1}) is not what the class vote on turn ${failedAt.turn} decided.`
          : `This replay was altered: choice "${failedAt.choice}" (decision ${failedAt.index + 1}) was not open on turn ${failedAt.turn}.`,
    );
  }
  if (finalHash(game) !== r.final || game.turn !== r.turns || (game.ending?.id ?? null) !== r.ending)
    return refuse('tampered', 'This replay was altered: playing its choices does not give the final state it records.');
  return { ok: true, replay: r, game };
}

/** A compact, URL-safe code for a replay: choices as their positions on each card. */
export function encodeReplay(r: Replay, scenario: ScenarioData): string {
  const cs = compileScenario(scenario);
  const { game } = playChoices(scenario, r.seed, r.difficulty, r.choices, r.settings, r.votes);
  const indices = game.log
    .filter((rec) => rec.card && rec.choice)
    .map((rec) => cs.cardById.get(rec.card!)!.choices.findIndex((c) => c.id === rec.choice))
    .join('');
  const fields: unknown[] = [r.engine, r.scenario.id, r.scenario.version, r.scenario.hash, r.seed, r.difficulty, indices, r.turns, r.ending ?? '', r.final, r.settings];
  if (r.votes) fields.push(r.votes);
  const body = toBase64Url(JSON.stringify(fields));
  return `${CODE_PREFIX}.${body}.${hashString(body).slice(0, 6)}`;
}

/** Reads a replay code back into a replay (choice positions become choice ids by replaying the cards). */
export function decodeReplay(code: string, findScenario: (id: string) => ScenarioData | undefined): VerifyResult | { ok: 'decoded'; replay: Replay } {
  const trimmed = code.trim();
  if (trimmed.length > MAX_CODE_LENGTH) return refuse('oversized', `This code is ${trimmed.length} characters long, far longer than any replay code.`);
  const parts = trimmed.split('.');
  if (parts[0] !== CODE_PREFIX) return refuse('malformed', 'This is not a Suspicious Bind replay code (they start with "SB1.").');
  if (parts.length < 3 || parts[2]!.length < 6) return refuse('truncated', 'This replay code is cut short: its end is missing.');
  if (parts.length > 3 || hashString(parts[1]!).slice(0, 6) !== parts[2]) return refuse('tampered', 'This replay code was altered or mistyped: its checksum does not match.');
  const json = fromBase64Url(parts[1]!);
  let fields: unknown;
  try {
    fields = json === null ? null : JSON.parse(json);
  } catch {
    fields = null;
  }
  if (!Array.isArray(fields) || (fields.length !== 11 && fields.length !== 12)) return refuse('malformed', 'This replay code cannot be read.');
  const [engine, id, version, hash, seed, difficulty, indices, turns, ending, final, settings, votes] = fields as [
    string, string, number, string, string, string, string, number, string, string, GameSettings, (Record<string, number> | null)[] | undefined,
  ];
  const scenario = typeof id === 'string' ? findScenario(id) : undefined;
  const choices: string[] = [];
  if (scenario && typeof indices === 'string' && typeof seed === 'string' && typeof difficulty === 'string' && scenario.difficulties.some((d) => d.id === difficulty)) {
    const cs = compileScenario(scenario);
    const actor = createActor(gameMachine(scenario), { input: { seed, difficulty, settings } }).start();
    [...indices].forEach((ch, i) => {
      const snap = actor.getSnapshot();
      const card = snap.context.game.card ? cs.cardById.get(snap.context.game.card) : undefined;
      const choice = card?.choices[Number(ch)]?.id ?? `#${ch}`;
      choices.push(choice);
      const vote = Array.isArray(votes) ? votes[i] : undefined;
      const event = vote ? { type: 'CHOOSE' as const, choice, votes: vote } : { type: 'CHOOSE' as const, choice };
      if (!card || !snap.can(event)) return;
      actor.send(event);
      actor.send({ type: 'CONTINUE' });
    });
    actor.stop();
  }
  const replay: Replay = {
    format: REPLAY_FORMAT,
    engine,
    scenario: { id, version, hash },
    seed,
    difficulty,
    settings: settings ?? {},
    choices,
    decisions: typeof indices === 'string' ? indices.length : 0,
    ...(votes ? { votes } : {}),
    turns,
    ending: ending || null,
    final,
  };
  return { ok: 'decoded', replay };
}

/** Decodes and verifies a code in one step. */
export function verifyReplayCode(code: string, findScenario: (id: string) => ScenarioData | undefined): VerifyResult {
  const decoded = decodeReplay(code, findScenario);
  if (decoded.ok !== 'decoded') return decoded;
  return verifyReplay(decoded.replay, findScenario);
}

/**
 * Reads what a student hands in: a replay file's JSON, or a replay code (a file or pasted text holding one).
 * A cut-off or damaged JSON file is refused here, saying so.
 */
export function readReplayText(text: string): { replay: unknown } | { refusal: { kind: RefusalKind; message: string } } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { replay: JSON.parse(trimmed) };
    } catch {
      return { refusal: { kind: 'truncated', message: 'This replay file is cut short or damaged: it is not complete JSON.' } };
    }
  }
  if (!trimmed) return { refusal: { kind: 'malformed', message: 'This file is empty.' } };
  return { replay: trimmed };
}

/** Verifies a replay given as an object or as a code. */
export function verifyAny(replay: unknown, findScenario: (id: string) => ScenarioData | undefined): VerifyResult {
  return typeof replay === 'string' ? verifyReplayCode(replay, findScenario) : verifyReplay(replay, findScenario);
}
