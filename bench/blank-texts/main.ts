import { startFloorScene } from '../blank/start';
import texts from './turn-texts.json';

// The blank scene with the first turn's texts and nothing else: the same Phaser texts (strings, fonts, sizes,
// colours, wrap widths and spacing) as the 2022 scenario's first turn at 1280×720, captured from the game by
// bench/capture-turn-texts.ts. What a turn screen's words cost in Phaser Canvas before any game code runs.

interface CapturedText {
  x: number;
  y: number;
  text: string;
  /** fontStyle|fontSize|fontFamily */
  font: string;
  color: string;
  wrap: number;
  lineSpacing: number;
  letterSpacing: number;
}

startFloorScene((scene, k) => {
  for (const t of texts as CapturedText[]) {
    const [fontStyle, fontSize, fontFamily] = t.font.split('|');
    scene.add.text(t.x, t.y, t.text, {
      fontFamily,
      fontSize,
      fontStyle,
      color: t.color,
      resolution: k,
      lineSpacing: t.lineSpacing,
      ...(t.letterSpacing ? { letterSpacing: t.letterSpacing } : {}),
      ...(t.wrap ? { wordWrap: { width: t.wrap, useAdvancedWrap: true } } : {}),
    });
  }
});
