import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenariosPlugin } from '../../src/scenario/vite-plugin';
import { discussionQuestions } from '../../src/app/debrief-sheet';
import { loadShippedScenarios } from '../../src/cli/scenarios';
import { debriefQuestions } from '../../src/teacher/teacher-notes';

// The teacher page carries each scenario's debrief questions, not the whole notes, in English and in Persian.

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Load = (this: unknown, id: string) => string | undefined;
const questionsOf = (file: string) => {
  const code = (scenariosPlugin(path('scenarios')).load as Load).call({ addWatchFile: () => undefined }, `${path(file)}?debrief-questions`)!;
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string[];
};

describe('teacher notes in the build', () => {
  it('become their questions only, a translation read beside the English notes', () => {
    expect(questionsOf('tests/fixtures/notes/mini.md')).toEqual(['Why did the talks stall?', 'Would you send the drones?']);
    expect(questionsOf('tests/fixtures/notes/mini.fa.md')).toEqual(['چرا مذاکرات متوقف شد؟', 'آیا پهپادها را می‌فرستادید؟']);
  });

  it.each(loadShippedScenarios().map((s) => s.id))('%s: English questions, and Persian ones from its .fa.md (English only while there is none)', (id) => {
    const en = discussionQuestions(readFileSync(path(`docs/teachers/${id}.md`), 'utf8'));
    expect(en.length).toBeGreaterThanOrEqual(8);
    expect(debriefQuestions(id, 'en')).toEqual(en);
    const fa = path(`docs/teachers/${id}.fa.md`);
    if (!existsSync(fa)) expect(debriefQuestions(id, 'fa')).toEqual(en);
    else {
      const questions = debriefQuestions(id, 'fa');
      expect(questions).toHaveLength(en.length);
      expect(questions.every((q) => /[\u0600-\u06FF]/.test(q))).toBe(true);
    }
  });
});
