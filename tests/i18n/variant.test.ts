import { describe, expect, it } from 'vitest';
import { chooseVariant } from '../../src/game/i18n/variant';
import { addressFor } from '../../src/game/language-switch';
import { digitOf, letterOf } from '../../src/game/a11y/keys';
import { chooseTeacherVariant } from '../../src/teacher/i18n';
import { teacherAddressFor } from '../../src/teacher/language';
import { asciiDigits } from '../../src/app';

// Which language and level a page shows: the link first, then the remembered choice, then English; another
// choice is an address that keeps everything else.

describe('choosing the game’s words', () => {
  it('takes the link first, then the remembered choice, then English at the advanced level', () => {
    expect(chooseVariant('?lang=fa&level=basic', { lang: 'en', level: 'advanced' })).toEqual({ lang: 'fa', level: 'basic' });
    expect(chooseVariant('', { lang: 'fa', level: 'basic' })).toEqual({ lang: 'fa', level: 'basic' });
    expect(chooseVariant('?scenario=x', { lang: null, level: null })).toEqual({ lang: 'en', level: 'advanced' });
  });

  it('passes over a value the game does not have', () => {
    expect(chooseVariant('?lang=de&level=hard', { lang: 'fa', level: null })).toEqual({ lang: 'fa', level: 'advanced' });
    expect(chooseVariant('?lang=de', { lang: 'xx', level: 'basic' })).toEqual({ lang: 'en', level: 'basic' });
  });

  it('writes another choice into the address, keeping its other parameters', () => {
    expect(addressFor({ lang: 'fa', level: 'advanced' }, 'http://h/index.html?scenario=mini&seed=a1')).toBe('http://h/index.html?scenario=mini&seed=a1&lang=fa');
    expect(addressFor({ lang: 'en', level: 'basic' }, 'http://h/?lang=fa')).toBe('http://h/?lang=en&level=basic');
    expect(addressFor({ lang: 'en', level: 'advanced' }, 'file:///x/index.html')).toBe('file:///x/index.html');
  });
});

describe('choosing the teacher page’s words', () => {
  it('has its own remembered language, and the address wins', () => {
    expect(chooseTeacherVariant('', 'fa').lang).toBe('fa');
    expect(chooseTeacherVariant('?lang=en', 'fa').lang).toBe('en');
    expect(chooseTeacherVariant('?lang=zz', null)).toEqual({ lang: 'en', level: 'advanced' });
  });

  it('keeps the section and the replay in the address', () => {
    expect(teacherAddressFor('fa', 'http://h/teacher.html#viewer?code=SB2.x')).toBe('http://h/teacher.html?lang=fa#viewer?code=SB2.x');
    expect(teacherAddressFor('en', 'http://h/teacher.html?lang=fa#report')).toBe('http://h/teacher.html?lang=en#report');
  });
});

describe('keys and typing on a Persian layout', () => {
  it('reads Persian and Arabic digits as the number keys', () => {
    expect(digitOf('۳')).toBe(3);
    expect(digitOf('٢')).toBe(2);
    expect(digitOf('4')).toBe(4);
    expect(digitOf('۰')).toBeNull();
    expect(digitOf('a')).toBeNull();
  });

  it('finds a letter shortcut by its key when the layout types another letter', () => {
    const known = { r: 1, g: 1 };
    expect(letterOf({ key: 'ق', code: 'KeyR' }, known)).toBe('r');
    expect(letterOf({ key: 'R', code: 'KeyR' }, known)).toBe('r');
    // A Latin layout's own letter stands (an AZERTY "a" on the Q key is not Q).
    expect(letterOf({ key: 'a', code: 'KeyQ' }, { q: 1 })).toBeNull();
  });

  it('turns Persian digits typed into a seed into the digits seeds are made of', () => {
    expect(asciiDigits('k۷qx٢')).toBe('k7qx2');
  });
});
