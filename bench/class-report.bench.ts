import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// class-report as a teacher runs it (the CLI) over a class of CLASS_SIZE hand-ins, all on one seed as a class
// plays: wall time including start-up, CPU time and peak memory (issue 12's aim: 5,000 under 5 s and 300 MB).

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/suspicious-bind.mjs');
const CLASS_SIZE = Number(process.env.BENCH_CLASS_SIZE ?? 5000);

function run(args: string[], what: string) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SB_REPORT_PEAK_RSS: '1' }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return { seconds, peakMB: Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 };
}

export function benchClassReport(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-class-'));
  try {
    run(['simulate', '--scenario', '2022-suspicious-bind', '--runs', String(CLASS_SIZE), '--seed', 'bench-class', '--same-seed', '--replays', dir, '--json'], 'simulate --replays');
    const r = run(['class-report', dir, '--json'], 'class-report');
    console.log(`\nclass-report (the CLI), ${CLASS_SIZE.toLocaleString('en')} replay files of 2022-suspicious-bind, wall time including start-up`);
    console.log(`  ${r.seconds.toFixed(1)} s   ${(CLASS_SIZE / r.seconds).toFixed(0)} hand-ins/s   peak memory ${r.peakMB.toFixed(0)} MB   (aim at 5,000: under 5 s and 300 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
