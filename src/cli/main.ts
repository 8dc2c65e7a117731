import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { validateCommand } from './validate.js';
import { playCommand } from './play.js';
import { simulateCommand } from './simulate.js';
import { replayCommand } from './replay.js';
import { balanceCommand } from './balance.js';
import { classReportCommand } from './class-report.js';
import { chartCommand } from './chart.js';
import { chronologyCommand } from './chronology.js';
import { textsCommand } from './texts.js';
import { analyseCommand } from './analyse.js';

const HELP = `suspicious-bind — the game's engine in the terminal

  validate <file…>                         check scenario files and the overlays beside them (or overlay
                                           files); every problem as file:line:col: path: message
  play --scenario <id|file> [--seed s] [--difficulty d]
                                           play a whole game in the terminal
  simulate --scenario <id|file> --runs n [--seed s] [--difficulty d]
           [--strategy random|west|russia|hardline|balanced|all] [--json] [--replays dir]
           [--jobs n] [--same-seed]
                                           play n seeded games with a scripted strategy (n up to 1000000;
                                           --jobs: worker threads, default every core; --same-seed: every
                                           game on the seed itself, as a class plays it)
  replay <file|code> [--json] [--scenario <id|file>]
                                           verify a replay and print its timeline
  analyse <file|code> [--policy random|balanced|as-played] [--futures K] [--json] [--scenario <id|file>]
                                           each decision of a finished game: every option's odds of each
                                           ending over K seeded futures (default as-played, K = 500)
  class-report <files, folders or zips> [--class <code|link>] [--json|--csv] [--scenario <id|file>]
               [--jobs n]                  verify a class's replays, sort them by class and compare them
                                           (--jobs: worker threads for large classes, default every core)
  chart --scenario <id|file> [--format mermaid|json]
                                           print the scenario's statechart: the turn and each policy track
  balance [--scenario <id|file>] [--runs n] [--write file]
                                           check the balance bounds by simulation (exit 1 if one fails)
  chronology [--scenario <id|file>] [--runs n] [--json]
                                           share of each dated card's appearances inside its months,
                                           per strategy (exit 1 if one is below 95%)
  texts --scenario <id|file> [--lang en|fa] [--level advanced|basic] [--missing] [--json]
                                           the scenario's texts by id in that language and level; with
                                           --missing, those left to translate (as YAML, with the English)
  texts --stats [--scenario <id|file>] [--lang en|fa] [--level advanced|basic] [--json]
                                           words per decision screen (min, median, max) and the English
                                           reading grade, per scenario, language and level

Exit codes: 0 fine, 1 invalid (scenario problems, refused replay), 2 usage error.`;

const OPTIONS = {
  scenario: { type: 'string' },
  seed: { type: 'string' },
  difficulty: { type: 'string' },
  runs: { type: 'string' },
  strategy: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  class: { type: 'string' },
  replays: { type: 'string' },
  write: { type: 'string' },
  format: { type: 'string' },
  jobs: { type: 'string' },
  'same-seed': { type: 'boolean' },
  lang: { type: 'string' },
  level: { type: 'string' },
  missing: { type: 'boolean' },
  stats: { type: 'boolean' },
  policy: { type: 'string' },
  futures: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split(/\n|\. To /)[0]!);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const out = (line: string) => process.stdout.write(line + '\n');
  if (values.help || !command) {
    out(HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'validate':
      return validateCommand(rest, out);
    case 'play':
      return playCommand(values, out);
    case 'simulate':
      return simulateCommand(values, out);
    case 'replay':
      return replayCommand(rest, values, out);
    case 'balance':
      return balanceCommand(values, out);
    case 'analyse':
      return analyseCommand(rest, values, out);
    case 'class-report':
      return classReportCommand(rest, values, out, (line) => process.stderr.write(line + '\n'));
    case 'chart':
      return chartCommand(values, out);
    case 'chronology':
      return chronologyCommand(values, out);
    case 'texts':
      return textsCommand(values, out);
    default:
      throw new UsageError(`unknown command "${command}" (try: validate, play, simulate, replay, analyse, class-report, chart, balance, chronology, texts; --help for more)`);
  }
}

// A reader that stops early (e.g. `| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`suspicious-bind: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`suspicious-bind: internal error: ${(e as Error).message}\n`);
    process.exitCode = 3;
  }
}
// For `npm run bench`: the process's peak memory, worker threads included.
if (process.env.SB_REPORT_PEAK_RSS) process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
