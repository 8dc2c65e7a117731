// Persian words for saved games: the list, deleting, starting over, and a storage that is full (mirrors saves-en.ts).
import type { savesEn } from './saves-en';

/** Persian digits for every number shown. */
/** A left-to-right run (a seed, a code) isolated inside Persian text, so that its own signs stay in place. */
const ltr = (s: string) => `\u2066${s}\u2069`;
const fd = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);

export const savesFa: typeof savesEn = {
  heading: 'بازی‌های ذخیره‌شده',
  open: (n: number) => `بازی‌های ذخیره‌شده (${fd(n)})`,
  none: 'هنوز بازی ذخیره‌شده‌ای ندارید: هر بازی پس از هر مرحله ذخیره می‌شود.',
  page: (i: number, n: number) => `صفحهٔ ${fd(i)} از ${fd(n)}`,
  prev: 'صفحهٔ قبل',
  next: 'صفحهٔ بعد',
  close: 'بستن',
  state: { playing: 'در جریان', finished: 'پایان‌یافته', abandoned: 'رهاشده (از نو شروع شد)' } as Record<string, string>,
  /** Where the game resumes: the month and turn of its next decision, or its consequences, or its ending. */
  resumesAt: (month: string, turn: number, turns: number, atConsequences: boolean) =>
    atConsequences ? `ادامه از پیامدهای ${month} (نوبت ${fd(turn)} از ${fd(turns)})` : `ادامه از ${month}، نوبت ${fd(turn)} از ${fd(turns)}`,
  endedAt: (ending: string, month: string) => `پایان‌یافته: ${ending} (${month})`,
  line: (scenario: string, where: string, difficulty: string, seed: string) => `${scenario} — ${where} | ${difficulty} | بذر ${ltr(seed)}`,
  continue: 'ادامه',
  review: 'مرور',
  delete: 'حذف',
  deleteHeading: 'این بازی ذخیره‌شده حذف شود؟',
  deleteText: (line: string) => `${line}. حذف را نمی‌توان برگرداند.`,
  deleteYes: 'حذفش کن',
  deleteNo: 'نگهش دار',
  deleted: 'بازی ذخیره‌شده حذف شد.',
  latest: (scenario: string) => `ادامه: ${scenario}`,
  clashHeading: 'این بازی را هم‌اکنون در جریان دارید',
  clashText: (where: string) =>
    `بازی‌ای با همین سناریو، بذر و سطح دشواری ذخیره شده است (${where}). آن را ادامه دهید یا از نو شروع کنید: اگر از نو شروع کنید، بازی قبلی با برچسب «رهاشده» در فهرست بازی‌های ذخیره‌شده‌تان می‌ماند.`,
  clashContinue: 'ادامهٔ همان بازی',
  clashStartOver: 'شروع از نو',
  cancel: 'لغو',
  notSaved: 'این بازی ذخیره نشد: فضای ذخیره‌سازی مرورگر پر یا مسدود است. برای نگه داشتن بازی‌هایتان، آن‌ها را به‌صورت فایل دانلود کنید.',
  savedOk: 'بازی پس از هر مرحله ذخیره می‌شود.',
  download: 'دانلود بازی‌های ذخیره‌شده (فایل)',
  downloaded: (name: string) => `بازی‌های ذخیره‌شده با نام ${name} دانلود شد.`,
  fullWarning:
    'فضای ذخیره‌سازی مرورگر پر است، بنابراین این مرحله ذخیره نشد. چیزی پاک نشد. بازی‌هایتان را به‌صورت فایل دانلود کنید، یا بازی‌های پایان‌یافته را از فهرست بازی‌های ذخیره‌شده در صفحهٔ آغاز حذف کنید.',
};
