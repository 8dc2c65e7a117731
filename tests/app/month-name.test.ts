import { describe, expect, it } from 'vitest';
import { formatNumber, localDigits, monthName, solarHijriSpan } from '../../src/app';

// Months and numbers as each language writes them: Persian digits, and the Gregorian month with the two Solar Hijri
// months it overlaps beside it.

describe('monthName', () => {
  it('writes English months as before', () => {
    expect(monthName('2022-02')).toBe('February 2022');
    expect(monthName('2022-02', 'en', 'short')).toBe('Feb 2022');
  });

  it('writes every English month as Intl does', () => {
    for (let m = 1; m <= 12; m++)
      for (const style of ['long', 'short'] as const)
        expect(monthName(`2015-${String(m).padStart(2, '0')}`, 'en', style)).toBe(new Intl.DateTimeFormat('en', { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2015, m - 1, 1))));
  });

  it('gives a Persian month with the Solar Hijri months it spans', () => {
    expect(monthName('2022-02', 'fa')).toBe('فوریه ۲۰۲۲ / بهمن–اسفند ۱۴۰۰');
    expect(monthName('2022-01', 'fa')).toBe('ژانویه ۲۰۲۲ / دی–بهمن ۱۴۰۰');
    expect(monthName('2021-12', 'fa')).toBe('دسامبر ۲۰۲۱ / آذر–دی ۱۴۰۰');
    expect(monthName('2015-07', 'fa')).toBe('ژوئیه ۲۰۱۵ / تیر–مرداد ۱۳۹۴');
    expect(monthName('2020-10', 'fa')).toBe('اکتبر ۲۰۲۰ / مهر–آبان ۱۳۹۹');
  });

  it('names both Solar Hijri years when the month crosses Nowruz', () => {
    expect(monthName('2022-03', 'fa')).toBe('مارس ۲۰۲۲ / اسفند ۱۴۰۰–فروردین ۱۴۰۱');
    expect(monthName('2016-03', 'fa')).toBe('مارس ۲۰۱۶ / اسفند ۱۳۹۴–فروردین ۱۳۹۵');
    expect(solarHijriSpan(2023, 3)).toBe('اسفند ۱۴۰۱–فروردین ۱۴۰۲');
  });

  it('has a short Persian form with the Gregorian month only', () => {
    expect(monthName('2022-04', 'fa', 'short')).toBe('آوریل ۲۰۲۲');
  });

  it('leaves a malformed month as it is', () => {
    expect(monthName('soon', 'fa')).toBe('soon');
  });
});

describe('numbers', () => {
  it('uses Persian digits in fa and plain digits in en', () => {
    expect(formatNumber(2022, 'fa')).toBe('۲۰۲۲');
    expect(formatNumber(100, 'fa')).toBe('۱۰۰');
    expect(formatNumber(0, 'fa')).toBe('۰');
    expect(formatNumber(2022)).toBe('2022');
    expect(localDigits('T12 · 45%', 'fa')).toBe('T۱۲ · ۴۵%');
    expect(localDigits('T12', 'en')).toBe('T12');
  });

  it('keeps the minus sign readable in right-to-left text', () => {
    expect(formatNumber(-12, 'fa').replace(/\u200e/g, '')).toBe('−۱۲');
  });
});
