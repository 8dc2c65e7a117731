import { analysisEn, type TeacherAnalysisCatalog } from './en-analysis';
import { analysisFa } from './fa-analysis';
import { t } from './index';

// The words of decision analysis on the teacher page, in the page's language. They are apart from the catalog (t):
// their formatters take an analysis's own objects (intervals, a game's analysis) rather than plain numbers and words.

const WORDS: Readonly<Record<string, TeacherAnalysisCatalog>> = { en: analysisEn, fa: analysisFa };

export const analysisWords: TeacherAnalysisCatalog = WORDS[t.lang] ?? analysisEn;
