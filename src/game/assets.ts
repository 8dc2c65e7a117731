// The files in assets/ (served from the site root), loaded by the Boot scene with a progress bar.

export const ICONS = ['west', 'russia', 'elites', 'camp-0', 'camp-1', 'economy', 'options', 'exposure', 'indicator'] as const;

export const ASSETS = {
  icons: ICONS.map((name) => ({ key: `icon-${name}`, url: `icons/${name}.svg` })),
  emblem: { key: 'emblem', url: 'emblem.svg' },
};
