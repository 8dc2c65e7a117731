import type { ScenarioData } from './scenario.js';
import { compileScenario, type CompiledScenario } from './compile.js';
import { createGameActor, type GameActor } from './machine.js';
import { compareSemver, finalHash, isSemver, MIN_COMPATIBLE_ENGINE, ENGINE_VERSION, RECORD_FORMAT, type Decision, type GameRecord } from './record.js';
import { isChoiceOpen, openChoices } from './turn.js';
import { majorityChoice, votesAreValid } from './votes.js';
import type { GameState } from './types.js';

// The one way a game is played from its record: verification, resuming a save, what-if, the projector, the
// viewer, the CLI, simulation and the tests all call play(). Nothing else sends CHOOSE/CONTINUE in a loop.

/** Why a decision of a record could not be played. */
export interface RefusedAt {
  /** 0-based index in record.decisions. */
  index: number;
  turn: number;
  choice: string;
  why: 'ended' | 'closed' | 'vote';
}

export interface PlayOptions {
  /** Asked for the next decision once the record's own are played (a strategy, a bot); null stops. */
  next?: (game: GameState, open: readonly string[]) => Decision | null;
  /** Leave the last decision's consequences showing (no CONTINUE after it): a branch or a save made there. */
  holdLast?: boolean;
}

export interface Played {
  game: GameState;
  /** The running actor, standing where the record leaves the game; the caller stops it. */
  actor: GameActor;
  /** The decisions actually played (the record's, then any from `next`). */
  decisions: Decision[];
  refusedAt?: RefusedAt;
}

// The rules answer "is this open?" directly: asking the actor (`can`) would compute a whole transition.
function send(cs: CompiledScenario, actor: GameActor, d: Decision): RefusedAt['why'] | null {
  const snap = actor.getSnapshot();
  const g = snap.context.game;
  if (snap.status === 'done' || g.ending) return 'ended';
  if (d.votes) {
    if (!votesAreValid(cs, g, d.votes) || majorityChoice(cs, g, d.votes) !== d.choice) return 'vote';
    actor.send({ type: 'VOTE', votes: d.votes });
  } else actor.send({ type: 'CHOOSE', choice: d.choice }); // the machine's guard refuses a closed choice
  return actor.getSnapshot().context.game === g ? 'closed' : null;
}

/** Plays a record's decisions (then any from `options.next`) through the machine. */
export function play(scenario: ScenarioData, record: Pick<GameRecord, 'seed' | 'difficulty' | 'settings' | 'decisions'>, options: PlayOptions = {}): Played {
  const cs = compileScenario(scenario);
  const actor = createGameActor(scenario, { seed: record.seed, difficulty: record.difficulty, settings: record.settings }).start();
  const played: Decision[] = [];
  const total = record.decisions.length;
  const step = (d: Decision, isLast: boolean): RefusedAt | undefined => {
    const before = actor.getSnapshot().context.game;
    const why = send(cs, actor, d);
    if (why) return { index: played.length, turn: before.turn, choice: d.choice, why };
    played.push(d);
    if (!(isLast && options.holdLast)) actor.send({ type: 'CONTINUE' });
    return undefined;
  };
  for (let i = 0; i < total; i++) {
    const refusedAt = step(record.decisions[i]!, i === total - 1 && !options.next);
    if (refusedAt) return { game: actor.getSnapshot().context.game, actor, decisions: played, refusedAt };
  }
  if (options.next) {
    for (let snap = actor.getSnapshot(); snap.status !== 'done' && snap.context.game.card !== null; snap = actor.getSnapshot()) {
      const d = options.next(snap.context.game, openChoices(cs, snap.context.game));
      if (!d) break;
      const refusedAt = step(d, false);
      if (refusedAt) return { game: actor.getSnapshot().context.game, actor, decisions: played, refusedAt };
    }
  }
  return { game: actor.getSnapshot().context.game, actor, decisions: played };
}

/** Plays a record to its end state and stops the actor: the game it gives, or where it was refused. */
export function playOut(scenario: ScenarioData, record: Pick<GameRecord, 'seed' | 'difficulty' | 'settings' | 'decisions'>, options: PlayOptions = {}): Omit<Played, 'actor'> {
  const { actor, ...rest } = play(scenario, record, options);
  actor.stop();
  return rest;
}

export type RefusalKind = 'malformed' | 'oversized' | 'truncated' | 'tampered' | 'version' | 'unknown-scenario';
export interface Refusal {
  kind: RefusalKind;
  message: string;
}
export type Verified = { ok: true; record: GameRecord; game: GameState } | ({ ok: false } & Refusal);

const MAX_DECISIONS = 500;
const refuse = (kind: RefusalKind, message: string): Verified => ({ ok: false, kind, message });

/** Why a record cannot be played by this engine and scenario, or null. */
export function compatibility(record: GameRecord, scenario: ScenarioData): Refusal | null {
  if (record.format !== RECORD_FORMAT) return { kind: 'version', message: `This replay was saved in format ${record.format}; this version of the game reads format ${RECORD_FORMAT}.` };
  if (!isSemver(record.engine)) return { kind: 'tampered', message: `This replay names an engine version "${record.engine}" that is not a valid version number.` };
  if (compareSemver(record.engine, MIN_COMPATIBLE_ENGINE) < 0)
    return { kind: 'version', message: `This replay was made with engine ${record.engine}; this game plays records from engine ${MIN_COMPATIBLE_ENGINE} on.` };
  if (compareSemver(record.engine, ENGINE_VERSION) > 0)
    return { kind: 'version', message: `This replay was made with engine ${record.engine}, newer than this game's ${ENGINE_VERSION}: open it in an updated copy of the game.` };
  const cs = compileScenario(scenario);
  if (record.scenario.version !== scenario.version)
    return { kind: 'version', message: `This replay was made with version ${record.scenario.version} of "${scenario.title}"; this is version ${scenario.version}.` };
  if (record.scenario.rules !== cs.rules)
    return { kind: 'version', message: `This replay was made with other rules for version ${scenario.version} of "${scenario.title}" (rules ${record.scenario.rules}; here ${cs.rules}).` };
  if (!scenario.difficulties.some((d) => d.id === record.difficulty))
    return { kind: 'tampered', message: `This replay names a difficulty "${record.difficulty}" that the scenario does not have.` };
  if (record.decisions.length > MAX_DECISIONS) return { kind: 'oversized', message: `This replay lists ${record.decisions.length} decisions, more than any game has.` };
  return null;
}

function refusalText(r: RefusedAt, hasResult: boolean): string {
  if (r.why === 'ended') return `This replay was altered: it lists decisions after the game ended on turn ${r.turn}.`;
  if (r.why === 'vote') return `This replay was altered: choice "${r.choice}" (decision ${r.index + 1}) is not what the class vote on turn ${r.turn} decided.`;
  return `This replay ${hasResult ? 'was altered' : 'cannot be played here'}: choice "${r.choice}" (decision ${r.index + 1}) was not open on turn ${r.turn}.`;
}

/** Compares a played record with the result it claims (if any): the verdict on a record. */
export function checkPlayed(record: GameRecord, game: GameState, refusedAt?: RefusedAt): Verified {
  if (refusedAt) return refuse('tampered', refusalText(refusedAt, record.result !== undefined));
  const r = record.result;
  if (r && game.turn < r.turns && game.ending === null)
    return refuse('truncated', `This replay is incomplete: its ${record.decisions.length} decisions reach turn ${game.turn} of the ${r.turns} it records.`);
  if (r && (finalHash(game, record) !== r.final || game.turn !== r.turns || (game.ending?.id ?? null) !== r.ending))
    return refuse('tampered', 'This replay was altered: playing its decisions does not give the final state it records.');
  return { ok: true, record, game };
}

/**
 * Checks a record against a scenario and plays it once. A record with a result must give exactly that result;
 * one without (a save) must at least play. Its own claims (turn, ending) are never shown unverified.
 */
export function verifyRecord(record: GameRecord, scenario: ScenarioData): Verified {
  const problem = compatibility(record, scenario);
  if (problem) return refuse(problem.kind, problem.message);
  const { game, refusedAt } = playOut(scenario, record);
  return checkPlayed(record, game, refusedAt);
}
