import type { Condition, Effect, ScenarioData } from '../scenario/types.js';

// A scenario's statechart as data and as Mermaid: the turn loop, and each policy track's states with the card
// choices (or their uncertain and delayed effects) that move it between them.

export interface TrackMove {
  /** The states the move can start from; ['*'] when the card's conditions do not say (any other state). */
  from: string[];
  to: string;
  card: string;
  choice: string;
  /** How the choice moves it: at once, by chance, later, or if a condition holds when it resolves. */
  how: 'choice' | 'chance' | 'delayed' | 'condition';
}

export interface TrackChart {
  id: string;
  name: string;
  start: string;
  states: { id: string; name: string }[];
  moves: TrackMove[];
}

export interface ScenarioChart {
  scenario: string;
  version: number;
  turn: { states: string[]; events: string[] };
  tracks: TrackChart[];
}

/** The states of `track` that a condition requires (null when it says nothing of that track). */
function statesRequired(c: Condition | undefined, track: string): string[] | null {
  if (!c) return null;
  if (c.track === track) return c.is !== undefined ? [c.is] : [...(c.in ?? [])];
  if (c.all) {
    for (const sub of c.all) {
      const found = statesRequired(sub, track);
      if (found) return found;
    }
  }
  return null;
}

function movesIn(effects: readonly Effect[], how: TrackMove['how'], into: { track: string; to: string; how: TrackMove['how'] }[]): void {
  for (const e of effects) {
    if (e.track !== undefined && e.to !== undefined) into.push({ track: e.track, to: e.to, how });
    const inner: TrackMove['how'] = e.after !== undefined ? 'delayed' : e.chance !== undefined ? 'chance' : e.when !== undefined ? 'condition' : how;
    if (e.then) movesIn(e.then, how === 'choice' ? inner : how, into);
    if (e.else) movesIn(e.else, how === 'choice' ? inner : how, into);
  }
}

export function scenarioChart(s: ScenarioData): ScenarioChart {
  const tracks: TrackChart[] = s.tracks.map((t) => ({ id: t.id, name: t.name, start: t.start, states: t.states.map((x) => ({ id: x.id, name: x.name })), moves: [] }));
  const byId = new Map(tracks.map((t) => [t.id, t]));
  for (const card of s.cards)
    for (const choice of card.choices) {
      const found: { track: string; to: string; how: TrackMove['how'] }[] = [];
      movesIn(choice.effects, 'choice', found);
      for (const m of found) {
        const t = byId.get(m.track);
        if (!t) continue;
        const required = statesRequired(choice.requires, m.track) ?? statesRequired(card.when, m.track);
        const from = required ? required.filter((x) => x !== m.to) : ['*'];
        if (from.length) t.moves.push({ from, to: m.to, card: card.id, choice: choice.id, how: m.how });
      }
    }
  return {
    scenario: s.id,
    version: s.version,
    turn: { states: ['opening', 'decision', 'consequences', 'ended'], events: ['CHOOSE', 'VOTE', 'CONTINUE'] },
    tracks,
  };
}

const HOW: Record<TrackMove['how'], string> = { choice: '', chance: ' (chance)', delayed: ' (later)', condition: ' (if)' };
const quote = (text: string) => text.replace(/"/g, "'");

/** The chart in Mermaid's stateDiagram-v2: the turn loop, then one composite state per track. */
export function chartMermaid(c: ScenarioChart): string {
  const lines = [
    'stateDiagram-v2',
    '  [*] --> decision',
    '  decision --> consequences : CHOOSE / VOTE (apply the choice)',
    '  consequences --> decision : CONTINUE (open the next month)',
    '  consequences --> ended : CONTINUE (an ending)',
    '  ended --> [*]',
  ];
  for (const t of c.tracks) {
    lines.push(`  state "${quote(t.name)}" as track_${t.id} {`);
    for (const st of t.states) lines.push(`    ${t.id}_${st.id} : ${quote(st.name)}`);
    if (t.moves.some((m) => m.from.includes('*'))) lines.push(`    ${t.id}_any : (from any other state)`);
    lines.push(`    [*] --> ${t.id}_${t.start}`);
    for (const m of t.moves)
      for (const from of m.from) lines.push(`    ${t.id}_${from === '*' ? 'any' : from} --> ${t.id}_${m.to} : ${m.card}.${m.choice}${HOW[m.how]}`);
    lines.push('  }');
  }
  return lines.join('\n');
}
