import type Phaser from 'phaser';
import { app, type AppNotice, type NoticeKind } from '../app';
import { t } from '../i18n';
import { boxX } from '../layout';
import { WIDTH } from '../theme';
import { Button } from './Button';
import { Notice, NOTICE_BUTTON_W } from './Notice';

// Waiting messages as banners, one per kind (errors first), with one Dismiss button. The accessible layer says
// errors and warnings through role="alert" and successes and information through role="status", each with the
// word for its kind ("Error: …", "Done: …").

const ORDER: NoticeKind[] = ['error', 'warning', 'success', 'info'];

/** Shows the notices; returns the function that dismisses them, or null when there was nothing to show. */
export function showNotices(scene: Phaser.Scene, notices: AppNotice[], y = 12): (() => void) | null {
  if (!notices.length) return null;
  const { controls, mirror } = app();
  const w = 900;
  const x = (WIDTH - w) / 2;
  const banners: Notice[] = [];
  let at = y;
  for (const kind of ORDER) {
    const lines = notices.filter((n) => n.kind === kind).map((n) => n.text);
    if (!lines.length) continue;
    const banner = new Notice(scene, x, at, w, lines, kind);
    banners.push(banner);
    at += banner.h + 8;
  }
  const first = banners[0]!;
  const button = new Button(scene, { x: boxX(x + w - NOTICE_BUTTON_W - 14, NOTICE_BUTTON_W), y: y + (first.h - 44) / 2, w: NOTICE_BUTTON_W, h: 44, label: t.notices.dismiss, size: 17 });
  button.setDepth(51);
  const said = (kinds: NoticeKind[]) => notices.filter((n) => kinds.includes(n.kind)).map((n) => t.notices.kind[n.kind](n.text));
  mirror.alertNow(said(['error', 'warning']));
  mirror.statusNow(said(['success', 'info']));
  let done = false;
  const dismiss = () => {
    if (done) return;
    done = true;
    for (const b of banners) b.destroy();
    button.destroy();
    controls.remove('dismiss');
    controls.focusFirst();
  };
  controls.add({ id: 'dismiss', label: t.notices.dismiss, widget: button, action: dismiss });
  controls.focus('dismiss');
  return dismiss;
}
