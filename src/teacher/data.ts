import scenarios from 'virtual:scenarios';
import catalog from 'virtual:scenario-catalog';
import { compileScenario, type CompiledScenario, type GameRecord, type GameState, type TurnRecord, type Verified } from '../engine';
import { encodeRecordCode, monthName, readReplayText, verifyAny } from '../app';
import type { ScenarioData } from '../scenario/types';
import { t } from './i18n';
import { httpsHref } from '../scenario/https-href';
import { DEFAULT_VARIANT, type TextVariant } from '../app/text-variant';
import { loadScenarioScript } from '../app/scenario-script';
import { entryInVariant } from '../scenario/catalog';

// The scenarios built into this copy (validated at build time) and the look-ups the sections share.

export const METERS = ['west', 'russia', 'elites'] as const;
export type Meter = (typeof METERS)[number];

/** Anything larger than this is refused before it is read: no replay comes close. */
export const MAX_INPUT_BYTES = 1_000_000;

let shown: readonly ScenarioData[] = scenarios;
let variant: TextVariant = DEFAULT_VARIANT;

/**
 * Shows the scenarios in a text variant: the page has them in their own text (English, advanced); another variant's
 * files are loaded (one per scenario, as the game loads them), and the page should wait for this before it shows
 * anything. A scenario with no overlays for the variant keeps its own text. When a file cannot be loaded, the
 * promise rejects with a message in words and every scenario stays as it was.
 */
export async function setTextVariant(v: TextVariant): Promise<void> {
  const entries = catalog.map((e) => entryInVariant(e, v));
  const inVariant = await Promise.all(
    scenarios.map((s) => {
      const entry = entries.find((e) => e.id === s.id);
      return entry && entry.key !== s.id ? loadScenarioScript(entry.file, entry.key) : s;
    }),
  ).catch((e: Error) => {
    throw new Error(`The scenarios' texts in this language could not be loaded (${e.message}); they are shown in English.`);
  });
  shown = inVariant;
  variant = { lang: v.lang, level: v.level };
}

export const textVariant = (): TextVariant => variant;

export function allScenarios(): readonly ScenarioData[] {
  return shown;
}

export function findScenario(id: string): ScenarioData | undefined {
  return shown.find((x) => x.id === id);
}

export const compiled = (s: ScenarioData): CompiledScenario => compileScenario(s);

export { defaultDifficulty, isTension } from '../app';

/** "May 2022" from "2022-05". */
export const monthLabel = (ym: string): string => monthName(ym, t.lang);

/** "2022-02" to "2023-02" as words, for the period of a scenario. */
export function periodLabel(s: ScenarioData): string {
  const cs = compiled(s);
  return t.common.period(monthLabel(cs.months[0] ?? s.period.start), monthLabel(cs.months[cs.months.length - 1] ?? s.period.start), s.period.turns);
}

/** The stats shown after a turn: the three meters, the two camps, then the indicators. */
export function allStats(cs: CompiledScenario): string[] {
  return [...METERS, ...cs.camps, ...cs.data.indicators.map((i) => i.id)];
}


/** The decisions of a game (turns where a card was decided), in order. */
export const decisionsOf = (g: GameState): TurnRecord[] => g.log.filter((r) => r.card !== null && r.choice !== null);

/** A stat's values by turn: index 0 is the start, index n the value after turn n. */
export function seriesOf(g: GameState, stat: string): (number | null)[] {
  const out: (number | null)[] = [g.start[stat] ?? null];
  for (const r of g.log) out[r.turn] = r.stats[stat] ?? null;
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

/** A source by id; its url is "" unless it is an https: address, so that only https: links are rendered. */
export function sourceOf(cs: CompiledScenario, id: string): { id: string; title: string; url: string } {
  const src = cs.data.sources.find((x) => x.id === id) ?? { id, title: id, url: '' };
  return { ...src, url: httpsHref(src.url) ?? '' };
}

export function advisorOf(cs: CompiledScenario, id: string) {
  return cs.data.advisors.find((a) => a.id === id);
}

/** The sign of a change written out: "+4", "−3". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

export const byteLength = (text: string): number => new Blob([text]).size;

/** A replay that verified, with everything the viewer needs. */
export interface Loaded {
  scenario: ScenarioData;
  cs: CompiledScenario;
  record: GameRecord;
  game: GameState;
  code: string;
  /** Whose game it is: the name it was handed in under, or the one the game recorded. */
  student?: string;
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; kind: string; message: string };

/** Reads and verifies one replay given as text (a file's content or a pasted code). */
export function loadReplayText(text: string): LoadResult {
  if (byteLength(text) > MAX_INPUT_BYTES) return { ok: false, kind: 'oversized', message: t.refusal.tooLarge(MAX_INPUT_BYTES) };
  const read = readReplayText(text);
  if ('refusal' in read) return { ok: false, ...read.refusal };
  const input = typeof read.replay === 'string' ? read.replay.trim() : read.replay;
  if (typeof input === 'string' && /\n/.test(input)) return { ok: false, kind: 'malformed', message: t.refusal.severalCodes };
  return loadedFrom(verifyAny(input, findScenario));
}

/** A loaded game from a game played here (projector, play-on): verified the same way as any other replay. */
export function loadedFromReplay(record: GameRecord): LoadResult {
  return loadedFrom(verifyAny(record, findScenario));
}

/** One play of the game verifies it; the code is written from that same game. */
function loadedFrom(r: Verified): LoadResult {
  if (!r.ok) return { ok: false, kind: r.kind, message: r.message };
  const scenario = findScenario(r.record.scenario.id)!;
  return { ok: true, loaded: { scenario, cs: compiled(scenario), record: r.record, game: r.game, code: encodeRecordCode(r.record, r.game, scenario) } };
}
