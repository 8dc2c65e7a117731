// PROVISIONAL until the translators' catalog arrives: the English words with Persian settings and a few keys.
import { en, type Catalog } from './en';
import { n, pct, signed } from './fa-format';

export const fa: Catalog = {
  ...en,
  lang: 'fa',
  dir: 'rtl',
  fonts: {
    serif: 'Vazirmatn, Tahoma, "Noto Naskh Arabic", serif',
    sans: 'Vazirmatn, Tahoma, "Noto Sans Arabic", sans-serif',
  },
  signed,
  app: { ...en.app, name: 'تنگنای بدگمانی', tagline: 'تهران میان غرب، روسیه و نخبگان خودی' },
  boot: { loading: 'در حال بارگذاری', percent: pct },
  title: { ...en.title, heading: 'تنگنای بدگمانی', start: 'شروع بازی', scenarios: 'سناریو', seed: 'بذر', difficulty: 'دشواری' },
  turn: { ...en.turn, turnOf: (a: number, b: number) => `نوبت ${n(a)} از ${n(b)}` },
  meter: { ...en.meter, value: n },
};
