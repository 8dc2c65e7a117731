/** Each finished analysis on a page is a performance measure of this name (the browser benchmark reads them). */
export const ANALYSIS_MEASURE = 'sb:analysis';
