import { enAnalysis, type AnalysisCatalog } from '../i18n/en-analysis';
import { faAnalysis } from '../i18n/fa-analysis';
import { host } from './host';

// The analysis screen's own words, in the page's language: they come with the view's script, so that the first turn
// carries only the debrief's way in (enAnalysisEntry in the catalog).

const WORDS: Readonly<Record<string, AnalysisCatalog>> = { en: enAnalysis, fa: faAnalysis };

/** The words for the language the page was opened in (it does not change while the page lives). */
export const words: AnalysisCatalog = WORDS[host().i18n.t.lang] ?? enAnalysis;
