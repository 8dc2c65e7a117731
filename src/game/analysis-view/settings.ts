import type Phaser from 'phaser';
import { DEFAULT_FUTURES, DEFAULT_POLICY } from '../../analysis/decision-analysis';
import { CONTINUATION_POLICIES, type ContinuationPolicy } from '../../analysis/decision-analysis-futures';
import type { AnalysisSettings } from '../../app/analysis-runner';
import type { Button as ButtonT } from '../widgets/Button';
import { host } from './host';
import { words as tw } from './words';
import type { AnalysisState } from './store';

// The analysis screen's controls: which later choices the futures make (the policy) and how many futures per option
// (K) along the top; and, where the odds will appear, the run itself: a progress bar with its percentage (a
// progressbar in the accessible layer, with words at each quarter) and Cancel, or Run again after a cancel.

const { app, h, layout, theme, text: tx, Button } = host();
const { boxX, textX } = layout;
const { C, FONT } = theme;
const { text } = tx;

export const FUTURES_CHOICES = [100, 500, 2000] as const;
export const DEFAULT_SETTINGS: AnalysisSettings = { policy: DEFAULT_POLICY, futures: DEFAULT_FUTURES };

export const SETTINGS_Y = 54;
const BUTTON_Y = SETTINGS_Y + 24;
export const SETTINGS_BOTTOM = BUTTON_Y + 40;
const STATUS_X = 872;

/** The policy and K toggles, and a line for the run's outcome at the end of the row. */
export function settingsRow(scene: Phaser.Scene, settings: AnalysisSettings, onChange: (s: AnalysisSettings) => void): Phaser.GameObjects.Text {
  const { controls } = app();
  const caption = (x: number, s: string) => text(scene, textX(x), SETTINGS_Y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 });
  const toggle = (id: string, x: number, w: number, label: string, words: string, help: string, on: boolean, next: AnalysisSettings) => {
    const b = new Button(scene, { x: boxX(x, w), y: BUTTON_Y, w, h: 40, label, size: FONT.small, selected: on, variant: 'quiet' });
    b.setName(id);
    controls.add({ id, label: words, description: help, pressed: on, widget: b, action: () => onChange(next) });
  };
  caption(24, tw.policy);
  CONTINUATION_POLICIES.forEach((p: ContinuationPolicy, i) => {
    const label = tw.policies[p];
    toggle(`analysis-policy-${p}`, 24 + i * 180, 172, label, label, tw.policyHelp[p], p === settings.policy, { ...settings, policy: p });
  });
  caption(576, tw.futures);
  FUTURES_CHOICES.forEach((k, i) => {
    toggle(`analysis-futures-${k}`, 576 + i * 92, 84, tw.futuresCount(k), tw.futuresValue(k), tw.futuresHelp, k === settings.futures, { ...settings, futures: k });
  });
  return text(scene, textX(STATUS_X), BUTTON_Y + 8, '', { size: FONT.small, bold: true, color: C.text, wrap: 1256 - STATUS_X });
}

/** The words for a run's state: the same on the canvas and in the accessible layer. */
export function statusWords(s: AnalysisState): string {
  const pct = Math.floor(s.fraction * 100);
  if (s.status === 'running') return tw.runningWords(pct);
  if (s.status === 'cancelled') return tw.cancelled;
  if (s.status === 'failed') return tw.failed(s.error ?? '');
  return tw.done(s.result?.decisions.reduce((n, d) => n + d.options.reduce((m, o) => m + o.futures, 0), 0) ?? 0, s.seconds);
}

/** The run in progress (bar, percentage, Cancel) or stopped (why, Run again), in a box of the screen. */
export class RunPanel {
  private readonly root: Phaser.GameObjects.Container;
  private readonly words: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  readonly progressNode: HTMLElement;
  private action: ButtonT | null = null;
  private actionKind: 'cancel' | 'run' | null = null;
  private announced = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly x: number, private readonly y: number, private readonly w: number, private readonly onAction: (kind: 'cancel' | 'run') => void) {
    this.root = scene.add.container(0, 0);
    this.words = text(scene, textX(x), y, '', { size: FONT.body, bold: true, color: C.text, wrap: w });
    this.bar = scene.add.graphics();
    this.root.add([this.words, this.bar]);
    this.progressNode = h('div', { id: 'sb-analysis-progress', role: 'progressbar', 'aria-label': tw.progress, 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' });
  }

  show(s: AnalysisState): void {
    const { controls, mirror } = app();
    const pct = Math.floor(s.fraction * 100);
    const words = statusWords(s);
    this.root.setVisible(s.status !== 'done');
    this.words.setText(s.status === 'running' ? tw.running(pct) : words);
    this.words.setColor(s.status === 'failed' ? '#ff9f8a' : '#e8e2d4');
    this.progressNode.setAttribute('aria-valuenow', String(s.status === 'done' ? 100 : pct));
    this.progressNode.setAttribute('aria-valuetext', words);
    const g = this.bar.clear();
    const barY = this.y + this.words.height + 12;
    if (s.status === 'running') {
      const fill = Math.max(8, this.w * s.fraction);
      g.fillStyle(0x0d1117, 1).fillRoundedRect(boxX(this.x, this.w), barY, this.w, 22, 8);
      g.fillStyle(C.accent, 1).fillRoundedRect(boxX(this.x, fill), barY, fill, 22, 8);
      g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(this.x, this.w), barY, this.w, 22, 8);
    }
    const quarter = s.status === 'running' ? Math.floor(pct / 25) : 0;
    if (quarter > this.announced && quarter < 4) mirror.announce(tw.runningWords(quarter * 25));
    this.announced = quarter;
    if (s.status === 'cancelled' || s.status === 'failed') mirror.announce(words);
    const kind = s.status === 'running' ? 'cancel' : s.status === 'done' ? null : 'run';
    if (kind === this.actionKind) return;
    const hadFocus = document.activeElement?.getAttribute('data-control') === 'analysis-action';
    controls.remove('analysis-action');
    this.action?.destroy();
    this.action = null;
    this.actionKind = kind;
    if (!kind) return;
    const label = kind === 'cancel' ? tw.cancel : tw.run;
    const bw = kind === 'cancel' ? 180 : 280;
    const b = new Button(this.scene, { x: boxX(this.x, bw), y: barY + 40, w: bw, h: 48, label, size: FONT.small, variant: kind === 'run' ? 'primary' : 'normal' });
    b.setName('analysis-action');
    this.root.add(b);
    this.action = b;
    const el = controls.add({ id: 'analysis-action', label, widget: b, action: () => this.onAction(kind) });
    // In the tab order it follows the settings, before the decisions (the layer lists controls as they are added).
    [...(el.parentElement?.querySelectorAll('[data-control^="analysis-futures-"]') ?? [])].at(-1)?.after(el);
    if (hadFocus) el.focus({ preventScroll: true });
  }
}
