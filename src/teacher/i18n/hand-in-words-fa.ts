import type { Group } from '../../analysis/class-groups';
import type { HandInTally } from '../../app/hand-in-summary';

// The teacher page's hand-in summaries in Persian (the English ones are src/app/hand-in-summary.ts, shared with the CLI).

const fd = (n: number) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);

export function handInSummaryFa(t: HandInTally, from: string): string {
  if (!t.items) return `${from}: هیچ کد یا فایل بازپخشی پیدا نشد${t.skippedLines ? ` در ${fd(t.skippedLines)} سطر` : ''}؛ چیزی افزوده نشد.`;
  const read = t.items - t.unreadable;
  const named = read ? ` (${t.named === read ? (read === 1 ? 'با نام' : 'همه با نام') : `${fd(t.named)} با نام`})` : '';
  const parts = [`${fd(read)} بازپخش خوانده شد${named}`];
  if (t.unreadable) parts.push(`${fd(t.unreadable)} مورد به‌عنوان بازپخش خوانا نبود`);
  const left = [
    t.skippedLines ? `${fd(t.skippedLines)} سطر بدون کد` : '',
    t.otherFiles ? `${fd(t.otherFiles)} فایل دیگر` : '',
    t.otherEntries ? `${fd(t.otherEntries)} فایل دیگر در فایل زیپ` : '',
  ].filter(Boolean);
  return `${from}: ${parts.join('، ')}${left.length ? `؛ ${left.join(' و ')} کنار گذاشته شد` : ''}.`;
}

const GROUP_WORDS_FA: Record<Group, string> = {
  class: 'در این کلاس',
  'other-class': 'از کلاسی دیگر',
  duplicate: 'دو بار تحویل‌شده (یک بار شمرده شد)',
  copy: 'رونوشت احتمالی',
  refused: 'پذیرفته‌نشده',
};

/** «۲ در این کلاس، ۱ از کلاسی دیگر، ۱ رونوشت احتمالی.» (Persian nouns after a number stay singular.) */
export function groupSummaryFa(groups: Partial<Record<Group, number>>): string {
  const parts = (Object.keys(GROUP_WORDS_FA) as Group[]).filter((g) => groups[g]).map((g) => `${fd(groups[g]!)} ${GROUP_WORDS_FA[g]}`);
  return parts.length ? `${parts.join('، ')}.` : 'هیچ.';
}
