import { overlayNames, type Lang, type TextVariant } from '../app/text-variant.js';

// The overlay files a scenario may have (scenarios/overlays/<scenario-id>.<name>.yaml) and the names built from
// them: a variant's key ('' for the scenario's own text), and the key a built file registers under.

export const OVERLAY_NAMES = ['fa', 'en-basic', 'fa-basic'] as const;
export type OverlayName = (typeof OVERLAY_NAMES)[number];

export const isOverlayName = (v: string): v is OverlayName => (OVERLAY_NAMES as readonly string[]).includes(v);

/** The language an overlay is written in. */
export const overlayLang = (name: OverlayName): Lang => (name.startsWith('fa') ? 'fa' : 'en');

/** Overlays the game shows in full: every text id but the sources' must be there. fa-basic falls back to fa. */
export const MUST_BE_COMPLETE: readonly OverlayName[] = ['fa', 'en-basic'];

/** The overlay a variant ends with ('fa-basic' for Persian basic), or '' for the scenario's own text. */
export function variantKey(v: TextVariant): '' | OverlayName {
  return (overlayNames(v).at(-1) as OverlayName | undefined) ?? '';
}

export const overlayFileName = (scenario: string, name: string) => `${scenario}.${name}.yaml`;

/** "2022-suspicious-bind.fa.yaml" → its scenario and overlay name; null for any other file name. */
export function parseOverlayFileName(file: string): { scenario: string; name: string } | null {
  const m = /^([^.]+)\.([^.]+)\.ya?ml$/.exec(file);
  return m ? { scenario: m[1]!, name: m[2]! } : null;
}

/** Ids an overlay never holds: sources keep their own language. */
export const isSourceId = (id: string) => id.startsWith('sources.');

export const notAnOverlayName = (name: string) =>
  `"${name}" is not an overlay name: an overlay is <scenario-id>.<name>.yaml with the name one of ${OVERLAY_NAMES.join(', ')} (Persian, English basic, Persian basic)`;
