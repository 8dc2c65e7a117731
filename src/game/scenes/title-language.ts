import type Phaser from 'phaser';
import { LANGS, LEVELS } from '../../app/text-variant';
import { LANGUAGE_NAMES } from '../../app/language-names';
import { app, type TitleDefaults } from '../app';
import { t } from '../i18n';
import { currentVariant } from '../i18n/variant';
import { switchVariant } from '../language-switch';
import { boxX } from '../layout';
import { Button } from '../widgets/Button';

// The title's language and reading-level choice: one row of four buttons (English, فارسی · full text, basic text)
// above Start.
// Choosing another reloads the page into it (language-switch.ts), keeping what the title had chosen.

export const VARIANT_ROW_H = 44;

export function drawVariantChoice(scene: Phaser.Scene, x: number, y: number, w: number, keep: () => TitleDefaults): void {
  const { controls } = app();
  const now = currentVariant();
  const gap = 8;
  const split = 24;
  // The languages' names are short; the levels get the rest.
  const langW = Math.floor((w - split - 2 * gap) * 0.22);
  const levelW = Math.floor((w - split - 2 * gap - 2 * langW) / 2);
  controls.group(t.title.language);
  LANGS.forEach((lang, i) => {
    const b = new Button(scene, { x: boxX(x + i * (langW + gap), langW), y, w: langW, h: VARIANT_ROW_H, label: LANGUAGE_NAMES[lang], variant: 'quiet', size: 17, selected: lang === now.lang });
    const el = controls.add({ id: `lang-${lang}`, label: LANGUAGE_NAMES[lang], widget: b, pressed: lang === now.lang, action: () => lang !== now.lang && switchVariant({ ...now, lang }, keep()) });
    // Each language's name is read in its own language.
    el.lang = lang;
    el.dir = lang === 'fa' ? 'rtl' : 'ltr';
  });
  controls.group(t.title.level);
  const from = x + 2 * langW + gap + split;
  LEVELS.forEach((level, i) => {
    const label = t.title.levels[level] ?? level;
    const b = new Button(scene, { x: boxX(from + i * (levelW + gap), levelW), y, w: levelW, h: VARIANT_ROW_H, label, variant: 'quiet', size: 17, selected: level === now.level });
    controls.add({ id: `level-${level}`, label, description: t.title.levelHelp[level], widget: b, pressed: level === now.level, action: () => level !== now.level && switchVariant({ ...now, level }, keep()) });
  });
}
