import type { ContinuationPolicy } from '../../analysis/decision-analysis-futures';
import type { Interval } from '../../analysis/decision-analysis-stats';
import type { AnalysisCatalog } from './en-analysis';

// The debrief's decision analysis in Persian (the shape of en-analysis.ts). The sentences about the odds follow the
// same rules as the English ones (src/analysis/decision-analysis-words.ts), in Persian words and digits.

/** Persian digits. */
const fd = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
const percent = (share: number): string => {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? 'کمتر از ۱٪' : `${fd(p)}٪`;
};
const range = (x: Interval) => `${fd(Math.round(x.lo * 100))}\u2013${fd(Math.round(x.hi * 100))}٪`;
/** Half an interval's width in percentage points (at least 1), as the English words give it. */
const plusMinus = (...xs: Interval[]) => Math.max(1, Math.round(Math.max(...xs.map((x) => (x.hi - x.lo) / 2)) * 100));

const POLICY: Record<ContinuationPolicy, string> = {
  random: 'سیاست تصادفی (انتخاب‌های بعدی به‌طور تصادفی)',
  balanced: 'سیاست متعادل (انتخاب‌های بعدی با ربات متعادل بازی)',
  'as-played': 'سیاست «همان‌طور که بازی شد» (انتخاب‌های بعدی خود دانش‌آموز هر جا هنوز ممکن باشد، و در غیر این صورت تصادفی)',
};

type Words = AnalysisCatalog;
type S = Parameters<Words['swing']>[0];
const choiceLabel = (s: S, card: string, choice: string) => s.cards.find((c) => c.id === card)?.choices.find((c) => c.id === choice)?.label ?? choice;
const endingTitle = (s: S, id: string) => s.endings.find((e) => e.id === id)?.title ?? id;

const swing: Words['swing'] = (s, a, index, target) => {
  const d = a.decisions.find((x) => x.index === index);
  if (!d) return '';
  const of = (o: (typeof d.options)[number]) => (target === 'reached' ? o.reached : o.balanced);
  const made = d.options.find((o) => o.played)!;
  const others = d.options.filter((o) => o.open && !o.played);
  if (!others.length) return 'در این نقطه گزینهٔ دیگری در دسترس نبود.';
  const alt = others.reduce((x, y) => (Math.abs(of(y).mean - of(made).mean) > Math.abs(of(x).mean - of(made).mean) ? y : x));
  const what = target === 'balanced' ? 'یک داوری متوازن' : `«${endingTitle(s, a.reachedEnding)}»`;
  const pm = fd(plusMinus(of(made), of(alt)));
  if (percent(of(made).mean) === percent(of(alt).mean)) return `این انتخاب تفاوت روشنی در احتمال ${what} ایجاد نکرد (${percent(of(made).mean)}، ±${pm}).`;
  const verb = of(made).mean < of(alt).mean ? 'کاهش داد' : 'افزایش داد';
  return `در مقایسه با «${choiceLabel(s, d.card, alt.choice)}»، این انتخاب احتمال ${what} را از ${percent(of(alt).mean)} به ${percent(of(made).mean)} ${verb} (±${pm}).`;
};

const option: Words['option'] = (s, d, o) => {
  const label = `«${choiceLabel(s, d.card, o.choice)}»${o.played ? ' (انتخاب انجام‌شده)' : ''}`;
  if (!o.open) return `${label}: در این نقطه در دسترس نبود.`;
  const endings = Object.entries(o.endings)
    .filter(([, x]) => x.mean > 0)
    .sort((x, y) => y[1].mean - x[1].mean)
    .map(([id, x]) => `${endingTitle(s, id)} ${percent(x.mean)}`);
  return `${label}: داوری متوازن در ${percent(o.balanced.mean)} از ${fd(o.futures)} آینده (${range(o.balanced)})؛ ${endings.join('، ')}.`;
};

const number = (n: number, digits = 0) => new Intl.NumberFormat('fa-IR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export const faAnalysis: AnalysisCatalog = {
  open: 'تحلیل تصمیم‌ها',
  openHelp: 'کدام تصمیم‌ها اهمیت داشتند: برای هر تصمیم، هر گزینه احتمال هر پایان را چگونه تغییر داد، با بارها ادامه دادن بازی از همان نقطه.',
  key: 'A',
  heading: (ending) => `تحلیل تصمیم‌ها \u2014 ${ending}`,
  policy: 'انتخاب‌های بعدی',
  policies: { 'as-played': 'همان‌طور که بازی کردید', random: 'تصادفی', balanced: 'ربات متعادل' },
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
  waiting: 'احتمال‌ها پس از پایان تحلیل این‌جا نمایش داده می‌شوند.',
  timeline: 'تصمیم‌ها',
  timelineHelp: 'گزینه‌های هر تصمیم احتمال‌ها را چقدر جابه‌جا کردند: بهترین گزینه منهای بدترین، به واحد درصد.',
  reachedKey: (ending) => `پایانی که بازی به آن رسید («${ending}»)`,
  balancedKey: 'داوری متوازن',
  flaggedKey: 'مهم‌ترین تصمیم‌ها',
  turnShort: (n) => `نوبت ${fd(n)}`,
  points: (share) => fd(Math.round(share * 100)),
  decisionButton: (turn, card, reached, balanced, flagged) =>
    `نوبت ${fd(turn)}، ${card}: گزینه‌ها احتمال پایانی را که بازی به آن رسید ${fd(Math.round(reached * 100))} واحد درصد و احتمال داوری متوازن را ${fd(Math.round(balanced * 100))} واحد درصد جابه‌جا کردند.${flagged ? ' یکی از تصمیم‌هایی که بیشترین اهمیت را داشتند.' : ''}`,
  doneWords: (turn, card) => `تحلیل انجام شد. مهم‌ترین تصمیم: نوبت ${fd(turn)}، ${card}.`,
  entry: (turn, month, title) => `نوبت ${fd(turn)} \u00B7 ${month} \u2014 ${title}`,
  yourChoice: '\u2605 انتخاب شما',
  notOpen: 'در این نقطه در دسترس نبود',
  numbered: (n, label) => `${fd(n)}. ${label}`,
  balancedLine: (x) => `داوری متوازن: ${percent(x.mean)} (${range(x)})`,
  reachedLine: (x) => `پایانی که رسید: ${percent(x.mean)} (${range(x)})`,
  legend: 'پایان‌ها',
  kinds: { crisis: 'بحران', collapse: 'فروپاشی', verdict: 'داوری نهایی' },
  legendItem: (title, kind) => `${title} (${kind})`,
  about: 'دربارهٔ این احتمال‌ها',
  back: 'بازگشت به جمع‌بندی',
  keysHint: '\u2190/\u2192 تصمیم   Tab: تنظیمات   Esc: بازگشت',
  percent,
  caveat: (a) => `این‌ها احتمال‌های خودِ بازی است، تحت ${POLICY[a.policy]}، بر پایهٔ ${fd(a.futures)} آینده برای هر گزینه و با بازه‌های اطمینان ۹۵٪؛ نه احتمال‌های تاریخ.`,
  swing,
  option,
};
