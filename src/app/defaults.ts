import type { CompiledScenario } from '../engine';
import { seedFromNumber } from '../engine';
import type { ScenarioData } from '../scenario/types.js';

// The defaults and small rules that the game, the teacher page and the CLI share, each written once.

/** Seeds a link or class code can carry. */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const isValidSeed = (seed: string): boolean => SEED_PATTERN.test(seed);

/** A fresh seed for a new game, from the platform's random source (the engine never reads one). */
export function newSeed(): string {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return seedFromNumber(buf[0]! / 2 ** 32);
}

/** The difficulty a game gets when none is named: "standard" if the scenario has it, else its first. */
export function defaultDifficulty(s: Pick<ScenarioData, 'difficulties'>): string {
  return (s.difficulties.find((d) => d.id === 'standard') ?? s.difficulties[0])!.id;
}

/** The scenario offered first: the one whose period is latest. */
export function defaultScenario<S extends Pick<ScenarioData, 'period'>>(list: readonly S[]): S | undefined {
  return [...list].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
}

/** A stat where higher is worse: the three meters and the camps (indicators are not tensions). */
export const isTension = (cs: CompiledScenario, stat: string): boolean => stat === 'elites' || cs.tensionStats.has(stat);

/** The locale Intl formats a language's numbers and Gregorian dates in. */
const intlLocale = (lang: string): string => (lang === 'fa' ? 'fa-IR' : lang);

/** A whole number as the language writes it: Persian digits in fa ("۱۲"), no grouping below 10,000 (years, turns). */
export function formatNumber(n: number, lang = 'en'): string {
  if (lang === 'en') return String(n);
  return new Intl.NumberFormat(intlLocale(lang), { useGrouping: Math.abs(n) >= 10_000, maximumFractionDigits: 1 }).format(n);
}

/** The ASCII digits of a text written in the language's digits (for numbers already put into words elsewhere). */
export function localDigits(s: string, lang = 'en'): string {
  return lang === 'fa' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : s;
}

/** Persian and Arabic digits typed into a seed or code, as the ASCII digits seeds and codes are made of. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day's Solar Hijri month name and year, through Intl's Persian calendar. */
function solarHijri(day: Date): { month: string; year: string } {
  const month = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { month: 'long', timeZone: 'UTC' }).format(day);
  const year = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', timeZone: 'UTC' }).formatToParts(day).find((p) => p.type === 'year')?.value ?? '';
  return { month, year };
}

/**
 * The Solar Hijri months a Gregorian month overlaps (always two): «بهمن–اسفند ۱۴۰۰», or across a year boundary
 * «اسفند ۱۴۰۰–فروردین ۱۴۰۱».
 */
export function solarHijriSpan(y: number, m: number): string {
  const a = solarHijri(utcDay(y, m, 1));
  const b = solarHijri(utcDay(y, m, daysIn(y, m)));
  if (a.month === b.month) return `${a.month} ${a.year}`;
  return a.year === b.year ? `${a.month}–${b.month} ${a.year}` : `${a.month} ${a.year}–${b.month} ${b.year}`;
}

/** English month names, written out: the first Intl date format a page makes costs ~25 ms (on the first turn). */
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "March 2022" (or its translation) from "2022-03", through Intl for the given language (English from its table,
 * which a test holds to Intl's words). Persian gives the Gregorian month with the Solar Hijri months beside it,
 * «فوریه ۲۰۲۲ / بهمن–اسفند ۱۴۰۰»; its short form is the Gregorian month alone, «فوریه ۲۰۲۲». Both are built from
 * parts so that every browser's Intl gives the same words.
 */
export function monthName(ym: string, locale = 'en', style: 'long' | 'short' = 'long'): string {
  const [y, m] = ym.split('-').map(Number);
  if (!y || !m) return ym;
  if (locale === 'fa') {
    const month = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { month: 'long', timeZone: 'UTC' }).format(utcDay(y, m, 1));
    const gregorian = `${month} ${formatNumber(y, 'fa')}`;
    return style === 'short' ? gregorian : `${gregorian} / ${solarHijriSpan(y, m)}`;
  }
  const en = locale === 'en' ? EN_MONTHS[m - 1] : undefined;
  if (en) return `${style === 'short' ? en.slice(0, 3) : en} ${y}`;
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(utcDay(y, m, 1));
}
