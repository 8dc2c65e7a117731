import type Phaser from 'phaser';
import type { ScenarioData } from '../../scenario/types';
import { httpsHref } from '../../scenario/https-href';
import { t } from '../i18n';
import { C, FONT } from '../theme';
import { LinkText } from '../widgets/LinkText';
import { text } from '../widgets/text';
import type { Controls } from './controls';

// Source links: drawn on the canvas and mirrored as buttons that open the source in a new tab.

/** The sources by id; an address that is not https: becomes "" (shown as a title without a link). */
export function sourcesFor(s: ScenarioData, ids: readonly string[]) {
  return ids
    .map((id) => s.sources.find((x) => x.id === id))
    .filter((x): x is ScenarioData['sources'][number] => !!x)
    .map((x) => ({ ...x, url: httpsHref(x.url) ?? '' }));
}

/** Who published a source and when (a copy on another site said to be one), or "" when the scenario does not say. */
export function sourceByline(src: ScenarioData['sources'][number]): string {
  return src.publisher || src.date ? t.debrief.byline(src.publisher ?? '', src.date ?? '', !!src.mirror) : '';
}

/** Opens an https: source in a new tab; any other address is never opened. */
export function openSource(url: string): void {
  const href = httpsHref(url);
  if (href) window.open(href, '_blank', 'noopener,noreferrer');
}

/** Draws the links in a column from (x, y), each with its publisher and date below; returns the y below the last. */
export function addSourceLinks(scene: Phaser.Scene, controls: Controls, prefix: string, sources: ScenarioData['sources'], x: number, y: number, maxWidth: number, container?: Phaser.GameObjects.Container): number {
  sources.forEach((src, i) => {
    const link = new LinkText(scene, x, y, src.title, maxWidth, 15);
    container?.add(link);
    const byline = sourceByline(src);
    controls.add({ id: `${prefix}-${i}`, label: t.debrief.open(src.title), description: [byline, src.url].filter(Boolean).join(' \u2014 '), widget: link, action: () => openSource(src.url) });
    y += link.lineHeight + 2;
    if (byline) {
      const by = text(scene, x, y, byline, { size: FONT.tiny, color: C.muted, wrap: maxWidth });
      container?.add(by);
      y += by.height;
    }
    y += 5;
  });
  return y;
}
