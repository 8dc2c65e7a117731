import type Phaser from 'phaser';
import { app } from '../app';
import { t } from '../i18n';
import { boxX } from '../layout';
import { Button } from '../widgets/Button';

// The title's two switches side by side: choice previews, and practice (Undo last decision allowed). Practice is
// left out when a class code says the class does not allow practice games.

export const TOGGLES_H = 44;

export interface Toggles {
  previews: boolean;
  practice: boolean;
  /** False in a class that does not allow practice games. */
  practiceAllowed: boolean;
}

const box = (on: boolean, label: string) => `${on ? '\u2611' : '\u2610'}  ${label}`;

/** Draws the switches; `changed` gets every change. Returns the function that sets previews from outside. */
export function drawToggles(scene: Phaser.Scene, x: number, y: number, w: number, now: Toggles, changed: (s: Toggles) => void): (previews: boolean) => void {
  const { controls } = app();
  const state = { ...now };
  const gap = 10;
  const half = state.practiceAllowed ? (w - gap) / 2 : w;
  const prev = new Button(scene, { x: boxX(x, half), y, w: half, h: TOGGLES_H, label: box(state.previews, t.title.previews), variant: 'quiet', size: 17, align: 'start' }).setName('button-previews');
  const setPreviews = (on: boolean) => {
    state.previews = on;
    prev.label.setText(box(on, t.title.previews));
    controls.setPressed('previews', on);
    changed({ ...state });
  };
  controls.add({ id: 'previews', label: t.title.previews, description: t.title.previewsHelp, widget: prev, pressed: state.previews, action: () => setPreviews(!state.previews) });
  if (state.practiceAllowed) {
    const prac = new Button(scene, { x: boxX(x + half + gap, half), y, w: half, h: TOGGLES_H, label: box(state.practice, t.title.practice), variant: 'quiet', size: 17, align: 'start' }).setName('button-practice');
    controls.add({
      id: 'practice',
      label: t.title.practice,
      description: t.title.practiceHelp,
      widget: prac,
      pressed: state.practice,
      action: () => {
        state.practice = !state.practice;
        prac.label.setText(box(state.practice, t.title.practice));
        controls.setPressed('practice', state.practice);
        app().mirror.announce(t.title.practiceNow(state.practice));
        changed({ ...state });
      },
    });
  }
  return setPreviews;
}
