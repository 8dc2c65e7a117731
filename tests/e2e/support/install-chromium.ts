import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumProblem } from './chromium';

// The browser tests need a Chromium. When none is found and this runs as root on Debian, it installs Debian's
// package (as .ci/run does); otherwise it says in one line what to do and stops the run.

function run(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

function stop(line: string): never {
  process.stderr.write(`\n${line}\n\n`);
  process.exit(1);
}

export function ensureChromium(): void {
  const problem = chromiumProblem();
  if (!problem) return;
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!canInstall) stop(`Browser tests: ${problem}`);
  console.log("No Chromium found: installing Debian's chromium package for the browser tests (apt-get, as root).");
  if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']))
    stop('Browser tests: installing Debian\'s chromium failed (see apt-get above). Install it by hand, or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  const after = chromiumProblem();
  if (after) stop(`Browser tests: chromium was installed, yet ${after}`);
}
