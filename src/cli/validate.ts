import { basename, dirname } from 'node:path';
import { statSync } from 'node:fs';
import { formatIssue, type ScenarioIssue } from '../scenario/issues.js';
import { MAX_FILE_CHARS } from '../scenario/yaml-read.js';
import type { LoadResult } from '../scenario/load.js';
import { readOverlayFile, scenarioFileOfOverlay, strayOverlays, type ReadOverlay } from '../scenario/overlay-files.js';
import { formatOverlayIssue, type OverlayIssue } from '../scenario/overlay-issues.js';
import { counts } from '../scenario/overlay-check.js';
import { isOverlayName, isSourceId, notAnOverlayName, parseOverlayFileName } from '../scenario/overlay-names.js';
import { textEntries } from '../scenario/text-ids.js';
import type { ScenarioData } from '../scenario/types.js';
import { UsageError } from './errors.js';
import { overlaysOf, readScenarioFile } from './scenarios.js';

/** Reads and checks one file; a file too large is refused before it is read, and nothing escapes as a crash. */
function check(file: string): LoadResult {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`cannot read the file "${file}"`);
  }
  // Bytes, not characters: a file of many multi-byte characters may still be within the limit, and is read.
  if (size > 4 * MAX_FILE_CHARS) {
    const issue: ScenarioIssue = { file, line: 1, col: 1, path: '(file)', message: `the file is too large (${(size / 1e6).toFixed(1)} MB; a scenario file may have at most ${MAX_FILE_CHARS / 1e6} million characters)` };
    return { ok: false, issues: [issue] };
  }
  try {
    return readScenarioFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ file, line: 1, col: 1, path: '(file)', message: `the validator could not finish this file (${why}); please report it with the file` }] };
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Prints an overlay's problems and its summary line; true when it has no problem (warnings are not problems). */
function reportOverlay(o: ReadOverlay, scenario: ScenarioData, out: (line: string) => void): boolean {
  for (const issue of o.issues) out(formatOverlayIssue(issue));
  const n = counts(o.issues);
  const total = textEntries(scenario).filter((e) => !isSourceId(e.id)).length;
  const present = [...o.texts.keys()].filter((id) => !isSourceId(id)).length;
  const warnings = n.warnings ? `, ${plural(n.warnings, 'warning')}` : '';
  if (!n.broken && !n.incomplete) {
    const rest = o.name === 'fa-basic' && present < total ? '; the rest show the Persian text' : '';
    out(`${o.file}: valid (${present} of ${total} texts${rest})${warnings}`);
    return true;
  }
  const parts = [n.broken ? plural(n.broken, 'problem') : '', n.incomplete ? `${plural(n.incomplete, 'text')} still to translate` : ''].filter(Boolean);
  out(`${o.file}: ${parts.join(', ')}${warnings}`);
  return false;
}

function reportLoose(issues: readonly OverlayIssue[], out: (line: string) => void): number {
  for (const issue of issues) out(formatOverlayIssue(issue));
  return issues.length;
}

/** An overlay file given by itself: checked against the scenario in the folder above its overlays folder. */
function validateOverlay(file: string, out: (line: string) => void): boolean {
  const at = (message: string): OverlayIssue => ({ file, line: 1, col: 1, path: '(file)', message, kind: 'broken' });
  const parsed = parseOverlayFileName(basename(file))!;
  const scenarioFile = scenarioFileOfOverlay(file);
  if (!scenarioFile) return !reportLoose([at(`no scenario file "${parsed.scenario}.yaml" is in the folder above this overlay's folder (an overlay is <scenarios>/overlays/<scenario-id>.<name>.yaml)`)], out);
  if (!isOverlayName(parsed.name)) return !reportLoose([at(notAnOverlayName(parsed.name))], out);
  const r = check(scenarioFile);
  if (!r.ok) return !reportLoose([at(`its scenario ${scenarioFile} has problems: validate it first`)], out);
  const fa = parsed.name === 'fa-basic' ? overlaysOf(scenarioFile, r.scenario).overlays.get('fa') : undefined;
  return reportOverlay(readOverlayFile(file, file, r.scenario, parsed.name, fa), r.scenario, out);
}

/**
 * Validates each scenario file and the overlays beside it (<folder>/overlays/<id>.<name>.yaml), or an overlay file
 * given by itself; prints every problem. Returns the exit code: 0 when all are valid, 1 otherwise.
 */
export function validateCommand(files: string[], out: (line: string) => void): number {
  if (!files.length) throw new UsageError('validate needs at least one scenario or overlay file');
  let bad = 0;
  const folders = new Set<string>();
  for (const file of files) {
    if (parseOverlayFileName(basename(file))) {
      if (!validateOverlay(file, out)) bad++;
      continue;
    }
    const r = check(file);
    if (r.ok) {
      out(`${file}: valid (${r.scenario.cards.length} cards, ${r.scenario.endings.length} endings, ${r.scenario.period.turns} turns)`);
      folders.add(dirname(file));
      const { overlays, issues } = overlaysOf(file, r.scenario);
      for (const o of overlays.values()) if (!reportOverlay(o, r.scenario, out)) bad++;
      // Files that are no overlay at all (a wrong name) are not among the overlays read.
      if (reportLoose(issues.filter((i) => ![...overlays.values()].some((o) => o.file === i.file)), out)) bad++;
    } else {
      bad++;
      for (const issue of r.issues) out(formatIssue(issue));
      out(`${file}: ${plural(r.issues.length, 'problem')}`);
    }
  }
  for (const folder of folders) if (reportLoose(strayOverlays(folder), out)) bad++;
  return bad ? 1 : 0;
}
