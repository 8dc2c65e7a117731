import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

// simulate's throughput on one core and on all of them, and its peak memory, as a user runs it (the CLI).

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_SIM_RUNS ?? 100_000);

function simulate(jobs: number): { seconds: number; peakMB: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [resolve(ROOT, 'bin/suspicious-bind.mjs'), 'simulate', '--scenario', '2022-suspicious-bind', '--runs', String(RUNS), '--seed', 'bench', '--jobs', String(jobs), '--json'], {
    encoding: 'utf8',
    env: { ...process.env, SB_REPORT_PEAK_RSS: '1' },
    maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`simulate --jobs ${jobs} failed: ${r.stderr}`);
  const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMB: kb / 1024 };
}

export function benchSimulate(): void {
  const all = availableParallelism();
  console.log(`\nsimulate (the CLI), 2022-suspicious-bind, ${RUNS.toLocaleString('en')} runs, strategy random, wall time including start-up`);
  for (const jobs of [...new Set([1, all])]) {
    const r = simulate(jobs);
    console.log(`  --jobs ${jobs}${jobs === all ? ' (all cores)' : ''}`.padEnd(36) + `${(RUNS / r.seconds).toFixed(0).padStart(8)} games/s   ${r.seconds.toFixed(1)} s   peak memory ${r.peakMB.toFixed(0)} MB`);
  }
}
