import type PhaserT from 'phaser';
import type * as App from '../app';
import type * as Dom from '../../app/dom';
import type * as I18n from '../i18n';
import type * as Layout from '../layout';
import type * as Theme from '../theme';
import type * as ViewModel from '../view-model';
import type * as Base from '../scenes/base';
import type * as ButtonM from '../widgets/Button';
import type * as Scroll from '../widgets/ScrollPanel';
import type * as TextM from '../widgets/text';

// The analysis view is a script of its own, loaded when the analysis is opened (src/build/analysis-script.ts), so
// that the first turn does not carry it. It draws with the page's own Phaser, app, catalog, theme and widgets, which
// hold the page's state (the one session, the language, the render scale): the page hands them over here
// (scenes/open-analysis.ts) rather than the view bundling copies of them. Its files take them only from host().

export interface GameHost {
  Phaser: typeof PhaserT;
  app: typeof App.app;
  i18n: typeof I18n;
  layout: typeof Layout;
  theme: typeof Theme;
  text: typeof TextM;
  h: typeof Dom.h;
  monthOf: typeof ViewModel.monthOf;
  BaseScene: typeof Base.BaseScene;
  Button: typeof ButtonM.Button;
  ScrollPanel: typeof Scroll.ScrollPanel;
}

export const HOST_GLOBAL = '__sbGameHost';

export function host(): GameHost {
  const h = (self as unknown as Record<string, GameHost | undefined>)[HOST_GLOBAL];
  if (!h) throw new Error('the analysis view was loaded before the game handed it its parts');
  return h;
}
