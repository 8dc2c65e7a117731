// The class report's words beyond the shared catalog, in Persian (mirrors report-en.ts): class checks, groups, the
// debrief views and printouts. Persian nouns after a number stay singular («۳ بازپخش»).
import type { reportEn } from './report-en';
import { IMAGE_KINDS, type BinaryKind } from '../../app/hand-in-files';

/** Persian digits for every number shown. */
const fd = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
const count = (n: number, noun: string) => `${fd(n)} ${noun}`;

export const reportFa: typeof reportEn = {
  classHeading: 'کلاس',
  classFromSetup: 'از تنظیم کلاس',
  classGiven: 'تعیین‌شده در اینجا',
  classInferred: 'تنظیماتی که بیشتر این بازی‌ها در آن مشترک‌اند: کلاس خود را تعیین کنید تا بازی‌ها با آن سنجیده شوند',
  changeClass: 'سنجش با کلاسی دیگر',
  classInputLabel: 'کد کلاس یا پیوند کلاس',
  classInputHelp: 'کدی که دانش‌آموزان نوشتند (\u20662022-1p-k7qxm2pa\u2069) یا پیوندی که باز کردند.',
  useClass: 'به کار بردن این کلاس',
  noneInClass: (line: string) => `هیچ‌یک از این بازی‌ها در این کلاس بازی نشده است. بیشترشان این تنظیمات مشترک را دارند: ${line}.`,
  useInferred: 'به کار بردن کلاسی که بیشتر این بازی‌ها در آن مشترک‌اند',
  classSet: (line: string) => `اکنون گزارش هر بازی را با این کلاس می‌سنجد: ${line}.`,
  counted: 'شمرده‌شده',
  notCounted: 'شمرده‌نشده',
  otherClassHeading: (n: number) => `کلاسی دیگر (${fd(n)})`,
  otherClassHelp:
    'این بازی‌ها تأیید شدند، اما با تنظیمات دیگری بازی شده‌اند: با قرعه‌های دیگری روبه‌رو بوده‌اند، پس با کلاس مقایسه نمی‌شوند، مگر آنکه شما آن‌ها را هم بشمارید.',
  copiesHeading: (n: number) => `رونوشت‌های احتمالی (${fd(n)})`,
  copiesHelp: 'همان بازی، انتخاب به انتخاب، که با نام دیگری تحویل داده شده است. دو دانش‌آموز ممکن است با یک بذر تصادفاً یکسان بازی کنند؛ از خودشان بپرسید.',
  duplicatesHeading: (n: number) => `دو بار تحویل‌شده (${fd(n)}، یک بار شمرده‌شده)`,
  countThem: (n: number) => (n === 1 ? 'این را هم بشمار' : `این ${fd(n)} مورد را هم بشمار`),
  stopCounting: (n: number) => (n === 1 ? 'این را دیگر نشمار' : `این ${fd(n)} مورد را دیگر نشمار`),
  otherScenarioShort: 'سناریویی دیگر: مقایسه‌نشده',
  otherScenarioHelp: (n: number, title: string) =>
    n === 1
      ? `یکی از این‌ها بازیِ سناریویی دیگر است، نه «${title}»: کارت‌ها، ماه‌ها و پایان‌هایش دیگر است، پس با بازی‌های این کلاس مقایسه نمی‌شود. آن را از فهرست همهٔ دانش‌آموزان در پایین باز کنید.`
      : `${fd(n)} مورد از این‌ها بازی‌های سناریویی دیگرند، نه «${title}»: کارت‌ها، ماه‌ها و پایان‌هایشان دیگر است، پس با بازی‌های این کلاس مقایسه نمی‌شوند. آن‌ها را یکی‌یکی از فهرست همهٔ دانش‌آموزان در پایین باز کنید.`,
  otherScenarioCell: (title: string) => `بازیِ سناریویی دیگر («${title}»): با این کلاس مقایسه نمی‌شود`,
  scenarioMissing: (id: string) => `سناریوی آن (\u2066${id}\u2069) در این نسخهٔ بازی نیست`,
  fileTooLarge: (mb: number) => `این فایل از ${fd(mb)} مگابایت بزرگ‌تر است؛ هیچ فایل بازپخشی به این اندازه نمی‌رسد.`,
  notReplayFile: (kind: BinaryKind) => {
    const tail = 'بازپخش یک فایل \u2066.json\u2069 از بازی است، یا متنی با کدهایی که با \u2066SB2.\u2069 آغاز می‌شوند.';
    if (IMAGE_KINDS.includes(kind)) return `این فایل یک تصویر (\u2066${kind.toUpperCase()}\u2069) است، نه فایل بازپخش: ${tail}`;
    if (kind === 'pdf') return `این فایل یک سند PDF است، نه فایل بازپخش: ${tail}`;
    return `این فایل متنی نیست، پس فایل بازپخش هم نیست: ${tail}`;
  },
  colDiffers: 'چه فرقی دارد',
  colSameAs: 'همان بازیِ',
  colCheck: 'بررسی کلاس',
  colMonth: 'ماه پایان',
  sameAs: (name: string) => `همان بازیِ ${name}`,
  alreadyAs: (name: string) => `پیش‌تر با نام ${name} تحویل داده شده است`,
  recorded: (name: string) => `نام ثبت‌شده در بازی: ${name}`,
  check: { class: 'در این کلاس', 'other-class': 'کلاسی دیگر', duplicate: 'دو بار تحویل‌شده', copy: 'رونوشت احتمالی', refused: 'ردشده' },
  studentsHeading: 'همهٔ دانش‌آموزان',
  studentsHelp: 'هر بازی را در نمایشگر باز کنید: نمایشگر نشان می‌دهد بازی از آنِ کیست.',
  endingStudents: (names: string) => `چه کسانی: ${names}`,
  sortBy: 'ترتیب کارت‌ها بر اساس',
  sortSplit: 'جایی که کلاس بیش از همه دودسته شد',
  sortHistory: 'جایی که کلاس بیش از همه با تهران فرق داشت',
  splitNote: (pct: number) => `${fd(pct)}٪ رایج‌ترین انتخاب کلاس را برنگزیدند`,
  historyNote: (pct: number) => `${fd(pct)}٪ کاری را که تهران کرد نکردند`,
  confirmClear: (n: number) => `همهٔ ${count(n, 'بازپخش')} از این گزارش حذف شود؟`,
  confirmYes: 'بله، همه را حذف کن',
  confirmNo: 'نگهشان دار',
  undone: (n: number) => `${count(n, 'بازپخش')} بازگردانده شد.`,
  undoAfterReload: (n: number) => `واگردانی: بازگرداندن ${count(n, 'بازپخشِ حذف‌شده')}`,
  addedThen: (summary: string, groups: string) => `${summary} از این میان: ${groups}`,
  notKept:
    'فضای ذخیره‌سازی این مرورگر پر است، پس این بازپخش‌ها پس از بارگذاری دوبارهٔ صفحه نگه داشته نمی‌شوند: پیش از بستن صفحه، از گزارش خروجی (CSV یا JSON) بگیرید یا فایل‌ها را نگه دارید.',
  nothingNew: (dupes: number) => `${count(dupes, 'بازپخش')} از پیش در این گزارش بود؛ چیز تازه‌ای افزوده نشد.`,
  alreadyIn: (n: number) => ` ${count(n, 'مورد')} از پیش در این گزارش بود.`,
  fromPaste: 'از متن چسبانده‌شده',
  fromFiles: (n: number) => `از ${count(n, 'فایل')}`,
  zipTooLarge: 'این فایل .zip از ۲۰ مگابایت بزرگ‌تر است؛ بازپخش‌های هیچ کلاسی به این اندازه نمی‌رسد.',
  projectorView: 'نمایش روی پروژکتور',
  printTitle: (title: string) => `گزارش کلاس — ${title}`,
  printMeta: (date: string, n: number, groups: string, counted: number) =>
    `چاپ‌شده در ${date}. ${count(n, 'بازی')} تحویل داده شد: ${groups} ${count(counted, 'بازی')} مقایسه شد.`,
  printCardsNote: 'کارت‌ها به ترتیبِ جایی که کلاس بیش از همه دودسته شد. سهم‌ها از میان دانش‌آموزانی است که کارت را دیدند؛ \u2605 نشان کاری است که تهران در واقع کرد؛ ~ (بی‌ستاره) نشان گزینه‌ای است که به ادعایی تکذیب‌شده یا تأییدنشده نزدیک‌تر است، نه کاری که می‌دانیم تهران کرد.',
  sheetTitle: (title: string) => `برگهٔ گفت‌وگو — ${title}`,
  sheetName: 'نام: ',
  sheetYourGame: 'بازی شما',
  sheetEnding: (ending: string, month: string) => `پایان بازی شما: ${ending} (${month}).`,
  sheetMonth: 'ماه',
  sheetCard: 'کارت',
  sheetYou: 'انتخاب شما',
  sheetTehran: 'کاری که تهران کرد',
  sheetRecordShows: 'آنچه در گزارش‌ها آمده',
  sheetSame: 'همانند تهران',
  sheetClaim: (label: string) => `نزدیک‌ترین گزینه به ادعایی گزارش‌شده (تأییدنشده و اثبات‌نشده): ${label}`,
  sheetSameClaim: 'همان گزینهٔ نزدیک به ادعا',
  sheetNoRecord: 'انتخاب روشنی ثبت نشده است',
  sheetBlank: 'پایان بازی‌تان و سه تصمیمی را که در بازی‌تان بیش از همه اهمیت داشت بنویسید:',
  sheetQuestions: 'پرسش‌هایی برای جمع‌بندی',
  sheetNoQuestions: 'این سناریو در یادداشت‌های معلم پرسشی برای جمع‌بندی ندارد.',
  sheetsHeading: 'برگه‌های گفت‌وگو',
  sheetsIntro: (n: number) => `برای هر دانش‌آموز یک صفحه (${count(n, 'صفحه')})، سپس یک صفحهٔ خالی برای کسی که بازی ندارد. از همین‌جا چاپشان کنید.`,
  printSheetsNow: 'چاپ برگه‌ها',
  backToReport: 'بازگشت به گزارش',
  toProjector: 'نمایش گزارش روی پروژکتور',
  pjEndingsQ: 'بازی‌های ما چگونه تمام شدند؟',
  pjSplitQ: (n: number) => (n === 1 ? 'کجا بیش از همه دودسته شدیم؟' : `کجا بیش از همه دودسته شدیم؟ (${fd(n)})`),
  pjHistoryQ: (n: number) => (n === 1 ? 'کجا بیش از همه با کاری که تهران کرد فرق داشتیم؟' : `کجا بیش از همه با تهران فرق داشتیم؟ (${fd(n)})`),
  pjStar: '\u2605 کاری است که تهران در واقع کرد.',
  pjClaimMark: 'ادعای گزارش‌شده',
  pjClaimNote: 'گزینه‌ای که با «ادعای گزارش‌شده» نشان خورده تنها نزدیک‌ترین گزینه به ادعایی تکذیب‌شده یا تأییدنشده است، نه کاری که می‌دانیم تهران کرد.',
  pjCounter: (n: number, of: number) => `پرسش ${fd(n)} از ${fd(of)}`,
  pjPrev: '\u2190 قبلی',
  pjNext: 'بعدی \u2192',
  pjKeys: '\u2192 یا فاصله: بعدی | \u2190: قبلی | F: تمام‌صفحه',
  printReport: 'چاپ گزارش کلاس',
  printSheets: 'چاپ برگه‌های گفت‌وگو',
};
