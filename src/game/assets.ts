import emblemSvg from './art/emblem.svg?raw';

// What the Boot scene loads with its progress bar. Icons are drawn from path data instead (icons-data.ts).
// SVGs come inside the bundle as base64 data: URLs, which Phaser's loader decodes without a request: pages opened
// from a folder (file://) may not fetch files with XHR, which is how Phaser loads SVGs. Bitmaps (PNG, JPEG) can be
// files in assets/: the game's loader reads images through <img> elements, which work from file:// too.

const svg = (text: string) => `data:image/svg+xml;base64,${btoa(text)}`;

export const ASSETS = {
  emblem: { key: 'emblem', url: svg(emblemSvg) },
};
