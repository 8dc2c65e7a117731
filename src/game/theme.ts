import { t } from './i18n';

// The look: colours, type and sizes shared by every scene and widget.

export const WIDTH = 1280;
export const HEIGHT = 720;

/** The catalog's font stacks (read when a text is made: the catalog is chosen at boot). */
export const serifFont = (): string => t.fonts.serif;
export const sansFont = (): string => t.fonts.sans;

export const C = {
  bg: 0x141a22,
  bgLine: 0x1f2833,
  panel: 0x1b232d,
  panelEdge: 0x33404f,
  paper: 0xf1ead9,
  paperEdge: 0xc9bc9c,
  ink: 0x1f2328,
  text: 0xe8e2d4,
  muted: 0x9aa5b1,
  accent: 0xc9a227,
  focus: 0xffd166,
  button: 0x26313d,
  buttonHover: 0x30404f,
  buttonEdge: 0x4f6275,
  west: 0x5b8fc7,
  russia: 0xc0504d,
  elites: 0xc9a227,
  indicator: 0x8fb3a0,
  up: 0xe07a5f,
  down: 0x81b29a,
  neutral: 0xb8c4cf,
  danger: 0xd1495b,
} as const;

/** CSS colour strings for Text styles. */
export const css = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

export const METER_COLOUR: Record<string, number> = { west: C.west, russia: C.russia, elites: C.elites };

/** From this value up a tension meter is in its danger zone. */
export { DANGER_FROM } from '../app';

/** Type sizes in canvas pixels. The smallest is 18, so that text stays at 14 CSS px or more when the canvas is
 *  fitted into a 1024×600 window (a scale of 0.8); long texts scroll or reflow rather than shrink below it. */
export const MIN_TEXT = 18;
export const FONT = {
  h1: 44,
  h2: 28,
  h3: 22,
  body: 20,
  small: 18,
  tiny: 18,
};

/** Whether the player asked the system for less motion. */
export const reducedMotion = (): boolean => typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Text resolution: the canvas is drawn at this multiple of 1280×720 when the window is large (sharp text on projectors). */
let renderScale = 1;
export const setRenderScale = (k: number): void => {
  renderScale = k;
};
export const getRenderScale = (): number => renderScale;
