import Phaser from 'phaser';
import { loadAnalysisView } from 'virtual:analysis-view';
import { app } from '../app';
import { h } from '../../app/dom';
import * as i18n from '../i18n';
import * as layout from '../layout';
import * as theme from '../theme';
import { monthOf } from '../view-model';
import { Button } from '../widgets/Button';
import { ScrollPanel } from '../widgets/ScrollPanel';
import * as text from '../widgets/text';
import { HOST_GLOBAL, type GameHost } from '../analysis-view/host';
import { BaseScene } from './base';

// The debrief's way into decision analysis. The view is a script of its own, loaded the first time it is opened
// (the first turn does not carry it); it is handed the page's own Phaser, app, catalog and widgets (see host.ts).

/** Loads the analysis view if need be, then shows it; `onError` says why it could not load. */
export function openAnalysis(from: Phaser.Scene, onError: (message: string) => void): void {
  const parts: GameHost = { Phaser, app, i18n, layout, theme, text, h, monthOf, BaseScene, Button, ScrollPanel };
  (self as unknown as Record<string, GameHost>)[HOST_GLOBAL] = parts;
  loadAnalysisView().then(
    ({ Analysis }) => {
      if (!from.scene.isActive()) return;
      if (!from.scene.get('Analysis')) from.scene.add('Analysis', Analysis, false);
      from.scene.start('Analysis');
    },
    (e: unknown) => onError(i18n.t.analysis.loadFailed(e instanceof Error ? e.message : String(e))),
  );
}
