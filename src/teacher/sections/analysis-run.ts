import { CONTINUATION_POLICIES } from '../../analysis/decision-analysis-futures';
import type { AnalysisRun, AnalysisSettings } from '../../app/analysis-runner';
import { h } from '../../app/dom';
import { announce } from '../dom';
import { analysisWords as aw } from '../i18n/analysis';
import { radioGroup } from '../widgets/fields';

// The settings and the run of an analysis on the teacher page: which later choices the futures make, how many
// futures per option, Run and Cancel, a progress bar with its percentage (said at each quarter), the outcome in
// words, and the model's caveat for the settings shown.

export interface RunControlOptions<T> {
  settings: AnalysisSettings;
  futures: readonly number[];
  runLabel: string;
  /** Runs again by itself when a setting changes (one game: about a second). */
  rerunOnChange: boolean;
  start: (s: AnalysisSettings, onFraction: (f: number) => void) => AnalysisRun<T>;
  onSettings?: (s: AnalysisSettings) => void;
  /** A result arrived (null: cleared, a new run started). */
  onResult: (result: T | null, s: AnalysisSettings) => void;
  /** The futures a result played in all (for "Done: … futures in … s"). */
  futuresIn: (result: T) => number;
}

export interface RunControl {
  el: HTMLElement;
  run(): void;
  /** Stops a run in progress (leaving the page). */
  stop(): void;
}

export function runControl<T>(o: RunControlOptions<T>): RunControl {
  let settings = o.settings;
  let current: AnalysisRun<T> | null = null;
  const runBtn = h('button', { type: 'submit', 'data-testid': 'analysis-run' }, o.runLabel);
  const cancelBtn = h('button', { type: 'button', class: 'secondary', hidden: true, 'data-testid': 'analysis-cancel', onClick: () => stop(true) }, aw.cancel);
  const bar = h('progress', { max: '100', value: '0', 'aria-label': aw.progress, 'data-testid': 'analysis-progress' });
  const words = h('span', { class: 'analysis-status', 'data-testid': 'analysis-status' });
  const progress = h('div', { class: 'analysis-progress', hidden: true }, bar, words);
  const caveat = h('p', { class: 'analysis-caveat', 'data-testid': 'analysis-caveat' }, aw.caveat(settings));

  function set(next: AnalysisSettings): void {
    settings = next;
    caveat.textContent = aw.caveat(settings);
    o.onSettings?.(settings);
    if (o.rerunOnChange) run();
  }

  function stop(said: boolean): void {
    if (!current) return;
    current.cancel();
    current = null;
    cancelBtn.hidden = true;
    runBtn.disabled = false;
    words.textContent = aw.cancelled;
    bar.value = 0;
    if (said) {
      announce(aw.cancelled);
      runBtn.focus();
    }
  }

  function run(): void {
    stop(false);
    o.onResult(null, settings);
    const started = performance.now();
    const used = settings;
    let said = 0;
    progress.hidden = false;
    cancelBtn.hidden = false;
    runBtn.disabled = true;
    words.textContent = aw.running(0);
    const r = o.start(used, (f) => {
      if (current !== r) return;
      const pct = Math.floor(f * 100);
      bar.value = pct;
      words.textContent = aw.running(pct);
      const quarter = Math.floor(pct / 25);
      if (quarter > said && quarter < 4) announce(aw.running(quarter * 25));
      said = Math.max(said, quarter);
    });
    current = r;
    progress.dataset.mode = '';
    r.result.then(
      (result) => {
        if (current !== r || !result) return;
        current = null;
        progress.dataset.mode = r.mode ?? '';
        cancelBtn.hidden = true;
        runBtn.disabled = false;
        bar.value = 100;
        words.textContent = aw.done(o.futuresIn(result), (performance.now() - started) / 1000);
        announce(words.textContent);
        o.onResult(result, used);
      },
      (e: unknown) => {
        if (current !== r) return;
        current = null;
        cancelBtn.hidden = true;
        runBtn.disabled = false;
        words.textContent = aw.failed(e instanceof Error ? e.message : String(e));
        announce(words.textContent);
      },
    );
  }

  const policy = radioGroup(aw.policy, 'analysis-policy', CONTINUATION_POLICIES.map((p) => ({ value: p, ...aw.policies[p] })), settings.policy, (v) => set({ ...settings, policy: v as AnalysisSettings['policy'] }));
  const futures = radioGroup(aw.futures, 'analysis-futures', o.futures.map((k) => ({ value: String(k), label: aw.futuresLabel(k) })), String(settings.futures), (v) => set({ ...settings, futures: Number(v) }));
  futures.classList.add('analysis-futures');
  futures.append(h('p', { class: 'help' }, aw.futuresHelp));
  const el = h('div', { class: 'analysis-run' },
    h('form', { class: 'panel analysis-form no-print', onSubmit: (e: Event) => { e.preventDefault(); run(); } },
      h('div', { class: 'analysis-settings' }, policy, futures),
      h('div', { class: 'actions' }, runBtn, cancelBtn, progress),
    ),
    caveat,
  );
  return { el, run, stop: () => stop(false) };
}
