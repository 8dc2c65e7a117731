import type { Interval } from '../../analysis/decision-analysis-stats';
import { caveatFa, fd, optionFa, percentFa as percent, swingFa } from '../../app/analysis-words-fa';
import type { AnalysisCatalog, AnalysisEntryCatalog } from './en-analysis';

// The debrief's decision analysis in Persian (the shapes of en-analysis.ts: the way in, in the catalog, and the
// screen's own words, with the analysis view); the sentences about the odds are src/app/analysis-words-fa.ts,
// shared with the teacher page.

/** "۳۸–۴۶" (after its share: "۴۲٪ (۳۸–۴۶)"). */
const range = (x: Interval) => `${fd(Math.round(x.lo * 100))}\u2013${fd(Math.round(x.hi * 100))}`;
const number = (n: number, digits = 0) => new Intl.NumberFormat('fa-IR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export const faAnalysisEntry: AnalysisEntryCatalog = {
  open: 'تحلیل تصمیم‌ها',
  openHelp: 'کدام تصمیم‌ها اهمیت داشتند: برای هر تصمیم، هر گزینه احتمال هر پایان را چگونه تغییر داد، با بارها ادامه دادن بازی از همان نقطه.',
  key: 'A',
  loadFailed: (why) => `تحلیل تصمیم‌ها باز نشد: ${why}`,
};

export const faAnalysis: AnalysisCatalog = {
  heading: (ending) => `تحلیل تصمیم‌ها \u2014 ${ending}`,
  policy: 'انتخاب‌های بعدی',
  policies: { 'as-played': 'مثل بازی خودتان', random: 'تصادفی', balanced: 'ربات متعادل' },
  policyHelp: {
    'as-played': 'پس از این تصمیم، انتخاب‌های بعدی خودتان هر جا هنوز ممکن باشند حفظ می‌شوند؛ بقیه تصادفی انجام می‌شوند.',
    random: 'پس از این تصمیم، همهٔ انتخاب‌های بعدی تصادفی انجام می‌شوند.',
    balanced: 'پس از این تصمیم، ربات متعادل بازی همهٔ انتخاب‌های بعدی را انجام می‌دهد.',
  },
  futures: 'آینده برای هر گزینه',
  futuresHelp: 'آینده‌های بیشتر بازه‌های باریک‌تری می‌دهند و زمان بیشتری می‌برند.',
  futuresCount: (k) => fd(k),
  futuresValue: (k) => `${fd(k)} آینده برای هر گزینه`,
  progress: 'پیشرفت تحلیل',
  running: (pct) => `در حال تحلیل\u2026 ${fd(pct)}٪`,
  runningWords: (pct) => `در حال تحلیل: ${fd(pct)}٪ انجام شده است.`,
  done: (futures, seconds) => `انجام شد: ${number(futures)} آینده در ${number(seconds, 1)} ثانیه.`,
  cancel: 'لغو',
  cancelled: 'لغو شد. هر وقت خواستید دوباره اجرایش کنید.',
  run: 'اجرای تحلیل',
  failed: (why) => `تحلیل اجرا نشد: ${why}`,
  timeline: 'تصمیم‌ها',
  timelineHelp: 'گزینه‌های هر تصمیم احتمال‌ها را چقدر جابه‌جا کردند: بهترین گزینه منهای بدترین، به واحد درصد.',
  stripHelp: 'میله‌ها و عددها: گزینه‌ها هر احتمال را چند واحد درصد جابه‌جا کردند.',
  reachedKey: (ending) => `پایانی که بازی به آن رسید («${ending}»)`,
  balancedKey: 'داوری متوازن',
  flaggedKey: 'مهم‌ترین تصمیم‌ها',
  turnShort: (n) => `نوبت ${fd(n)}`,
  points: (share) => fd(Math.round(share * 100)),
  decisionButton: (turn, card, reached, balanced, flagged) =>
    `نوبت ${fd(turn)}، ${card}: گزینه‌ها احتمال پایانی را که بازی به آن رسید ${fd(Math.round(reached * 100))} واحد درصد و احتمال داوری متوازن را ${fd(Math.round(balanced * 100))} واحد درصد جابه‌جا کردند.${flagged ? ' یکی از تصمیم‌هایی که بیشترین اهمیت را داشتند.' : ''}`,
  doneWords: (turn, card) => `تحلیل انجام شد. مهم‌ترین تصمیم: نوبت ${fd(turn)}، ${card}.`,
  entry: (turn, month, title) => `نوبت ${fd(turn)} \u00B7 ${month} \u2014 ${title}`,
  yourChoice: '\u25CF انتخاب شما',
  notOpen: 'در این نقطه در دسترس نبود',
  numbered: (n, label) => `${fd(n)}. ${label}`,
  balancedLine: (x) => `داوری متوازن: ${percent(x.mean)} (${range(x)})`,
  reachedLine: (x) => `پایانی که رسید: ${percent(x.mean)} (${range(x)})`,
  legend: 'پایان‌ها',
  legendHere: 'پایان‌ها در این نمودارها',
  kinds: { crisis: 'بحران', collapse: 'فروپاشی', verdict: 'داوری نهایی' },
  legendItem: (title, kind) => `${title} (${kind})`,
  about: 'دربارهٔ این احتمال‌ها',
  back: 'بازگشت به جمع‌بندی',
  keysHint: '\u2190/\u2192 تصمیم \u00B7 Tab: تنظیمات \u00B7 Esc: بازگشت',
  percent,
  caveat: caveatFa,
  swing: swingFa,
  option: optionFa,
};
