import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nameFromFileName, parseHandInText, parsePastedCodes, readHandInFile } from '../../src/app/index.js';
import { verifyAny } from '../../src/app/index.js';
import { codeOf, findShipped, studentReplay } from './class-fixtures.js';

// What teachers paste, as it really arrives: e-mails (wrapped at 76, quoted, signed), spreadsheets and form exports.

const codes = ['balanced', 'west', 'russia', 'hardline', 'random', 'balanced'].map((strategy, i) => codeOf(studentReplay({ seed: `hand${i}`, strategy: strategy as 'west' })));
const [a, b, c, d, e, f] = codes as [string, string, string, string, string, string];
const label = (n: number) => `Pasted code ${n}`;
const wrap = (text: string, width = 76) => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
const found = (text: string) => parsePastedCodes(text, label).items.map((x) => [x.name, x.replay]);

describe('codes in pasted e-mails', () => {
  it('rejoins a code wrapped at 76 characters and drops the full stop after it', () => {
    const mail = `From: Ana Silva <ana@school.org>\nSubject: my game\n\nHi Miss, here is my code:\n\n${wrap(`Ana: ${a}.`)}\n\nThanks,\nAna`;
    expect(found(mail)).toEqual([['Ana', a]]);
    expect(verifyAny(a, findShipped).ok).toBe(true);
  });

  it('rejoins a quoted ("> ") and quoted-printable ("=" at the line end) wrap', () => {
    const quoted = wrap(`Ben - ${b}`, 70).split('\n').map((l) => `> ${l}`).join('\n');
    expect(found(quoted)).toEqual([['Ben', b]]);
    const qp = wrap(c, 75).split('\n').join('=\n');
    expect(found(`Chloé:\n${qp}`)).toEqual([['Chloé', c]]);
  });

  it('removes zero-width characters and a stray space inside a code, and quotes and punctuation around it', () => {
    const broken = `${d.slice(0, 40)}\u200B${d.slice(40, 90)} ${d.slice(90)}`;
    expect(found(`Dev: “${broken}”!`)).toEqual([['Dev', d]]);
  });

  it('reads the name before or after the code, with ":", "-", "–" or parentheses, and from the line above', () => {
    const text = [
      `- Ana: ${a}`,
      `> “Ben” – ${b}`,
      `${c} (Fatima)`,
      `${d} - Jean-Luc O’Brien.`,
      'Gus:',
      e,
      `3. 'Hana', ${f}`,
    ].join('\n');
    expect(parsePastedCodes(text, label).items.map((x) => x.name)).toEqual(['Ana', 'Ben', 'Fatima', 'Jean-Luc O’Brien', 'Gus', 'Hana']);
  });

  it('takes the name column of a Google Form export and of a spreadsheet with first and last names', () => {
    const form = ['Timestamp\tEmail Address\tYour name\tReplay code', `2026/12/01 9:02:11\tana@school.org\tAna Silva\t${a}`, `2026/12/01 9:05:40\tben@school.org\tBen Okafor\t${b} `].join('\n');
    expect(found(form)).toEqual([['Ana Silva', a], ['Ben Okafor', b]]);
    const csv = ['"Code","First name","Last name"', `"${c}","Chloé","Martin"`, `"${d}","Dev","Patel"`].join('\r\n');
    expect(found(csv)).toEqual([['Chloé Martin', c], ['Dev Patel', d]]);
  });

  it('takes the name column of a Persian form and spreadsheet («نام», «نام و نام خانوادگی», «نام خانوادگی»)', () => {
    const form = ['زمان\tنشانی ایمیل\tنام و نام خانوادگی\tکد بازی', `۱۴۰۵/۰۹/۱۰\tsara@school.ir\tسارا احمدی\t${a}`, `۱۴۰۵/۰۹/۱۰\treza@school.ir\tرضا کریمی\t${b}`].join('\n');
    expect(found(form)).toEqual([['سارا احمدی', a], ['رضا کریمی', b]]);
    const csv = ['"کد","نام","نام خانوادگی"', `"${c}","مریم","حسینی"`, `"${d}","علی","رضایی"`].join('\r\n');
    expect(found(csv)).toEqual([['مریم حسینی', c], ['علی رضایی', d]]);
    expect(parsePastedCodes(`نام: نگار\n${e}`, label).items.map((x) => x.name)).toEqual(['نگار']);
  });

  it('labels codes without a name, and counts the other lines it left out', () => {
    const r = parsePastedCodes(`Here are the codes from 9B\n\n${a}\n${b}\nSee you Friday`, label);
    expect(r.items.map((x) => [x.name, x.nameFrom])).toEqual([['Pasted code 1', 'label'], ['Pasted code 2', 'label']]);
    expect(r.skipped).toBe(2);
  });

  it('keeps a code that is really cut short as it is, so that it is refused as cut short', () => {
    const cut = a.slice(0, a.lastIndexOf('.'));
    const r = parsePastedCodes(`Yves: ${cut}\nClass 9B, handed in on Friday`, label);
    expect(r.items.map((x) => x.replay)).toEqual([cut]);
    expect(verifyAny(cut, findShipped)).toMatchObject({ ok: false, kind: 'truncated' });
  });
});

describe('texts and files', () => {
  it('refuses a text without a code once, saying what it read', () => {
    const r = parseHandInText('My reflections on the JCPOA.\nThey were long.', 'essay.txt', label, 'essay.txt');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.refusal).toEqual({ kind: 'malformed', message: 'No replay code in it (codes start with "SB2."); 2 lines read.' });
  });

  it('reads a replay file and names it from its file name', () => {
    const replay = studentReplay({ seed: 'lesson4', student: 'Ana' });
    const r = readHandInFile('Ana-2022-suspicious-bind-lesson4.json', strToU8(JSON.stringify(replay)));
    expect(r.items.map((x) => [x.name, x.nameFrom])).toEqual([['Ana', 'file']]);
    expect(nameFromFileName('replay (2).json')).toBe('');
  });

  it('takes no name from the file name the game gives an unnamed game, and the name the game put in the record', () => {
    const unnamed = studentReplay({ seed: 'reva' });
    expect(nameFromFileName('2022-suspicious-bind-reva.json', unnamed)).toBe('');
    expect(nameFromFileName('2022-suspicious-bind-reva (2).json', unnamed)).toBe('');
    const r = readHandInFile('2022-suspicious-bind-reva.json', strToU8(JSON.stringify(unnamed)));
    expect(r.items.map((x) => x.nameFrom)).toEqual(['label']);
    const named = studentReplay({ seed: 'reva', student: 'Ana Ruiz' });
    expect(readHandInFile('Ana_Ruiz-2022-suspicious-bind-reva.json', strToU8(JSON.stringify(named))).items.map((x) => [x.name, x.nameFrom])).toEqual([['Ana Ruiz', 'file']]);
  });

  it('reads every replay file in a zip, folders included, and leaves out the rest', () => {
    const one = JSON.stringify(studentReplay({ seed: 'zip1' }));
    const zip = zipSync({
      'Ben Okafor/Ben-2022-suspicious-bind-zip1.json': strToU8(one),
      'Chloé/codes.txt': strToU8(`Chloé: ${c}\n`),
      'sub.json/': new Uint8Array(0),
      '__MACOSX/._codes.txt': strToU8('junk'),
      'notes.pdf': strToU8('%PDF'),
    });
    const r = readHandInFile('class.zip', zip);
    expect(r.items.map((x) => [x.name, x.source])).toEqual([
      ['Ben', 'class.zip \u203A Ben Okafor/Ben-2022-suspicious-bind-zip1.json'],
      ['Chloé', 'class.zip \u203A Chloé/codes.txt'],
    ]);
    expect(r.otherEntries).toBe(2);
    expect(readHandInFile('broken.zip', zip.slice(0, 60)).items[0]!.refusal?.message).toBe('This .zip file is damaged and cannot be opened.');
  });
});

describe('codes survive what mail and spreadsheets do to them', () => {
  it('is recovered exactly however it is wrapped, quoted, punctuated or sprinkled with invisible characters', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 60, max: 76 }),
        fc.constantFrom('', '.', '!', ',', '"', '”', ')', '.\u00A0'),
        fc.constantFrom('', '> '),
        fc.array(fc.integer({ min: 5, max: 150 }), { maxLength: 3 }),
        fc.constantFrom('Ana', 'Jean-Luc O’Brien', 'Chloé Martin'),
        (code, width, tail, quote, zeroWidthAt, name) => {
          let mangled = code;
          for (const at of [...zeroWidthAt].sort((x, y) => y - x)) mangled = `${mangled.slice(0, at)}\u200B${mangled.slice(at)}`;
          const body = `${name}: ${mangled}${tail}`.match(new RegExp(`.{1,${width}}`, 'gu'))!.map((l) => quote + l).join('\n');
          const got = parsePastedCodes(`Hello,\n${body}\nThanks`, label).items;
          return got.length === 1 && got[0]!.replay === code && got[0]!.name === name;
        },
      ),
      { numRuns: 300 },
    );
  });
});
