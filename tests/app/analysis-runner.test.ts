import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/engine/index.js';
import { analyseGame, classAnalysis, playThroughMachine } from '../../src/analysis/index.js';
import { analysisLib, type AnalysisJob } from '../../src/app/analysis-lib.js';
import { AnalysisRefused, runClassAnalysis, runGameAnalysis } from '../../src/app/analysis-runner.js';
import { loadShippedScenarios } from '../../src/cli/scenarios.js';
import { mini } from '../helpers.js';

// The page's analysis: two workers' halves added up, or the page's own steps (Node has no Worker, so the runner
// takes that road here), give exactly the numbers of analyseGame over all the futures.

const bind = loadShippedScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const record = recordOf(playThroughMachine(bind, 'runner-1', 'standard', 'balanced'), { previews: false });
const settings = { policy: 'as-played', futures: 9 } as const;

describe('the analysis runner', () => {
  it("adds two workers' halves up to the whole analysis", () => {
    const job = (from: number, to: number): AnalysisJob => ({ kind: 'game', scenario: bind, record, ...settings, from, to });
    const halves = [analysisLib.runJob(job(0, 4), () => undefined)!, analysisLib.runJob(job(4, 9), () => undefined)!];
    const merged = analysisLib.mergeResults(halves);
    expect(merged.kind === 'game' && analysisLib.analysisOf(bind, merged.tally)).toEqual(analyseGame(bind, record, settings));
  });

  it("plays the same futures in steps on the page's thread, with progress to the end", async () => {
    const seen: number[] = [];
    const run = runGameAnalysis(bind, record, settings, (f) => seen.push(f));
    expect(await run.result).toEqual(analyseGame(bind, record, settings));
    expect(run.mode).toBe('page');
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('stops when cancelled, with no result', async () => {
    let run: ReturnType<typeof runGameAnalysis> | null = null;
    let steps = 0;
    run = runGameAnalysis(bind, record, { policy: 'random', futures: 400 }, () => {
      if (++steps === 3) run?.cancel();
    });
    expect(await run.result).toBeNull();
    expect(steps).toBeLessThan(10);
  });

  it('refuses an unfinished game in words', async () => {
    const unfinished = { ...record, decisions: record.decisions.slice(0, 2) };
    await expect(runGameAnalysis(bind, unfinished, settings).result).rejects.toThrow(AnalysisRefused);
    await expect(runGameAnalysis(bind, unfinished, settings).result).rejects.toThrow(/not finished/);
  });

  it("pools a class's games, halves or steps, as classAnalysis does", async () => {
    const games = ['ann', 'bob', 'cy'].map((p) => recordOf(playThroughMachine(mini, 'class-seed', 'standard', 'random', p), { previews: false }));
    const unfinished = { ...games[0]!, decisions: games[0]!.decisions.slice(0, 1) };
    const records = [...games, unfinished];
    const want = classAnalysis(mini, records, { policy: 'random', futures: 7 });
    const job = (from: number, to: number): AnalysisJob => ({ kind: 'class', scenario: mini, records, policy: 'random', futures: 7, from, to });
    const merged = analysisLib.mergeResults([analysisLib.runJob(job(0, 3), () => undefined)!, analysisLib.runJob(job(3, 7), () => undefined)!]);
    expect(merged.kind === 'class' && analysisLib.classAnalysisOf(mini, merged.tallies.filter((t) => t !== null), merged.skipped, { policy: 'random', futures: 7 })).toEqual(want);
    expect(await runClassAnalysis(mini, records, { policy: 'random', futures: 7 }).result).toEqual(want);
  });
});
