// Persian words for the rules in view, the forecast, confirming and undoing, scrolling, sound and the art's captions
// (part of the Persian catalog: fa.ts spreads this in; mirrors en-play.ts).
import type { enPlay } from './en-play';

/** Persian digits for every number shown. */
const fd = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
/** A signed change, isolated left to right so that the sign stays on the number's left inside Persian text. */
const sign = (n: number): string => (n > 0 ? `\u2066+${fd(n)}\u2069` : n < 0 ? `\u2066\u2212${fd(Math.abs(n))}\u2069` : fd(0));
const pct = (p: number): string => `${fd(Math.round(p * 100))}٪`;

export const faPlay: typeof enPlay = {
  scroll: {
    more: 'ادامه در پایین: پیمایش کنید یا Page Down را بزنید',
    moreShort: 'ادامه در پایین',
  },
  goals: {
    button: 'اهداف',
    key: 'G',
    heading: 'اهداف: بازی چگونه تمام می‌شود',
    intro: (turns: number, left: number) =>
      `بازی ${fd(turns)} نوبت طول می‌کشد (${fd(left)} نوبت مانده). در پایان، از داوری‌های زیر به همین ترتیب، نخستین داوری‌ای که همهٔ شرط‌هایش برقرار باشد نصیب شما می‌شود:`,
    verdict: (title: string, met: number, all: number) => `${title} — اکنون ${fd(met)} شرط از ${fd(all)} شرط برقرار است`,
    verdictOpen: (title: string) => `${title} — وقتی هیچ‌یک از داوری‌های بالا صدق نکند`,
    early: 'آنچه بازی را زودتر تمام می‌کند:',
    crisis: (name: string, title: string, now: number) => `${name} به ۱۰۰ برسد: ${title} (اکنون ${fd(now)})`,
    collapse: (title: string, what: string) => `${title}: ${what}`,
    drift: 'روند ماهانه هر ماه اثر می‌گذارد، حتی بی‌آنکه تصمیمی گرفته شود: پیش‌بینیِ صفحهٔ نوبت نشان می‌دهد ماه بعد چه اثری خواهد داشت.',
  },
  forecast: {
    heading: 'ماه بعد',
    intro: 'اگر این تصمیم چیزی را تغییر ندهد:',
    last: 'این آخرین نوبت است: داوری نهایی پس از تصمیم شما می‌آید.',
    none: 'نه روند ماهانه‌ای در کار است و نه اثر تأخیری‌ای سررسیده است.',
    drift: (name: string, delta: number, word: string, reason: string) => `${name} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)} (${word}) — روند ماهانه: ${reason}`,
    due: (what: string, effects: string) => `تأخیری، از ${what}: ${effects}`,
    chance: (p: number, then: string, otherwise: string) => `احتمال ${pct(p)}: ${then}${otherwise ? `؛ وگرنه ${otherwise}` : ''}`,
    conditional: (likely: boolean, then: string, otherwise: string) =>
      `${then}، اگر وضعیت در آن زمان اجازه دهد${likely ? ' (اکنون اجازه می‌دهد)' : ' (اکنون اجازه نمی‌دهد)'}${otherwise ? `؛ وگرنه ${otherwise}` : ''}`,
    nothing: 'فقط خبر',
    ends: (title: string) => `\u26A0 روند ماهانه به‌تنهایی بازی را تمام می‌کند: ${title}.`,
    choiceNow: (names: string) => `\u26A0 به احتمال زیاد بازی را بی‌درنگ تمام می‌کند: ${names} به ۱۰۰ خواهد رسید.`,
    choiceEnds: (title: string) => `\u26A0 به احتمال زیاد، همراه با روند ماهانه، بازی را ماه بعد تمام می‌کند: ${title}.`,
    choiceRisk: (names: string) => `\u26A0 پرخطر: با روند ماهانه و اثرهای تأخیریِ سررسیده، ${names} ممکن است ماه بعد به ۱۰۰ برسد.`,
    risk: (name: string) => `\u26A0 اگر اثرهای تأخیری بد پیش بروند، ${name} ممکن است به ۱۰۰ برسد: در آن صورت بازی تمام می‌شود.`,
  },
  confirm: {
    prompt: (n: number, label: string) => `گزینهٔ ${fd(n)} انتخاب شد: ${label}. برای تأیید، Enter یا دوباره ${fd(n)} را بزنید؛ برای لغو، Esc را.`,
    short: (n: number) => `گزینهٔ ${fd(n)} انتخاب شد: تأیید با Enter یا دوبارهٔ ${fd(n)}، لغو با Esc.`,
    confirm: 'تأیید',
    cancel: 'لغو',
    hint: (n: number) => `با ۱ تا ${fd(n)} انتخاب کنید، سپس تأیید کنید | R خواندن متن کامل | G اهداف`,
    hintDirect: (n: number) => `با ۱ تا ${fd(n)} تصمیم بگیرید | R خواندن متن کامل | G اهداف`,
    setting: (on: boolean) => `تأیید هر تصمیم: ${on ? 'روشن' : 'خاموش'}`,
    locked: (n: number, why: string) => `گزینهٔ ${fd(n)}. ${why}.`,
  },
  turnExtra: {
    thenOpened: 'سپس ماه بعد بی‌هیچ تصمیمی آغاز شد:',
  },
  saveFailed:
    'این مرحله ذخیره نشد: فضای ذخیره‌سازی مرورگر پر یا مسدود است. چیزی پاک نشد؛ برای نگه داشتن بازی‌هایتان، آن‌ها را از منو (Esc) دانلود کنید.',
  practiceMenu: (on: boolean) => `حالت تمرین، با «واگردانی آخرین تصمیم»: ${on ? 'روشن' : 'خاموش'}`,
  practice: {
    undo: 'واگردانی آخرین تصمیم',
    undoKey: 'U',
    undoHint: ' | U واگردانی',
    undone: (label: string) => `واگردانی شد: ${label}. دوباره انتخاب کنید.`,
    badge: 'تمرین',
  },
  change: {
    better: 'بهتر',
    worse: 'بدتر',
    neutral: 'تغییر',
    row: (name: string, delta: number, after: number, word: string) => `${name} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)} \u2190 ${fd(after)} (${word})`,
    elites: (camp: string, after: number) => `شاخص نخبگان از جریانِ خشمگین‌تر پیروی می‌کند: ${camp} با ${fd(after)}`,
  },
  endingWhy: {
    conditions: 'چرا این پایان',
    otherVerdicts: 'داوری‌هایی که به آن‌ها نرسیدید',
    moved: 'بیشترین اثر را چه چیزهایی داشتند',
  },
  sound: {
    on: 'صدا: روشن',
    off: 'صدا: خاموش',
    key: 'M',
    choice: 'تصمیم گرفته شد.',
    danger: (name: string) => `${name} به محدودهٔ خطر رسیده است.`,
    ending: 'بازی تمام شد.',
  },
  map: {
    caption: (west: number, russia: number, elites: number) =>
      `نقشه: رابطهٔ تهران با غرب در سطح ${fd(west)}، با مسکو در سطح ${fd(russia)} و در داخل در سطح ${fd(elites)}.`,
    cities: { tehran: 'تهران', moscow: 'مسکو', kyiv: 'کی‌یف', vienna: 'وین', brussels: 'بروکسل', washington: 'واشنگتن' },
  },
  themes: {
    nuclear: 'هسته‌ای',
    energy: 'انرژی',
    drones: 'پهپادها',
    space: 'فضا',
    war: 'جنگ',
    protests: 'اعتراض‌ها',
    summit: 'نشست سران',
  } as Record<string, string>,
  debriefAll: {
    readHistory: 'خواندن کامل روایت تاریخی',
  },
};
