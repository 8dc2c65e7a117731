import type { DecisionOdds, GameAnalysis, OptionOdds } from '../analysis/decision-analysis.js';
import type { ContinuationPolicy } from '../analysis/decision-analysis-futures.js';
import type { Interval } from '../analysis/decision-analysis-stats.js';
import type { ScenarioData } from '../scenario/types.js';

// The words of decision analysis in Persian, for both pages: the same rules as the English ones that the CLI and
// the pages share (src/analysis/decision-analysis-words.ts), in Persian words and digits.

/** Persian digits. */
export const fd = (n: number | string): string => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
export const percentFa = (share: number): string => {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? 'کمتر از ۱٪' : `${fd(p)}٪`;
};
export const rangeFa = (x: Interval): string => `${fd(Math.round(x.lo * 100))}\u2013${fd(Math.round(x.hi * 100))}٪`;
/** Half an interval's width in percentage points (at least 1), as the English words give it. */
const plusMinus = (...xs: Interval[]) => Math.max(1, Math.round(Math.max(...xs.map((x) => (x.hi - x.lo) / 2)) * 100));

const POLICY: Record<ContinuationPolicy, string> = {
  random: 'سیاست تصادفی (انتخاب‌های بعدی به‌طور تصادفی)',
  balanced: 'سیاست متعادل (انتخاب‌های بعدی با ربات متعادل بازی)',
  'as-played': 'سیاست «همان‌طور که بازی شد» (انتخاب‌های بعدی خود دانش‌آموز هر جا هنوز ممکن باشد، و در غیر این صورت تصادفی)',
};

type S = Pick<ScenarioData, 'cards' | 'endings'>;
const choiceLabel = (s: S, card: string, choice: string) => s.cards.find((c) => c.id === card)?.choices.find((c) => c.id === choice)?.label ?? choice;
const endingTitle = (s: S, id: string) => s.endings.find((e) => e.id === id)?.title ?? id;

/** As describeSwing: what the choice made did to the chance of the ending reached or of a balanced verdict. */
export function swingFa(s: S, a: GameAnalysis, index: number, target: 'reached' | 'balanced'): string {
  const d = a.decisions.find((x) => x.index === index);
  if (!d) return '';
  const of = (o: (typeof d.options)[number]) => (target === 'reached' ? o.reached : o.balanced);
  const made = d.options.find((o) => o.played)!;
  const others = d.options.filter((o) => o.open && !o.played);
  if (!others.length) return 'در این نقطه گزینهٔ دیگری در دسترس نبود.';
  const alt = others.reduce((x, y) => (Math.abs(of(y).mean - of(made).mean) > Math.abs(of(x).mean - of(made).mean) ? y : x));
  const what = target === 'balanced' ? 'یک داوری متوازن' : `«${endingTitle(s, a.reachedEnding)}»`;
  const pm = fd(plusMinus(of(made), of(alt)));
  if (percentFa(of(made).mean) === percentFa(of(alt).mean)) return `این انتخاب تفاوت روشنی در احتمال ${what} ایجاد نکرد (${percentFa(of(made).mean)}، ±${pm}).`;
  const verb = of(made).mean < of(alt).mean ? 'کاهش داد' : 'افزایش داد';
  return `در مقایسه با «${choiceLabel(s, d.card, alt.choice)}»، این انتخاب احتمال ${what} را از ${percentFa(of(alt).mean)} به ${percentFa(of(made).mean)} ${verb} (±${pm}).`;
}

/** As describeOption: one option's odds in words. */
export function optionFa(s: S, d: Pick<DecisionOdds, 'card'>, o: OptionOdds): string {
  const label = `«${choiceLabel(s, d.card, o.choice)}»${o.played ? ' (انتخاب انجام‌شده)' : ''}`;
  if (!o.open) return `${label}: در این نقطه در دسترس نبود.`;
  const endings = Object.entries(o.endings)
    .filter(([, x]) => x.mean > 0)
    .sort((x, y) => y[1].mean - x[1].mean)
    .map(([id, x]) => `${endingTitle(s, id)} ${percentFa(x.mean)}`);
  return `${label}: داوری متوازن در ${percentFa(o.balanced.mean)} از ${fd(o.futures)} آینده (${rangeFa(o.balanced)})؛ ${endings.join('، ')}.`;
}

/** As modelCaveat: the policy, K and the interval; the game's odds, not history's. */
export const caveatFa = (a: Pick<GameAnalysis, 'policy' | 'futures'>): string =>
  `این‌ها احتمال‌های خودِ بازی است، تحت ${POLICY[a.policy]}، بر پایهٔ ${fd(a.futures)} آینده برای هر گزینه و با بازه‌های اطمینان ۹۵٪؛ نه احتمال‌های تاریخ.`;
