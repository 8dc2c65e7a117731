import type { OutcomeWords } from './ending-why.js';
import { MARKS } from './preview.js';

// Persian words for previews, conditions and why a game ended (the shape of outcome-words-en.ts).

/** Persian digits for every number shown. */
const fd = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
/** A signed change, isolated left to right so that the sign stays on the number's left inside Persian text. */
const sign = (n: number): string => (n > 0 ? `\u2066+${fd(n)}\u2069` : n < 0 ? `\u2066\u2212${fd(Math.abs(n))}\u2069` : fd(0));

export const outcomeFa: OutcomeWords = {
  marks: { ...MARKS, unsure: '؟' },
  rules: {
    atMost: (name, limit, now) => `${name} حداکثر ${fd(limit)} (اکنون ${fd(now)})`,
    atLeast: (name, limit, now) => `${name} دست‌کم ${fd(limit)} (اکنون ${fd(now)})`,
    between: (name, lo, hi, now) => `${name} بین ${fd(lo)} و ${fd(hi)} (اکنون ${fd(now)})`,
    track: (track, states, now) => `${track}: ${states.join(' یا ')} (اکنون ${now})`,
    flag: (what, sources) => `${what || 'تصمیمی پیشین'}${sources.length ? ` (از ${sources.join(' یا ')})` : ''}`,
    notFlag: (what, sources) => `نه: ${what || 'تصمیمی پیشین'}${sources.length ? ` (از ${sources.join(' یا ')})` : ''}`,
    played: (card) => `فقط پس از آنکه «${card}» پیش آمده باشد`,
    chose: (card, choice) => `فقط اگر در «${card}» گزینهٔ ${choice} را انتخاب کرده باشید`,
    turn: (from, to) => (from && to ? `نوبت‌های ${fd(from)} تا ${fd(to)}` : from ? `از نوبت ${fd(from)}` : `تا نوبت ${fd(to ?? '')}`),
    not: (s) => `نه (${s})`,
    and: '؛ ',
    or: ' یا ',
    needs: (what) => `قفل: نیازمند ${what}`,
    met: '\u2714 برآورده',
    missed: '\u2716 برآورده‌نشده',
    line: (ok, what) => `${ok ? '\u2714 برآورده' : '\u2716 برآورده‌نشده'}: ${what}`,
  },
  crisis: (name, v) => `${name} به ${fd(v)}، یعنی نقطهٔ شکستش (۱۰۰)، رسید.`,
  missedBy: (title, lines) => `${title}: ${lines}`,
  cause: {
    choice: 'تصمیم شما',
    chance: 'شانس',
    delayed: 'اثر تأخیری',
    drift: 'روند طی ماه',
  },
  causeLine: (what, stat, delta) => `${what} — ${stat} ${delta > 0 ? '\u25B2' : '\u25BC'} ${sign(delta)}`,
  drift: 'روند ماه‌به‌ماه',
};
