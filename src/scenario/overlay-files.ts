import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ScenarioData } from './types.js';
import { MAX_FILE_CHARS } from './yaml-read.js';
import { readOverlayText, type OverlayText } from './overlay-read.js';
import { checkOverlay } from './overlay-check.js';
import { isOverlayName, notAnOverlayName, OVERLAY_NAMES, parseOverlayFileName, type OverlayName } from './overlay-names.js';
import type { OverlayIssue } from './overlay-issues.js';
import type { OverlayTexts } from './variant.js';

// The overlays of a folder of scenarios (<folder>/overlays/<scenario-id>.<name>.yaml), read and checked against
// their scenarios, for the build (vite-plugin.ts) and the command line (src/cli).

export const overlayDir = (scenarioDir: string) => join(scenarioDir, 'overlays');

const scenarioFileIn = (scenarioDir: string, id: string) => ['yaml', 'yml'].map((ext) => join(scenarioDir, `${id}.${ext}`)).find((f) => existsSync(f));

export interface ReadOverlay {
  name: OverlayName;
  file: string;
  texts: Map<string, OverlayText>;
  issues: OverlayIssue[];
}

export interface OverlayFolder {
  /** Scenario id → its overlays that could be read. */
  overlays: Map<string, Map<OverlayName, ReadOverlay>>;
  /** Every problem, of every file. */
  issues: OverlayIssue[];
}

export interface ReadOptions {
  /** How a file is named in messages (e.g. "scenarios/overlays/x.fa.yaml"). */
  label?: (fileName: string) => string;
  /** Only these scenarios' overlays; other files are not looked at. */
  only?: readonly string[];
  watch?: (path: string) => void;
}

export const textsOf = (o: ReadOverlay | undefined): OverlayTexts | undefined => (o ? Object.fromEntries([...o.texts].map(([id, t]) => [id, t.text])) : undefined);

/** The file's texts; `ok` is false when it could not be read as an overlay at all. */
function readOne(path: string, label: string): { ok: boolean; texts: Map<string, OverlayText>; ids?: Set<string>; issues: OverlayIssue[] } {
  const problem = (message: string) => ({ ok: false, texts: new Map(), issues: [{ file: label, line: 1, col: 1, path: '(file)', message, kind: 'broken' as const }] });
  let text: string;
  try {
    if (statSync(path).size > 4 * MAX_FILE_CHARS) return problem(`the file is too large (an overlay file may have at most ${MAX_FILE_CHARS / 1e6} million characters)`);
    text = readFileSync(path, 'utf8');
  } catch {
    return problem('cannot read the file');
  }
  const r = readOverlayText(text, label);
  return r.ok ? r : { ok: false, texts: new Map(), issues: r.issues };
}

/** Reads one overlay file and checks it against its scenario (Persian basic also against the Persian overlay, `fa`). */
export function readOverlayFile(path: string, label: string, scenario: ScenarioData, name: OverlayName, fa?: ReadOverlay): ReadOverlay {
  const read = readOne(path, label);
  const checked = read.ok ? checkOverlay({ file: label, name, scenario, texts: read.texts, ...(read.ids ? { ids: read.ids } : {}), ...(fa ? { base: fa.texts } : {}) }) : [];
  return { name, file: label, texts: read.texts, issues: [...read.issues, ...checked].sort((a, b) => a.line - b.line || a.col - b.col) };
}

/** Reads and checks the overlays beside the given (valid) scenarios; an overlay with no scenario file is reported. */
export function readOverlayFolder(scenarioDir: string, scenarios: readonly ScenarioData[], options: ReadOptions = {}): OverlayFolder {
  const dir = overlayDir(scenarioDir);
  const label = options.label ?? ((f: string) => join(dir, f));
  const result: OverlayFolder = { overlays: new Map(), issues: [] };
  if (!existsSync(dir)) return result;
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const found: { scenario: ScenarioData; name: OverlayName; file: string }[] = [];
  for (const f of files) {
    const parsed = parseOverlayFileName(f);
    if (options.only && !options.only.includes(parsed?.scenario ?? f.split('.')[0]!)) continue;
    const broken = (message: string) => result.issues.push({ file: label(f), line: 1, col: 1, path: '(file)', message, kind: 'broken' });
    if (!parsed || !isOverlayName(parsed.name)) {
      broken(notAnOverlayName(parsed?.name ?? f));
      continue;
    }
    const scenario = scenarios.find((s) => s.id === parsed.scenario);
    // A scenario file with problems of its own: those are reported, and its overlays wait for it.
    if (!scenario && scenarioFileIn(scenarioDir, parsed.scenario)) continue;
    if (!scenario) {
      broken(`no scenario "${parsed.scenario}" is beside this overlay (there are: ${scenarios.map((s) => s.id).join(', ') || 'none'})`);
      continue;
    }
    found.push({ scenario, name: parsed.name, file: f });
  }
  // Persian first: Persian basic is checked against it.
  found.sort((a, b) => OVERLAY_NAMES.indexOf(a.name) - OVERLAY_NAMES.indexOf(b.name));
  for (const { scenario, name, file } of found) {
    options.watch?.(join(dir, file));
    const mine = result.overlays.get(scenario.id) ?? new Map<OverlayName, ReadOverlay>();
    const read = readOverlayFile(join(dir, file), label(file), scenario, name, name === 'fa-basic' ? mine.get('fa') : undefined);
    mine.set(name, read);
    result.overlays.set(scenario.id, mine);
    result.issues.push(...read.issues);
  }
  return result;
}

/** Overlay files in <folder>/overlays whose scenario has no file in the folder (a misspelt id, a removed scenario). */
export function strayOverlays(scenarioDir: string, label: (fileName: string) => string = (f) => join(overlayDir(scenarioDir), f)): OverlayIssue[] {
  const dir = overlayDir(scenarioDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const id = f.split('.')[0]!;
      if (scenarioFileIn(scenarioDir, id)) return [];
      return [{ file: label(f), line: 1, col: 1, path: '(file)', message: `no scenario file "${id}.yaml" is beside this overlay's folder: is the scenario id misspelt?`, kind: 'broken' as const }];
    });
}

/** The scenario file an overlay file belongs to (in the folder above its overlays folder), if there is one. */
export function scenarioFileOfOverlay(overlayPath: string): string | undefined {
  return scenarioFileIn(join(dirname(overlayPath), '..'), basename(overlayPath).split('.')[0]!);
}
