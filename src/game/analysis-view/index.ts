import { Analysis } from './Analysis';

// The analysis view's script (src/build/analysis-script.ts builds it alone): it hands the page its scene.

export const ANALYSIS_VIEW_GLOBAL = '__sbAnalysisView';
export interface AnalysisView {
  Analysis: typeof Analysis;
}

(self as unknown as Record<string, AnalysisView>)[ANALYSIS_VIEW_GLOBAL] = { Analysis };
