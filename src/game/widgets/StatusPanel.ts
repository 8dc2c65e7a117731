import Phaser from 'phaser';
import { type CompiledScenario } from '../../engine';
import { statName, type PreviewMark } from '../../app';
import { t } from '../i18n';
import { boxX, textX } from '../layout';
import { C, FONT, METER_COLOUR, reducedMotion } from '../theme';
import { betterWay, dangerZones } from '../view-model';
import { Meter } from './Meter';
import { MAP_H, MAP_W, RegionMap } from './RegionMap';
import { ScrollPanel } from './ScrollPanel';
import { text } from './text';

// The left column of the turn screen: the three tension meters, the two camps, the country's indicators
// and the policy tracks. Values animate when they change.

const X = 16;
const Y = 60;
const W = 360;
const H = 644;
const PAD = 18;

export class StatusPanel {
  private readonly meters = new Map<string, Meter>();
  private readonly trackTexts = new Map<string, { state: Phaser.GameObjects.Text; mark: Phaser.GameObjects.Graphics; markAt: [number, number]; shown: string }>();
  /** The panel scrolls when the scenario has more to show than fits (many indicators or tracks). */
  readonly panel: ScrollPanel;
  private readonly map: RegionMap;

  constructor(private readonly scene: Phaser.Scene, private readonly cs: CompiledScenario, stats: Record<string, number>, tracks: Record<string, string>) {
    const g = scene.add.graphics();
    g.fillStyle(C.panel, 0.94).fillRoundedRect(boxX(X, W), Y, W, H, 10);
    g.lineStyle(1, C.panelEdge, 1).strokeRoundedRect(boxX(X, W), Y, W, H, 10);
    this.panel = new ScrollPanel(scene, boxX(X + 6, W - 8), Y + 6, W - 8, H - 12);
    const c = this.panel.content;
    const span = W - 8;
    const ix = PAD - 6;
    const iw = this.panel.innerW - ix - 4;
    const head = (y: number, s: string) => c.add(text(scene, textX(ix, span), y, s.toUpperCase(), { size: FONT.tiny, bold: true, color: C.accent, letterSpacing: 2 }));
    let y = 8;
    head(y, t.turn.meters);
    y += 30;
    this.map = new RegionMap(scene, boxX(ix, MAP_W, span), y, { west: stats.west ?? 0, russia: stats.russia ?? 0, elites: stats.elites ?? 0 });
    c.add(this.map);
    y += MAP_H + 12;
    for (const m of ['west', 'russia', 'elites'] as const) {
      y += this.addMeter(m, ix, y, iw, 'large', stats) + 10;
    }
    const campX = ix + 18;
    const campW = iw - 18;
    const railTop = y - 8;
    cs.camps.forEach((camp, i) => {
      y += this.addMeter(camp, campX, y, campW, 'small', stats, i) + 6;
    });
    const rail = scene.add.graphics();
    rail.lineStyle(2, C.elites, 0.5).lineBetween(boxX(ix + 5, 0, span), railTop, boxX(ix + 5, 0, span), y - 6);
    c.add(rail);
    y += 10;
    if (cs.data.indicators.length) {
      head(y, t.turn.state);
      y += 30;
      for (const ind of cs.data.indicators) y += this.addMeter(ind.id, ix, y, iw, 'small', stats) + 6;
      y += 10;
    }
    if (cs.data.tracks.length) {
      head(y, t.turn.tracks);
      y += 30;
      for (const tr of cs.data.tracks) {
        // The bullet is drawn, not a text: one canvas fewer per track on the first turn.
        const mark = scene.add.graphics();
        const name = text(scene, textX(ix + 20, span), y, tr.name, { size: FONT.small, color: C.muted, wrap: iw - 20 });
        const initial = tr.states.find((st) => st.id === (tracks[tr.id] ?? tr.start))?.name ?? '';
        const state = text(scene, textX(ix + 20, span), y + name.height + 2, initial, { size: FONT.small, bold: true, color: C.text, wrap: iw - 20 });
        c.add([mark, name, state]);
        this.trackTexts.set(tr.id, { state, mark, markAt: [boxX(ix, 12, span) + 6, y + 12], shown: '' });
        y += name.height + 2 + 26 + 8;
      }
    }
    this.panel.setContentHeight(y);
    this.update(stats, tracks, false);
  }

  private addMeter(stat: string, x: number, y: number, w: number, size: 'large' | 'small', stats: Record<string, number>, campIndex = -1): number {
    const kind = stat === 'west' || stat === 'russia' || stat === 'elites' || campIndex >= 0 ? 'tension' : 'plain';
    const colour = METER_COLOUR[stat] ?? (campIndex >= 0 ? C.elites : C.indicator);
    const m = new Meter(this.scene, {
      x: boxX(x, w, W - 8),
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
      better: betterWay(this.cs, stat),
    });
    this.panel.content.add(m);
    this.meters.set(stat, m);
    return m.rowHeight;
  }

  update(stats: Record<string, number>, tracks: Record<string, string>, animate: boolean): void {
    this.map.setValues({ west: stats.west ?? 0, russia: stats.russia ?? 0, elites: stats.elites ?? 0 }, animate);
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
      row.mark.clear().fillStyle(changed ? 0xffd166 : 0x4f6275, 1).fillCircle(row.markAt[0], row.markAt[1], 5);
      if (changed && animate && !reducedMotion()) this.scene.tweens.add({ targets: row.state, alpha: { from: 0.2, to: 1 }, duration: 300, repeat: 2 });
    }
  }

  /** Marks each meter with a choice's likely effect, or clears the marks. */
  preview(items: readonly PreviewMark[] | null): void {
    for (const [stat, m] of this.meters) {
      const o = items?.find((x) => x.stat === stat);
      m.setPreview(o ?? null);
    }
  }

  shownValue(stat: string): number | undefined {
    return this.meters.get(stat)?.value;
  }
}
