import type { Lang } from '../app/text-variant';
import { textVariant } from './data';

// The scenarios' teacher notes (docs/teachers/<scenario>.md, and <scenario>.fa.md in Persian), built into the
// page as their debrief questions only (the build reads them: src/scenario/vite-plugin.ts).

const questions = import.meta.glob<string[]>(['../../docs/teachers/*.md', '!../../docs/teachers/README*.md'], { query: '?debrief-questions', import: 'default', eager: true });

const of = (name: string): string[] | undefined => Object.entries(questions).find(([path]) => path.endsWith(`/${name}.md`))?.[1];

/**
 * A scenario's debrief questions in a language (by default the one the page shows the scenarios in). In Persian
 * they are those of docs/teachers/<scenario>.fa.md; the English ones are given only when that file is absent.
 */
export function debriefQuestions(scenario: string, lang: Lang = textVariant().lang): string[] {
  return (lang === 'en' ? undefined : of(`${scenario}.${lang}`)) ?? of(scenario) ?? [];
}
