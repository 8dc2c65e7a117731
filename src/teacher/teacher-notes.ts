import { discussionQuestions } from '../app';

// The scenarios' teacher notes (docs/teachers/<scenario>.md), built into the page: their debrief questions.

const notes = import.meta.glob<string>('../../docs/teachers/*.md', { query: '?raw', import: 'default', eager: true });

export function debriefQuestions(scenario: string): string[] {
  const text = Object.entries(notes).find(([path]) => path.endsWith(`/${scenario}.md`))?.[1];
  return text ? discussionQuestions(text) : [];
}
