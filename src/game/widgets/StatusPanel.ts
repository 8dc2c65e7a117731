import Phaser from 'phaser';
import { type CompiledScenario } from '../../engine';
import { statName } from '../../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, METER_COLOUR } from '../theme';
import { dangerZones } from '../view-model';
import { Meter } from './Meter';
import { fitWidth, text } from './text';

// The left column of the turn screen: the three tension meters, the two camps, the country's indicators
// and the policy tracks. Values animate when they change.

const X = 16;
const Y = 60;
const W = 360;
const H = 644;
const PAD = 18;

export class StatusPanel {
  private readonly meters = new Map<string, Meter>();
  private readonly trackTexts = new Map<string, { name: Phaser.GameObjects.Text; full: string; width: number; state: Phaser.GameObjects.Text; mark: Phaser.GameObjects.Text; shown: string }>();

  constructor(private readonly scene: Phaser.Scene, private readonly cs: CompiledScenario, stats: Record<string, number>, tracks: Record<string, string>) {
    const g = scene.add.graphics();
    g.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(X, W), Y, W, H, 10);
    g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(X, W), Y, W, H, 10);
    const ix = X + PAD;
    const iw = W - 2 * PAD;
    const head = (y: number, s: string) => text(scene, textX(ix), y, s.toUpperCase(), { size: FONT.tiny - 1, bold: true, color: C.accent, letterSpacing: 2 });
    let y = Y + 14;
    head(y, t.turn.meters);
    y += 24;
    for (const m of ['west', 'russia', 'elites'] as const) {
      y += this.addMeter(m, ix, y, iw, 'large', stats) + 10;
    }
    const campX = ix + 18;
    const campW = iw - 18;
    const rail = scene.add.graphics();
    rail.lineStyle(2, C.elites, 0.5).lineBetween(boxX(ix + 5, 0), y - 8, boxX(ix + 5, 0), y + cs.camps.length * 36);
    cs.camps.forEach((camp, i) => {
      y += this.addMeter(camp, campX, y, campW, 'small', stats, i) + 6;
    });
    y += 10;
    if (cs.data.indicators.length) {
      head(y, t.turn.state);
      y += 22;
      for (const ind of cs.data.indicators) y += this.addMeter(ind.id, ix, y, iw, 'small', stats) + 6;
      y += 10;
    }
    if (cs.data.tracks.length) {
      head(y, t.turn.tracks);
      y += 22;
      const rowH = Math.min(28, (Y + H - 10 - y) / cs.data.tracks.length);
      const size = rowH < 24 ? FONT.tiny : 15;
      for (const tr of cs.data.tracks) {
        const mark = text(scene, textX(ix), y, '\u25CF', { size: size - 3, color: C.accent });
        const name = text(scene, textX(ix + 16), y, tr.name, { size, color: C.muted });
        const state = text(scene, textX(ix + iw), y, '', { size, bold: true, color: C.text, align: 'end' });
        this.trackTexts.set(tr.id, { name, full: tr.name, width: iw - 16, state, mark, shown: '' });
        y += rowH;
      }
    }
    this.update(stats, tracks, false);
  }

  private addMeter(stat: string, x: number, y: number, w: number, size: 'large' | 'small', stats: Record<string, number>, campIndex = -1): number {
    const kind = stat === 'west' || stat === 'russia' || stat === 'elites' || campIndex >= 0 ? 'tension' : 'plain';
    const colour = METER_COLOUR[stat] ?? (campIndex >= 0 ? C.elites : C.indicator);
    const m = new Meter(this.scene, {
      x: boxX(x, w),
      y,
      w,
      stat,
      name: statName(this.cs, stat),
      colour,
      zones: dangerZones(this.cs, stat),
      kind,
      size,
      value: stats[stat] ?? 0,
      iconIndex: campIndex,
    });
    this.meters.set(stat, m);
    return m.rowHeight;
  }

  update(stats: Record<string, number>, tracks: Record<string, string>, animate: boolean): void {
    for (const [stat, m] of this.meters) {
      if (animate) m.clearChip();
      m.setValue(stats[stat] ?? 0, animate);
    }
    for (const tr of this.cs.data.tracks) {
      const row = this.trackTexts.get(tr.id);
      if (!row) continue;
      const id = tracks[tr.id] ?? tr.start;
      const changed = row.shown !== '' && row.shown !== id;
      row.shown = id;
      row.state.setText(tr.states.find((s) => s.id === id)?.name ?? id);
      fitWidth(row.state, row.width * 0.62);
      row.name.setText(row.full);
      fitWidth(row.name, row.width - row.state.width - 14);
      row.mark.setColor(changed ? '#ffd166' : '#4f6275');
      if (changed && animate) this.scene.tweens.add({ targets: row.state, alpha: { from: 0.2, to: 1 }, duration: 300, repeat: 2 });
    }
  }

  /** Marks each meter with a choice's likely effect, or clears the marks. */
  preview(items: readonly { stat: string; expected: number; uncertain: boolean }[] | null): void {
    for (const [stat, m] of this.meters) {
      const o = items?.find((x) => x.stat === stat);
      m.setPreview(o ? o.expected : null, o?.uncertain ?? false);
    }
  }

  shownValue(stat: string): number | undefined {
    return this.meters.get(stat)?.value;
  }
}
