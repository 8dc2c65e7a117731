// Files in assets/ (served from the site root) that the Boot scene loads with its progress bar.
// Icons are drawn from path data instead (icons-data.ts): no requests, no decoding.

export const ASSETS = {
  emblem: { key: 'emblem', url: 'emblem.svg' },
};
