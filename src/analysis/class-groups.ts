import type { ScenarioData } from '../scenario/types.js';
import type { ClassSettings } from '../app/class-code.js';
import type { GameRecord, RefusalKind } from '../engine/index.js';
import { verifyAny } from '../app/record-io.js';
import type { GameState } from '../engine/types.js';

// Every submission sorted into one group: in this class and verified; verified but another class (which setting
// differs); the same game again (handed in twice: counted once); the same game under another name (a possible
// copy); refused (why). Only the class group counts, unless the teacher adds the others.

export interface Submission {
  /** Who handed it in: the name written beside it, a file's name, or a label. */
  name: string;
  /** A parsed replay (object) or a replay code (string). */
  replay: unknown;
  /** Set when the file could not even be read as a replay. */
  refusal?: { kind: RefusalKind; message: string };
  /** Where the name came from; without it the name counts as written by the student. */
  nameFrom?: 'text' | 'file' | 'label';
  /** The file or paste it came from. */
  source?: string;
}

/**
 * What the class report reads of a verified game: its ending, length, seed and level, and per turn the card, the
 * choice and the meters. Kept instead of the whole game (every turn's itemised changes, news and causes, ~18 KB),
 * so a report over 50,000 hand-ins holds ~1 KB a game.
 */
export interface GameSummary {
  ending: { id: string } | null;
  turn: number;
  seed: string;
  difficulty: string;
  log: { turn: number; card: string | null; choice: string | null; stats: Record<string, number> }[];
}

export function summaryOf(g: GameState): GameSummary {
  return {
    ending: g.ending ? { id: g.ending.id } : null,
    turn: g.turn,
    seed: g.seed,
    difficulty: g.difficulty,
    log: g.log.map((r) => ({ turn: r.turn, card: r.card, choice: r.choice, stats: r.stats })),
  };
}

export type Group = 'class' | 'other-class' | 'duplicate' | 'copy' | 'refused';

export interface Placed {
  index: number;
  /** The student: the name handed in, or the name the game recorded when none was. */
  name: string;
  /** The name recorded in the game (settings.student), when there is one. */
  recorded?: string;
  submission: Submission;
  group: Group;
  /** Why it is not in the class group: the differing settings, "same game as Ana", or the refusal. */
  detail: string;
  differs?: string[];
  kind?: RefusalKind;
  /** The submission this one repeats or copies. */
  of?: number;
  replay?: GameRecord;
  game?: GameSummary;
}

export interface IncludeOptions {
  otherClass?: boolean;
  copies?: boolean;
}

/** Settings a replay was played with, as a class. */
export function settingsOf(r: GameRecord, scenario: ScenarioData | undefined): ClassSettings {
  const level = scenario?.difficulties.find((d) => d.id === r.difficulty);
  const previews = typeof r.settings?.previews === 'boolean' ? r.settings.previews : (level?.previews ?? false);
  return { scenario: r.scenario.id, seed: r.seed, difficulty: r.difficulty, previews, practice: r.settings?.practice === true };
}

/** How a game's settings differ from the class's, in words ("seed lesson5, not lesson4"). */
export function settingDifferences(game: ClassSettings, klass: ClassSettings): string[] {
  const out: string[] = [];
  if (game.scenario !== klass.scenario) out.push(`scenario ${game.scenario}, not ${klass.scenario}`);
  if (game.seed !== klass.seed) out.push(`seed ${game.seed}, not ${klass.seed}`);
  if (game.difficulty !== klass.difficulty) out.push(`difficulty ${game.difficulty}, not ${klass.difficulty}`);
  if (game.previews !== klass.previews) out.push(game.previews ? 'previews on, not off' : 'previews off, not on');
  if (game.practice) out.push('a practice game, not the class game');
  return out;
}

const sameGameKey = (r: GameRecord) => JSON.stringify([r.scenario.id, r.scenario.version, r.seed, r.difficulty, r.decisions]);
const normal = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The class most of the verified games were played in (a teacher who gave no class gets this one, and is told). */
export function mostCommonClass(placed: readonly Placed[], find: (id: string) => ScenarioData | undefined): ClassSettings | null {
  const tally = new Map<string, { n: number; s: ClassSettings }>();
  for (const p of placed) {
    if (!p.replay) continue;
    const s = settingsOf(p.replay, find(p.replay.scenario.id));
    const key = JSON.stringify(s);
    tally.set(key, { n: (tally.get(key)?.n ?? 0) + 1, s });
  }
  return [...tally.values()].sort((a, b) => b.n - a.n)[0]?.s ?? null;
}

/**
 * Verifies one submission. What is kept is who handed it in and where from, the record and the game's summary, not
 * the raw file: a caller reading hand-ins one by one holds ~1 KB a game, whatever the class's size.
 */
export function verifyOne(submission: Submission, index: number, find: (id: string) => ScenarioData | undefined): Placed {
  const r = submission.refusal ? { ok: false as const, ...submission.refusal } : verifyAny(submission.replay, find);
  const student = r.ok && typeof r.record.settings.student === 'string' ? r.record.settings.student.trim() : '';
  const name = submission.nameFrom === 'label' && student ? student : submission.name;
  const recorded = student && normal(student) !== normal(name) ? student : undefined;
  const kept: Submission = { name: submission.name, replay: null, ...(submission.nameFrom ? { nameFrom: submission.nameFrom } : {}), ...(submission.source ? { source: submission.source } : {}) };
  if (!r.ok) return { index, name, submission: kept, group: 'refused' as const, detail: r.message, kind: r.kind };
  return { index, name, ...(recorded ? { recorded } : {}), submission: kept, group: 'class' as const, detail: '', replay: r.record, game: summaryOf(r.game) };
}

/** Verifies every submission once; `klass` null places every verified game in the class group (see mostCommonClass). */
export function verifyAll(subs: readonly Submission[], find: (id: string) => ScenarioData | undefined): Placed[] {
  return subs.map((submission, index) => verifyOne(submission, index, find));
}

/** Who a submission is, for telling a game handed in twice from a copy: the name handed in, else the one recorded; '' when unknown. */
function identity(p: Placed): string {
  if (p.submission.nameFrom !== 'label') return normal(p.name);
  const student = p.replay?.settings?.student;
  return typeof student === 'string' ? normal(student) : '';
}

export function placeAll(verified: readonly Placed[], klass: ClassSettings, find: (id: string) => ScenarioData | undefined): Placed[] {
  const firstOf = new Map<string, Placed>();
  return verified.map((p) => {
    if (!p.replay) return p;
    const key = sameGameKey(p.replay);
    const first = firstOf.get(key);
    if (first) {
      const a = identity(first);
      const b = identity(p);
      const same = !a || !b || a === b;
      return { ...p, group: same ? ('duplicate' as const) : ('copy' as const), of: first.index, detail: first.name };
    }
    firstOf.set(key, p);
    const differs = settingDifferences(settingsOf(p.replay, find(p.replay.scenario.id)), klass);
    return differs.length ? { ...p, group: 'other-class' as const, differs, detail: differs.join('; ') } : p;
  });
}

/** Whether a placed game goes into the comparison. */
export function counts(p: Placed, include: IncludeOptions, scenarioId: string): boolean {
  if (!p.game || p.replay?.scenario.id !== scenarioId) return false;
  return p.group === 'class' || (p.group === 'other-class' && !!include.otherClass) || (p.group === 'copy' && !!include.copies);
}
