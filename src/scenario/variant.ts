import { overlayNames, type TextVariant } from '../app/text-variant.js';
import { applyOverlay } from './text-ids.js';
import { isSourceId, type OverlayName } from './overlay-names.js';
import type { ScenarioData } from './types.js';

// A scenario in a text variant: its own text with the variant's overlays applied in order (Persian basic over
// Persian). Words only: the rules, and so the rules hash, are the scenario's own.

export type OverlayTexts = Readonly<Record<string, string>>;

export function applyVariant(s: ScenarioData, overlays: Partial<Record<OverlayName, OverlayTexts>>, v: TextVariant): ScenarioData {
  let out = s;
  for (const name of overlayNames(v) as OverlayName[]) {
    const texts = overlays[name];
    if (!texts) continue;
    out = applyOverlay(out, Object.fromEntries(Object.entries(texts).filter(([id, text]) => !isSourceId(id) && text.trim()))).scenario;
  }
  return out;
}
