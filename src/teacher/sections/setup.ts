import { classLineIn } from '../class-words';
import { classLinkQuery, encodeClassCode, parseClassRef, type ClassSettings } from '../../app';
import { LANGUAGE_NAMES } from '../../app/language-names';
import { DEFAULT_VARIANT, isLang, isLevel, LANGS, LEVELS, type Lang, type Level } from '../../app/text-variant';
import { allScenarios, defaultDifficulty, findScenario } from '../data';
import { h } from '../../app/dom';
import { announce, newId } from '../dom';
import { pageVariant, t } from '../i18n';
import { switchTeacherLanguage } from '../language';
import type { Section } from '../router';
import { classSettings, freshSeed, SEED_PATTERN, setClassSettings, startNewClass } from '../state';
import { setReportClass } from '../report-store';
import { checkbox, copyButton, radioGroup, sectionHeading } from '../widgets/fields';

// Class setup: scenario, seed, difficulty, previews, and the language and reading level the class plays in → the
// class link and the short class code. Above them, the language of these pages (another is another page load).

/** A class with the words it is played in (English at the advanced level when it names none). */
type ClassInWords = ClassSettings & { lang?: Lang; level?: Level };

/** The class link's query: the class (practice=1 when it allows practice games), then lang= and level= when they are not the defaults. */
export function classQuery(s: ClassInWords): string {
  const q = new URLSearchParams(classLinkQuery(s));
  if (s.lang && s.lang !== DEFAULT_VARIANT.lang && !q.has('lang')) q.set('lang', s.lang);
  if (s.level && s.level !== DEFAULT_VARIANT.level && !q.has('level')) q.set('level', s.level);
  return q.toString();
}

/** The game's address with the class settings, relative to this page so that it works on any host. */
export function classLink(s: ClassInWords): string {
  const url = new URL('index.html', window.location.href);
  url.search = classQuery(s);
  url.hash = '';
  return url.toString();
}

/** Names each language's radio label in its own language (for screen readers). */
function labelLanguages(group: HTMLElement): HTMLElement {
  group.querySelectorAll<HTMLElement>('.radio-label').forEach((el, i) => {
    el.lang = LANGS[i]!;
    el.dir = LANGS[i] === 'fa' ? 'rtl' : 'ltr';
  });
  return group;
}

/** The language of these pages: one choice, which opens them again in the language chosen. */
function pageLanguageChoice(): HTMLElement {
  const group = radioGroup(t.setup.pageLanguage, 'page-lang', LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })), pageVariant.lang, (l) => isLang(l) && switchTeacherLanguage(l));
  return h('form', { class: 'panel page-language', onSubmit: (e: Event) => e.preventDefault() }, labelLanguages(group), h('p', { class: 'help' }, t.setup.pageLanguageHelp));
}

export const setupSection: Section = (root) => {
  let s: ClassInWords = { ...classSettings() };
  let previewsTouched = false;
  // The seed shown is the class's from this moment: a reload, tomorrow's visit and the report all keep it.
  if (SEED_PATTERN.test(s.seed)) setClassSettings(s);

  const scenarioBox = h('div');
  const difficultyBox = h('div');
  const previewBox = h('div');
  const wordsBox = h('div');
  const seedId = newId('seed');
  const seedError = h('p', { class: 'field-error', id: `${seedId}-error`, hidden: true }, t.setup.seedInvalid);
  const seedInput = h('input', {
    id: seedId, type: 'text', value: s.seed, spellcheck: 'false', autocomplete: 'off', maxlength: '32', class: 'mono',
    'aria-describedby': `${seedId}-help ${seedId}-error`,
    onInput: () => update({ seed: seedInput.value.trim() }),
  });
  const output = h('section', { class: 'panel output', 'aria-labelledby': 'setup-out' });

  function drawScenarios(): void {
    scenarioBox.replaceChildren(
      radioGroup(t.setup.scenario, 'scenario', allScenarios().map((x) => ({ value: x.id, label: x.title, detail: t.setup.scenarioDetail(x.summary, x.period.turns) })), s.scenario, (id) => {
        const sc = findScenario(id)!;
        update({ scenario: id, difficulty: sc.difficulties.some((d) => d.id === s.difficulty) ? s.difficulty : defaultDifficulty(sc) });
        drawOptions();
      }),
    );
  }

  function drawOptions(): void {
    const sc = findScenario(s.scenario)!;
    difficultyBox.replaceChildren(
      radioGroup(t.setup.difficulty, 'difficulty', sc.difficulties.map((d) => ({ value: d.id, label: d.name, detail: d.description })), s.difficulty, (id) => {
        const previews = previewsTouched ? s.previews : (sc.difficulties.find((d) => d.id === id)?.previews ?? false);
        update({ difficulty: id, previews });
        drawOptions();
      }),
    );
    previewBox.replaceChildren(checkbox(t.setup.previews, s.previews, (on) => {
      previewsTouched = true;
      update({ previews: on });
    }, t.setup.previewsHelp).wrap, checkbox(t.setup.practice, s.practice === true, (on) => update({ practice: on }), t.setup.practiceHelp).wrap);
    wordsBox.replaceChildren(
      labelLanguages(radioGroup(t.setup.classLanguage, 'class-lang', LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], detail: t.setup.classLanguageDetail[l] })), s.lang ?? DEFAULT_VARIANT.lang, (l) => isLang(l) && update({ lang: l }))),
      radioGroup(t.setup.level, 'class-level', LEVELS.map((l) => ({ value: l, label: t.setup.levels[l] ?? l, detail: t.setup.levelDetail[l] })), s.level ?? DEFAULT_VARIANT.level, (l) => isLevel(l) && update({ level: l })),
    );
  }

  function drawOutput(): void {
    const valid = SEED_PATTERN.test(s.seed);
    seedError.hidden = valid;
    seedInput.setAttribute('aria-invalid', valid ? 'false' : 'true');
    if (!valid) {
      output.replaceChildren(h('h2', { id: 'setup-out' }, t.setup.forStudents), h('p', { class: 'muted' }, t.setup.fixSeed));
      return;
    }
    const link = classLink(s);
    const code = encodeClassCode(allScenarios(), s);
    const linkId = newId('link');
    output.replaceChildren(
      h('h2', { id: 'setup-out' }, t.setup.forStudents),
      h('p', { class: 'class-line', 'data-testid': 'class-line' }, t.setup.classLine(classLineIn(allScenarios(), s))),
      h('p', { class: 'help' }, t.setup.remembered),
      h('div', { class: 'share' },
        h('h3', null, t.setup.linkHeading),
        h('p', { class: 'help' }, t.setup.linkHelp),
        h('label', { class: 'offscreen', for: linkId }, t.setup.linkHeading),
        h('input', { id: linkId, class: 'mono share-link', type: 'text', readonly: true, value: link, 'data-testid': 'class-link', onFocus: (e: Event) => (e.target as HTMLInputElement).select() }),
        h('div', { class: 'actions' }, copyButton(t.setup.copyLink, () => link, t.setup.linkHeading), h('a', { class: 'button secondary', href: link, target: '_blank', rel: 'noopener' }, t.setup.openLink)),
      ),
      h('div', { class: 'share' },
        h('h3', null, t.setup.codeHeading),
        code
          ? [
              h('p', { class: 'help' }, t.setup.codeHelp),
              h('p', { class: 'class-code mono', 'data-testid': 'class-code' }, code),
              h('div', { class: 'actions' }, copyButton(t.setup.copyCode, () => code, t.setup.codeHeading)),
            ]
          : h('p', { class: 'help' }, t.setup.codeUnavailable),
      ),
      h('div', { class: 'share next' },
        h('h3', null, t.setup.nextHeading),
        h('ul', { class: 'plain' },
          h('li', null, h('a', { href: '#projector?' + classQuery(s) }, t.setup.toProjector)),
          h('li', null, h('a', { href: '#report' }, t.setup.toReport)),
        ),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', 'data-testid': 'new-class', onClick: () => {
          s = { ...startNewClass() };
          previewsTouched = false;
          setReportClass(null);
          seedInput.value = s.seed;
          drawScenarios();
          drawOptions();
          drawOutput();
          announce(t.setup.newClassDone);
        } }, t.setup.newClass)),
      ),
    );
  }

  function update(patch: Partial<ClassInWords>): void {
    s = { ...s, ...patch };
    if (SEED_PATTERN.test(s.seed)) {
      setClassSettings(s);
      setReportClass(null);
    }
    drawOutput();
  }

  const codeId = newId('join');
  const joinError = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const joinInput = h('input', { id: codeId, type: 'text', class: 'mono', spellcheck: 'false', autocomplete: 'off', placeholder: '2022-1p-k7qxm2pa', 'aria-describedby': `${codeId}-help` });
  const decoded = (): ClassSettings | null => {
    // A class code or a class link (pasted whole), as the report's class check takes them.
    const given = joinInput.value.slice(0, 2000);
    const r = given.trim() ? parseClassRef(allScenarios(), given) : { ok: false as const, problem: { kind: 'emptyBox' as const, links: true } };
    joinError.hidden = r.ok;
    joinInput.setAttribute('aria-invalid', r.ok ? 'false' : 'true');
    if (!r.ok) joinError.textContent = t.classProblem(r.problem);
    return r.ok ? r.settings : null;
  };
  const join = h('form', { class: 'panel join', onSubmit: (e: Event) => {
    e.preventDefault();
    const d = decoded();
    if (d) window.location.href = classLink(d);
  } },
    h('h2', null, t.setup.joinHeading),
    h('label', { for: codeId }, t.setup.joinLabel),
    h('p', { class: 'help', id: `${codeId}-help` }, t.setup.joinHelp),
    h('div', { class: 'inline' }, joinInput,
      h('button', { type: 'submit' }, t.setup.joinOpen),
      h('button', { type: 'button', class: 'secondary', onClick: () => {
        const d = decoded();
        if (!d) return;
        s = { ...d };
        seedInput.value = s.seed;
        setClassSettings(s);
        setReportClass(null);
        drawScenarios();
        drawOptions();
        drawOutput();
      } }, t.setup.joinUse)),
    joinError,
  );

  root.append(
    sectionHeading(t.setup.heading),
    h('p', { class: 'lead' }, t.setup.intro),
    pageLanguageChoice(),
    h('div', { class: 'setup-grid' },
      h('form', { class: 'panel setup-form', onSubmit: (e: Event) => e.preventDefault() },
        scenarioBox,
        h('div', { class: 'field' },
          h('label', { for: seedId }, t.setup.seed),
          h('div', { class: 'inline' }, seedInput, h('button', { type: 'button', class: 'secondary', onClick: () => {
            seedInput.value = freshSeed();
            update({ seed: seedInput.value });
          } }, t.setup.newSeed)),
          h('p', { class: 'help', id: `${seedId}-help` }, t.setup.seedHelp),
          seedError,
        ),
        difficultyBox,
        previewBox,
        wordsBox,
      ),
      h('div', null, output, join),
    ),
  );
  drawScenarios();
  drawOptions();
  drawOutput();
};
