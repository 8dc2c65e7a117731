import { caveatFa, fd, optionFa, percentFa as percent, rangeFa as range, swingFa } from '../../app/analysis-words-fa';
import type { TeacherAnalysisCatalog } from './en-analysis';

// The teacher page's decision analysis in Persian (the shape of en-analysis.ts); the sentences about one game's
// odds are src/app/analysis-words-fa.ts, shared with the game.

const number = (n: number, digits = 0) => new Intl.NumberFormat('fa-IR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export const analysisFa: TeacherAnalysisCatalog = {
  tab: 'تحلیل تصمیم‌ها',
  heading: 'تحلیل تصمیم‌ها',
  intro: 'کدام تصمیم‌ها در این بازی اهمیت داشتند: برای هر تصمیم، احتمال هر پایان با هر گزینه، با بارها ادامه دادن بازی از همان تصمیم و با همان بذر.',
  policy: 'انتخاب‌های بعدی در آینده‌ها',
  policies: {
    'as-played': { label: 'همان‌طور که دانش‌آموز بازی کرد', detail: 'انتخاب‌های بعدی خود دانش‌آموز هر جا هنوز ممکن باشند؛ در غیر این صورت تصادفی.' },
    random: { label: 'تصادفی', detail: 'همهٔ انتخاب‌های بعدی تصادفی انجام می‌شوند.' },
    balanced: { label: 'ربات متعادل', detail: 'ربات متعادل بازی همهٔ انتخاب‌های بعدی را انجام می‌دهد.' },
  },
  futures: 'آینده برای هر گزینه',
  futuresLabel: (k) => number(k),
  futuresHelp: 'آینده‌های بیشتر بازه‌های باریک‌تری می‌دهند و زمان بیشتری می‌برند.',
  run: 'اجرای تحلیل',
  cancel: 'لغو',
  progress: 'پیشرفت تحلیل',
  running: (pct) => `در حال تحلیل\u2026 ${fd(pct)}٪`,
  done: (futures, seconds) => `انجام شد: ${number(futures)} آینده در ${number(seconds, 1)} ثانیه.`,
  cancelled: 'لغو شد. هر وقت خواستید دوباره اجرایش کنید.',
  failed: (why) => `تحلیل اجرا نشد: ${why}`,
  timeline: 'تصمیم‌ها، به ترتیب اینکه احتمال‌ها را چقدر جابه‌جا کردند',
  timelineHelp: 'برای هر تصمیم، گزینه‌هایش احتمال پایانی را که این بازی به آن رسید و احتمال یک داوری متوازن را چقدر جابه‌جا کردند: بهترین گزینه منهای بدترین، به واحد درصد. \u2605 تصمیم‌هایی را نشان می‌دهد که بیشترین اهمیت را داشتند. هر کدام را باز کنید تا همهٔ گزینه‌ها را ببینید.',
  reachedKey: (ending) => `پایانی که بازی به آن رسید («${ending}»)`,
  balancedKey: 'داوری متوازن',
  points: (share) => fd(Math.round(share * 100)),
  flagged: 'مهم‌ترین تصمیم‌ها',
  decisionButton: (turn, card, reached, balanced, flagged) =>
    `نوبت ${fd(turn)}، ${card}: گزینه‌ها احتمال پایانی را که بازی به آن رسید ${fd(Math.round(reached * 100))} واحد درصد و احتمال داوری متوازن را ${fd(Math.round(balanced * 100))} واحد درصد جابه‌جا کردند.${flagged ? ' یکی از تصمیم‌هایی که بیشترین اهمیت را داشتند.' : ''}`,
  turnShort: (n) => `نوبت ${fd(n)}`,
  entry: (turn, month, card) => `نوبت ${fd(turn)} \u00B7 ${month} \u2014 ${card}`,
  colOption: 'گزینه',
  colOdds: 'احتمال هر پایان',
  colReached: 'پایانی که بازی به آن رسید',
  colBalanced: 'داوری متوازن',
  made: 'انتخاب انجام‌شده',
  notOpen: 'در این نقطه در دسترس نبود',
  share: (x) => `${percent(x.mean)} (${range(x)})`,
  legend: 'پایان‌ها در نمودارها',
  kinds: { crisis: 'بحران', collapse: 'فروپاشی', verdict: 'داوری نهایی' },
  legendItem: (title, kind) => `${title} (${kind})`,
  noDecisions: 'این بازی پیش از هر تصمیمی تمام شد: چیزی برای تحلیل نیست.',
  percent,
  caveat: caveatFa,
  swing: swingFa,
  option: optionFa,

  classHeading: 'تحلیل تصمیم‌های کلاس',
  classIntro:
    'برای هر کارتی که کلاس با آن روبه‌رو شد: آنچه دانش‌آموزان انتخاب کردند، در کنار اثر هر گزینه بر احتمال‌ها، جمع‌شده از همهٔ بازی‌هایی که به آن کارت رسیدند (آینده‌های هر بازی از جایگاه خودش در همان نقطه).',
  classRun: (n) => `تحلیل ${number(n)} بازی کلاس`,
  classMost: (card) => `تصمیمی که برای این کلاس بیشترین اهمیت را داشت: ${card}.`,
  classNone: 'هیچ تصمیمی احتمال‌ها را بیش از بقیه جابه‌جا نکرد.',
  classSeen: (n) => `${number(n)} تصمیم`,
  classSwing: (balanced, reached) =>
    `گزینه‌ها احتمال یک داوری متوازن را ${fd(Math.round(balanced * 100))} واحد درصد، و احتمال پایان خود هر بازی را به‌طور میانگین ${fd(Math.round(reached * 100))} واحد درصد جابه‌جا کردند.`,
  colChose: 'انتخاب کلاس',
  chose: (n, of) => `${fd(n)} از ${fd(of)}`,
  classOption: (label, chosen, seen, open, balanced, futures, endings) =>
    open
      ? `«${label}»: ${fd(chosen)} بار از ${fd(seen)} انتخاب شد؛ داوری متوازن در ${percent(balanced.mean)} از ${number(futures)} آینده (${range(balanced)})؛ ${endings.map((e) => `${e.title} ${percent(e.share)}`).join('، ')}.`
      : `«${label}»: ${fd(chosen)} بار از ${fd(seen)} انتخاب شد؛ در این بازی‌ها هرگز در دسترس نبود.`,
  skipped: (n) => `${number(n)} بازی را نمی‌شد تحلیل کرد و کنار گذاشته شد:`,
  classGames: (n) => `${number(n)} بازی تحلیل شد.`,
  moreCards: (n) => `${number(n)} کارت دیگر، به ترتیب اهمیت`,
};
