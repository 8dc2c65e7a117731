declare module 'virtual:analysis-script' {
  import type { AnalysisLib } from './app/analysis-lib';
  /** Loads the analysis script once (src/build/analysis-script.ts): its functions, and a way to start a worker running it. */
  export function loadAnalysisLib(): Promise<{ lib: AnalysisLib; createWorker(): Worker }>;
}

declare module 'virtual:analysis-view' {
  import type { AnalysisView } from './game/analysis-view/index';
  /** Loads the game's analysis view once (src/build/analysis-script.ts); the page must have set its host first. */
  export function loadAnalysisView(): Promise<AnalysisView>;
}
