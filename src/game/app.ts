import type Phaser from 'phaser';
import { Controls } from './a11y/controls';
import { DomMirror } from './a11y/dom-mirror';
import { Keys } from './a11y/keys';
import { t } from './i18n';
import { Session } from './session';
import type { LinkRequest } from './url-params';

// What every scene shares: the one game session and the accessible HTML layer.

export interface TitleDefaults {
  scenario?: string;
  seed?: string;
  difficulty?: string;
  previews?: boolean;
  /** Undo allowed (a practice game). */
  practice?: boolean;
  /**
   * Set when a class was joined (a class code typed here, or a class link that allows practice games): its code
   * ('' when its settings fit in none), whether the class allows practice games, and whether to say it was accepted.
   */
  classCode?: { code: string; practice: boolean; announce?: boolean };
}

/** How a message on the title or turn screen reads: its style, and where the accessible layer says it. */
export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface AppNotice {
  kind: NoticeKind;
  text: string;
}

export const notice = (kind: NoticeKind, text: string): AppNotice => ({ kind, text });

export interface App {
  session: Session;
  mirror: DomMirror;
  controls: Controls;
  keys: Keys;
  /** Messages waiting to be shown on the next title screen. */
  notices: AppNotice[];
  defaults: TitleDefaults;
  link: LinkRequest | null;
  game: Phaser.Game | null;
}

let current: App | null = null;

export function createApp(root: HTMLElement): App {
  const mirror = new DomMirror(root, t.lang, t.dir);
  const controls = new Controls(mirror);
  current = { session: new Session(), mirror, controls, keys: new Keys(controls), notices: [], defaults: {}, link: null, game: null };
  return current;
}

export function app(): App {
  if (!current) throw new Error('the app is not created yet');
  return current;
}
