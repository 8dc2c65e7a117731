import type Phaser from 'phaser';
import { textX } from '../layout';
import { FONT } from '../theme';
import { TOP } from '../widgets/DecisionView';
import { fitSize } from '../widgets/text';

// The turn screen's header, before its buttons: the month, the turn counter and, where there is room, the scenario's
// title. A Persian month names two calendars and a practice game adds a badge to the counter, so the month shrinks
// first; when the counter still has no room beside it, it goes under the month.

const START = 24;
const GAP = 18;
/** The smallest the month heading gets on one line with the counter. */
const MONTH_MIN = 22;
/** Stacked, the month and the counter share the header's height (TOP) between them. */
const STACKED_MONTH = 22;

/** Lays out the header's texts (each anchored at its start edge) in the room from the start edge to `end` (where the first button begins). */
export function fitHeader(month: Phaser.GameObjects.Text, turn: Phaser.GameObjects.Text, title: Phaser.GameObjects.Text, end: number): void {
  const room = end - START;
  month.setFontSize(FONT.h2);
  turn.setFontSize(FONT.small);
  let size = FONT.h2;
  while (month.width + GAP + turn.width > room && size > MONTH_MIN) month.setFontSize(--size);
  const oneLine = month.width + GAP + turn.width <= room;
  if (oneLine) {
    // One line: the counter on the month's baseline side, centred on the buttons' row.
    month.setPosition(textX(START), 30 - month.height / 2);
    turn.setPosition(textX(START + month.width + GAP), 30 - turn.height / 2);
  } else {
    month.setFontSize(STACKED_MONTH);
    fitSize(month, room, STACKED_MONTH);
    fitSize(turn, room, FONT.small);
    const top = Math.max(0, (TOP - month.height - turn.height) / 2);
    month.setPosition(textX(START), top);
    turn.setPosition(textX(START), top + month.height);
  }
  title.setX(textX(end));
  title.setVisible(oneLine && START + month.width + GAP + turn.width + 24 < end - title.width);
}
