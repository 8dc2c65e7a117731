// Why a class code or class link was refused, as data, so that each page says it in its own language.
// The CLI and the tests use the English words (classProblemEn); the pages' catalogs each have their own.

export type ClassProblem =
  | { kind: 'notACode'; code: string }
  | { kind: 'noScenarioKey'; key: string; keys: string }
  | { kind: 'noDifficultyNumber'; scenario: string; n: string }
  | { kind: 'badLang'; lang: string; langs: string }
  | { kind: 'badLevel'; level: string; levels: string }
  | { kind: 'nothingGiven' }
  /** An empty box; `links` when the box takes a class link too. */
  | { kind: 'emptyBox'; links: boolean }
  | { kind: 'noScenario'; ids: string }
  | { kind: 'badSeed' }
  | { kind: 'noDifficulty'; scenario: string; difficulty: string };

export function classProblemEn(p: ClassProblem): string {
  switch (p.kind) {
    case 'notACode':
      return `"${p.code}" is not a class code; a class code looks like 2022-1p-k7qxm2pa.`;
    case 'noScenarioKey':
      return `No scenario has the key "${p.key}" (this game has ${p.keys}).`;
    case 'noDifficultyNumber':
      return `"${p.scenario}" has no difficulty number ${p.n}.`;
    case 'badLang':
      return `This link asks for the language "${p.lang}", which this game does not have (${p.langs}).`;
    case 'badLevel':
      return `This link asks for the reading level "${p.level}", which this game does not have (${p.levels}).`;
    case 'nothingGiven':
      return 'No class given: paste the class code (like 2022-1p-k7qxm2pa) or the class link.';
    case 'emptyBox':
      return p.links ? 'The box is empty: paste the class code (like 2022-1p-k7qxm2pa) or the class link.' : 'The box is empty: type the class code your teacher gave you (like 2022-1p-k7qxm2pa).';
    case 'noScenario':
      return `This link names no scenario this game has (${p.ids}).`;
    case 'badSeed':
      return 'This link has no valid seed (letters, digits, "-" or "_", at most 32).';
    case 'noDifficulty':
      return `"${p.scenario}" has no difficulty "${p.difficulty}".`;
  }
}

/** The Persian words for a refusal; codes, keys and seeds stay left to right inside the Persian sentence. */
export function classProblemFa(p: ClassProblem): string {
  const ltr = (s: string) => `\u2066${s}\u2069`;
  const fd = (s: string) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!);
  switch (p.kind) {
    case 'notACode':
      return `«${ltr(p.code)}» کد کلاس نیست؛ کد کلاس چنین شکلی دارد: ${ltr('2022-1p-k7qxm2pa')}.`;
    case 'noScenarioKey':
      return `هیچ سناریویی کلید «${ltr(p.key)}» را ندارد (کلیدهای این بازی: ${ltr(p.keys)}).`;
    case 'noDifficultyNumber':
      return `«${p.scenario}» سطح دشواری شمارهٔ ${fd(p.n)} ندارد.`;
    case 'badLang':
      return `این پیوند زبان «${ltr(p.lang)}» را می‌خواهد که این بازی ندارد (${ltr(p.langs)}).`;
    case 'badLevel':
      return `این پیوند سطح متن «${ltr(p.level)}» را می‌خواهد که این بازی ندارد (${ltr(p.levels)}).`;
    case 'nothingGiven':
      return `کلاسی داده نشده است: کد کلاس (مانند ${ltr('2022-1p-k7qxm2pa')}) یا پیوند کلاس را بچسبانید.`;
    case 'emptyBox':
      return p.links
        ? `کادر خالی است: کد کلاس (مانند ${ltr('2022-1p-k7qxm2pa')}) یا پیوند کلاس را بچسبانید.`
        : `کادر خالی است: کد کلاسی را که معلمتان داده است (مانند ${ltr('2022-1p-k7qxm2pa')}) بنویسید.`;
    case 'noScenario':
      return `این پیوند سناریویی را نام نمی‌برد که این بازی داشته باشد (${ltr(p.ids)}).`;
    case 'badSeed':
      return 'این پیوند بذر معتبری ندارد (حروف لاتین، رقم، «-» یا «_»، حداکثر ۳۲ نویسه).';
    case 'noDifficulty':
      return `«${p.scenario}» سطح دشواری «${ltr(p.difficulty)}» ندارد.`;
  }
}
