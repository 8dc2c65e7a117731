import type { ScenarioData } from './scenario.js';
import { compileScenario } from './compile.js';
import type { Decision, GameRecord } from './record.js';
import { applyChoice, isChoiceOpen, newGame, openChoices, openNextMonth } from './turn.js';
import { majorityChoice, votesAreValid } from './votes.js';
import type { PlayOptions, Played, RefusedAt } from './play.js';
import type { GameState } from './types.js';

// A record played through the rule functions alone, without the machine: for work that plays thousands of games
// (decision analysis, simulation). It gives exactly the game play() gives (a property test holds it to that); the
// game itself, saves and verification still go through play().

export interface RulesPlayOptions extends PlayOptions {
  /** Called with the game as it stands before each decision (index 0-based, the record's then `next`'s). */
  before?: (game: GameState, index: number) => void;
}

function refusal(cs: ReturnType<typeof compileScenario>, g: GameState, d: Decision): RefusedAt['why'] | null {
  if (g.ending) return 'ended';
  if (d.votes) return votesAreValid(cs, g, d.votes) && majorityChoice(cs, g, d.votes) === d.choice ? null : 'vote';
  return isChoiceOpen(cs, g, d.choice) ? null : 'closed';
}

/** play() without the machine: the record's decisions, then any from `options.next`, by the rules directly. */
export function playRules(scenario: ScenarioData, record: Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>, options: RulesPlayOptions = {}): Omit<Played, 'actor'> {
  const cs = compileScenario(scenario);
  let g = newGame(cs, record.seed, record.difficulty);
  const played: Decision[] = [];
  const total = record.decisions.length;
  const step = (d: Decision, isLast: boolean): RefusedAt | undefined => {
    const why = refusal(cs, g, d);
    if (why) return { index: played.length, turn: g.turn, choice: d.choice, why };
    options.before?.(g, played.length);
    g = applyChoice(cs, g, d.choice, d.votes);
    played.push(d);
    if (!(isLast && options.holdLast)) g = openNextMonth(cs, g);
    return undefined;
  };
  for (let i = 0; i < total; i++) {
    const refusedAt = step(record.decisions[i]!, i === total - 1 && !options.next);
    if (refusedAt) return { game: g, decisions: played, refusedAt };
  }
  if (options.next) {
    while (!g.ending && g.card !== null) {
      const d = options.next(g, openChoices(cs, g));
      if (!d) break;
      const refusedAt = step(d, false);
      if (refusedAt) return { game: g, decisions: played, refusedAt };
    }
  }
  return { game: g, decisions: played };
}
