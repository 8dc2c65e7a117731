import Phaser from 'phaser';
import { app, notice } from '../app';
import { ASSETS } from '../assets';
import { t } from '../i18n';
import { savesOf, storageAvailable } from '../saves';
import { allScenarios, defaultDifficulty, findScenario } from '../scenarios';
import { freshSeed } from '../seed';
import { C, FONT, getRenderScale, HEIGHT, WIDTH } from '../theme';
import { parseLink, showLinkInAddressBar } from '../url-params';
import { makeIconTextures } from '../widgets/icons';
import { text } from '../widgets/text';
import { BaseScene } from './base';

// Loads the drawn assets with a progress bar, then reads the link and the saves and opens the first screen.

export class Boot extends BaseScene {
  constructor() {
    super('Boot');
  }

  preload(): void {
    performance.mark('sb:boot');
    this.begin(t.app.pageTitle);
    // A class link goes straight to its turn: it loads nothing here, and the turn replaces this screen before
    // it is ever drawn, so it gets no progress bar. The emblem is only needed by the title screen.
    if (parseLink(window.location.search, allScenarios()).start) return;
    const k = getRenderScale();
    const w = 480;
    const x = (WIDTH - w) / 2;
    const y = HEIGHT / 2 + 20;
    text(this, WIDTH / 2, y - 70, t.app.name, { size: FONT.h2, serif: true, bold: true, align: 'center' });
    const label = text(this, WIDTH / 2, y + 28, t.boot.loading, { size: FONT.small, color: C.muted, align: 'center' });
    const bar = this.add.graphics();
    const draw = (p: number) => {
      bar.clear().lineStyle(2, C.panelEdge, 1).strokeRect(x, y, w, 16);
      bar.fillStyle(C.accent, 1).fillRect(x + 3, y + 3, (w - 6) * p, 10);
      label.setText(`${t.boot.loading} ${t.boot.percent(p)}`);
    };
    draw(0);
    this.load.on(Phaser.Loader.Events.PROGRESS, draw);
    this.load.svg(ASSETS.emblem.key, ASSETS.emblem.url, { width: 200 * k, height: 200 * k });
  }

  create(): void {
    makeIconTextures(this);
    performance.mark('sb:loaded');
    const a = app();
    const scenarios = allScenarios();
    if (!scenarios.length) {
      a.notices.push(notice('error', t.app.noScenarios));
      this.scene.start('Title');
      return;
    }
    if (!storageAvailable()) a.notices.push(notice('warning', t.notices.storageUnavailable));
    const link = parseLink(window.location.search, scenarios);
    a.link = link;
    // A link's own settings win over those a language change handed over (main.ts).
    if (link.scenario || link.seed || link.difficulty || link.previews !== undefined) a.defaults = { scenario: link.scenario, seed: link.seed, difficulty: link.difficulty, previews: link.previews };
    // A class that allows practice games opens the title with the class joined: a practice game or the class game.
    if (link.join) a.defaults = { ...a.defaults, seed: link.seed ?? freshSeed(), difficulty: link.difficulty ?? defaultDifficulty(findScenario(link.scenario!)!), classCode: { code: link.class ?? '', practice: true, announce: true } };
    a.notices.push(...link.problems.map((p) => notice('warning', p)));
    if (link.start && this.openLink(link.scenario!, link.seed, link.difficulty, link.previews, link.class)) return;
    this.scene.start('Title');
  }

  /** A complete class link: continue its saved game if there is one, else start it (recording its class). */
  private openLink(scenarioId: string, seed: string | undefined, difficulty: string | undefined, previews: boolean | undefined, classCode: string | undefined): boolean {
    const a = app();
    const scenario = findScenario(scenarioId)!;
    const d = difficulty ?? defaultDifficulty(scenario);
    const s = seed ?? freshSeed();
    const diff = scenario.difficulties.find((x) => x.id === d);
    const p = previews ?? diff?.previews ?? false;
    // The address bar always holds the whole link (a seed is written in before the first turn), so a reload continues.
    showLinkInAddressBar(scenario.id, s, d, p);
    const latest = savesOf(scenario.id, s, d).find((x) => x.save.state !== 'abandoned');
    if (latest && a.session.resume(latest)) {
      this.scene.start(a.session.snapshot()?.status === 'done' ? 'Ending' : 'Turn');
      return true;
    }
    a.session.start(scenario, s, d, { previews: p, ...(classCode ? { class: classCode } : {}) });
    this.scene.start('Turn');
    return true;
  }
}
