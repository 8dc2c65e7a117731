import type { GameAnalysis } from '../../analysis/decision-analysis';
import { AnalysisRefused, runGameAnalysis, type AnalysisMode, type AnalysisRun, type AnalysisSettings } from '../../app/analysis-runner';
import type { GameRecord } from '../../engine/record';
import type { ScenarioData } from '../../scenario/types';

// The debrief's analysis runs, kept apart from the screen that shows them: a screen redrawn at another size picks up
// the run where it is, and the analyses already made for this game come back at once.

export type AnalysisStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface AnalysisState {
  /** The game and settings this run is for. */
  key: string;
  settings: AnalysisSettings;
  status: AnalysisStatus;
  /** 0..1 */
  fraction: number;
  result: GameAnalysis | null;
  /** Why it failed, in words. */
  error: string | null;
  /** Wall time of the run, once done. */
  seconds: number;
  mode: AnalysisMode | null;
}

type Listener = (s: AnalysisState) => void;

const KEEP = 6;
const done = new Map<string, AnalysisState>();
let current: { state: AnalysisState; run: AnalysisRun<GameAnalysis> } | null = null;
let listener: Listener | null = null;

export const analysisKey = (scenario: ScenarioData, record: Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>, s: AnalysisSettings): string =>
  JSON.stringify([scenario.id, scenario.version, record.seed, record.difficulty, record.decisions.map((d) => d.choice), s.policy, s.futures]);

function tell(s: AnalysisState): void {
  listener?.(s);
  (window as unknown as { __sb?: { analysis?: AnalysisState } }).__sb!.analysis = s;
}

/** The analysis of this game with these settings: kept, running, or started now. `onChange` hears every step. */
export function analysisFor(scenario: ScenarioData, record: Pick<GameRecord, 'seed' | 'difficulty' | 'decisions'>, settings: AnalysisSettings, onChange: Listener): AnalysisState {
  const key = analysisKey(scenario, record, settings);
  listener = onChange;
  const kept = done.get(key);
  if (kept) {
    if (current && current.state.key !== key) stopAnalysis(true);
    tell(kept);
    return kept;
  }
  if (current?.state.key === key && current.state.status === 'running') return current.state;
  stopAnalysis(true);
  const state: AnalysisState = { key, settings, status: 'running', fraction: 0, result: null, error: null, seconds: 0, mode: null };
  const started = performance.now();
  const run = runGameAnalysis(scenario, record, settings, (f) => {
    if (current?.run !== run) return;
    state.fraction = f;
    state.mode = run.mode;
    tell(state);
  });
  current = { state, run };
  run.result.then(
    (a) => {
      if (!a) return;
      Object.assign(state, { status: 'done', result: a, fraction: 1, seconds: (performance.now() - started) / 1000, mode: run.mode });
      done.set(key, state);
      if (done.size > KEEP) done.delete(done.keys().next().value!);
      if (current?.run === run) current = null;
      tell(state);
    },
    (e: unknown) => {
      Object.assign(state, { status: 'failed', error: e instanceof AnalysisRefused || e instanceof Error ? e.message : String(e) });
      if (current?.run === run) current = null;
      tell(state);
    },
  );
  tell(state);
  return state;
}

/** Cancels the run in progress, if any (its workers stop at once); `quiet` when another run takes its place. */
export function stopAnalysis(quiet = false): void {
  if (!current) return;
  const { state, run } = current;
  current = null;
  run.cancel();
  state.status = 'cancelled';
  if (!quiet) tell(state);
}

/** The screen stops listening (it is being redrawn or left); the run goes on. */
export function stopListening(): void {
  listener = null;
}
