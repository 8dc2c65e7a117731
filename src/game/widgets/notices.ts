import type Phaser from 'phaser';
import { app } from '../app';
import { t } from '../i18n';
import { boxX } from '../layout';
import { WIDTH } from '../theme';
import { Button } from './Button';
import { Notice, NOTICE_BUTTON_W } from './Notice';

/**
 * Shows waiting messages as a banner with a Dismiss button (also announced through role="alert").
 * Returns the function that dismisses them, or null when there was nothing to show.
 */
export function showNotices(scene: Phaser.Scene, lines: string[], y = 12): (() => void) | null {
  if (!lines.length) return null;
  const { controls, mirror } = app();
  const w = 900;
  const x = (WIDTH - w) / 2;
  const banner = new Notice(scene, x, y, w, lines);
  const button = new Button(scene, { x: boxX(x + w - NOTICE_BUTTON_W - 14, NOTICE_BUTTON_W), y: y + (banner.h - 44) / 2, w: NOTICE_BUTTON_W, h: 44, label: t.notices.dismiss, size: 17 });
  button.setDepth(51);
  mirror.alertNow(lines);
  let done = false;
  const dismiss = () => {
    if (done) return;
    done = true;
    banner.destroy();
    button.destroy();
    controls.remove('dismiss');
    controls.focusFirst();
  };
  controls.add({ id: 'dismiss', label: t.notices.dismiss, widget: button, action: dismiss });
  controls.focus('dismiss');
  return dismiss;
}
