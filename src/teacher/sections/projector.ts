import { openChoices, play, recordOf, type GameActor } from '../../engine';
import { type ClassSettings } from '../../app';
import { classLineIn } from '../class-words';
import { allScenarios, compiled, defaultDifficulty, findScenario, loadedFromReplay, monthLabel } from '../data';
import { fill, h } from '../../app/dom';
import { announce } from '../dom';
import { t } from '../i18n';
import { hashOf, type Section } from '../router';
import { classSettings, freshSeed, SEED_PATTERN, setLoadedReplay } from '../state';
import { checkbox, sectionHeading, selectField } from '../widgets/fields';
import { endedStage, resultStage } from './projector-stages';
import { tallyForm } from './tally';
import { advisorsBlock, cardBlock, changesList, metersBlock, meterStrip, newsList, tieOf } from './turn-parts';
import { toggleFullscreen } from './report-projector';

// Projector mode: one game for the whole class. The teacher reads the card and the advisors aloud, enters the
// show of hands, and the majority decides (a tie is broken by the seed). Progress is kept in this browser.

const STORE = 'sb-teacher-projector';

interface Saved {
  settings: ClassSettings;
  choices: string[];
  votes: Record<string, number>[];
  /** Counts typed for the decision in progress (decision number = choices.length), kept across a reload. */
  draft?: Record<string, number>;
}

function load(): Saved | null {
  try {
    const v = JSON.parse(window.localStorage.getItem(STORE) ?? 'null') as Saved | null;
    return v && v.settings && Array.isArray(v.choices) && Array.isArray(v.votes) ? v : null;
  } catch {
    return null;
  }
}
function store(v: Saved | null): void {
  try {
    if (v) window.localStorage.setItem(STORE, JSON.stringify(v));
    else window.localStorage.removeItem(STORE);
  } catch {
    /* progress lasts for this visit only */
  }
}

/** Starts (or restores) the class game; null if the saved choices no longer play (e.g. the scenario changed). */
function startActor(v: Saved): GameActor | null {
  const scenario = findScenario(v.settings.scenario);
  if (!scenario || !scenario.difficulties.some((d) => d.id === v.settings.difficulty)) return null;
  const decisions = v.choices.map((choice, i) => ({ choice, votes: v.votes[i]! }));
  const played = play(scenario, { seed: v.settings.seed, difficulty: v.settings.difficulty, settings: { previews: v.settings.previews }, decisions });
  if (!played.refusedAt) return played.actor;
  played.actor.stop();
  return null;
}

export const projectorSection: Section = (root, at) => {
  let saved: Saved | null = null;
  let actor: GameActor | null = null;
  const stage = h('div', { class: 'stage', 'aria-live': 'off' });

  function settingsFromLink(): ClassSettings {
    const base = classSettings();
    const sc = findScenario(at.params.get('scenario') ?? '') ?? findScenario(base.scenario) ?? allScenarios()[0]!;
    const diff = at.params.get('difficulty');
    const seed = at.params.get('seed');
    return {
      scenario: sc.id,
      seed: seed && SEED_PATTERN.test(seed) ? seed : base.seed,
      difficulty: diff && sc.difficulties.some((d) => d.id === diff) ? diff : sc.difficulties.some((d) => d.id === base.difficulty) ? base.difficulty : defaultDifficulty(sc),
      previews: at.params.has('previews') ? at.params.get('previews') === '1' : base.previews,
    };
  }

  function setup(message?: string): void {
    let s = settingsFromLink();
    const form = h('form', { class: 'panel projector-setup', onSubmit: (e: Event) => {
      e.preventDefault();
      if (!SEED_PATTERN.test(s.seed)) return;
      begin({ settings: s, choices: [], votes: [] });
    } });
    const line = h('p', { class: 'class-line', 'data-testid': 'class-line' });
    const showLine = () => (line.textContent = SEED_PATTERN.test(s.seed) ? t.setup.classLine(classLineIn(allScenarios(), s)) : '');
    const draw = () => {
      const sc = findScenario(s.scenario)!;
      showLine();
      const seedInput = h('input', { id: 'proj-seed', type: 'text', value: s.seed, class: 'mono', maxlength: '32', spellcheck: 'false', onInput: () => {
        s = { ...s, seed: seedInput.value.trim() };
        seedInput.setAttribute('aria-invalid', SEED_PATTERN.test(s.seed) ? 'false' : 'true');
        showLine();
      } });
      fill(form,
        h('div', { class: 'setup-row' },
          selectField(t.setup.scenario, allScenarios().map((x) => ({ value: x.id, label: x.title })), s.scenario, (v) => {
            const next = findScenario(v)!;
            s = { ...s, scenario: v, difficulty: next.difficulties.some((d) => d.id === s.difficulty) ? s.difficulty : defaultDifficulty(next) };
            draw();
          }).wrap,
          h('div', { class: 'field' }, h('label', { for: 'proj-seed' }, t.setup.seed), h('div', { class: 'inline' }, seedInput, h('button', { type: 'button', class: 'secondary', onClick: () => {
            s = { ...s, seed: freshSeed() };
            draw();
          } }, t.setup.newSeed))),
          selectField(t.setup.difficulty, sc.difficulties.map((d) => ({ value: d.id, label: d.name })), s.difficulty, (v) => {
            s = { ...s, difficulty: v };
            showLine();
          }).wrap,
        ),
        checkbox(t.setup.previews, s.previews, (on) => {
          s = { ...s, previews: on };
          showLine();
        }, t.projector.previewsHelp).wrap,
        line,
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'big' }, t.projector.start)),
      );
    };
    draw();
    const resume = load();
    const resumeBox = resume && findScenario(resume.settings.scenario)
      ? h('section', { class: 'panel resume' },
          h('h2', null, t.projector.resumeHeading),
          h('p', null, t.projector.resumeText(findScenario(resume.settings.scenario)!.title, resume.settings.seed, resume.choices.length)),
          h('div', { class: 'actions' },
            h('button', { type: 'button', onClick: () => begin(resume) }, t.projector.resume),
            h('button', { type: 'button', class: 'secondary', onClick: () => { store(null); setup(); } }, t.projector.discard),
          ),
        )
      : null;
    fill(root, sectionHeading(t.projector.heading), h('p', { class: 'lead' }, t.projector.intro), message ? h('p', { class: 'notice notice-error', role: 'alert' }, message) : null, resumeBox, form);
  }

  function begin(v: Saved): void {
    const a = startActor(v);
    if (!a) {
      store(null);
      setup(t.projector.cannotResume);
      return;
    }
    actor?.stop();
    actor = a;
    saved = v;
    store(v);
    fill(root, h('h1', { class: 'offscreen', tabindex: '-1' }, t.projector.heading), stage);
    next();
  }

  /** The turn shown: the one being decided, or (after a decision) the one just decided. */
  function topBar(decided = false): HTMLElement {
    const g = actor!.getSnapshot().context.game;
    const cs = compiled(findScenario(saved!.settings.scenario)!);
    const rec = decided ? [...g.log].reverse().find((r) => r.choice !== null) : g.log[g.log.length - 1];
    return h('div', { class: 'stage-top' },
      h('p', { class: 'stage-when' }, t.common.turnOf(rec?.turn ?? g.turn, cs.lastTurn), rec ? `${t.common.dot}${monthLabel(rec.month)}` : ''),
      meterStrip(cs, g.stats),
      h('div', { class: 'stage-tools' },
        h('button', { type: 'button', class: 'quiet', onClick: () => toggleFullscreen(stage) }, t.projector.fullscreen),
        h('button', { type: 'button', class: 'quiet', onClick: () => { actor?.stop(); actor = null; setup(); } }, t.projector.pause),
      ),
    );
  }

  function next(): void {
    const snap = actor!.getSnapshot();
    const scenario = findScenario(saved!.settings.scenario)!;
    const cs = compiled(scenario);
    const g = snap.context.game;
    if (snap.status === 'done') {
      const replay = recordOf(g, { previews: saved!.settings.previews });
      store(null);
      fill(stage, topBar(), endedStage(cs, g, replay, scenario, {
        onDebrief: () => {
          const r = loadedFromReplay(replay);
          if (r.ok) {
            setLoadedReplay(r.loaded);
            window.location.hash = hashOf('viewer', '', { code: r.loaded.code, theme: 'projector' });
          }
        },
        onNew: () => setup(),
      }));
      focusStage();
      return;
    }
    const rec = g.log[g.log.length - 1]!;
    const open = openChoices(cs, g);
    const opening = rec.briefing.length || rec.briefingNews.length
      ? h('details', { class: 'stage-opening' }, h('summary', null, t.projector.opening(rec.briefing.length)), changesList(cs, rec.briefing), newsList(cs, rec.briefingNews, rec.turn))
      : null;
    fill(stage,
      topBar(),
      h('div', { class: 'stage-grid' },
        h('div', { class: 'stage-card' }, cardBlock(cs, g.card!, 'h2'), opening, advisorsBlock(cs, g.card!, 'h3')),
        h('div', { class: 'stage-side' },
          tallyForm({ cs, game: g, open, previews: saved!.settings.previews, onDecide: (votes) => decide(votes), initial: saved!.draft, onChange: (draft) => {
            saved = { ...saved!, draft };
            store(saved);
          } }),
          h('div', { class: 'stage-meters' }, h('h3', null, t.turn.metersNow), metersBlock(cs, g.stats)),
        ),
      ),
    );
    announce(t.projector.newCard(cs.cardById.get(g.card!)?.title ?? ''));
    focusStage('.tally-input:not([disabled])');
  }

  function decide(votes: Record<string, number>): void {
    const snap = actor!.getSnapshot();
    const cs = compiled(findScenario(saved!.settings.scenario)!);
    const g = snap.context.game;
    const open = openChoices(cs, g);
    if (!snap.can({ type: 'VOTE', votes })) return;
    const tied = tieOf(votes, open);
    // The machine plays the majority (a tie broken by the seed) and records the tally.
    actor!.send({ type: 'VOTE', votes });
    const choice = actor!.getSnapshot().context.game.log.at(-1)!.choice!;
    saved = { settings: saved!.settings, choices: [...saved!.choices, choice], votes: [...saved!.votes, votes] };
    store(saved);
    const after = actor!.getSnapshot().context.game;
    fill(stage, topBar(true), resultStage(cs, after, { choice, votes, tied, onNext: () => {
      actor!.send({ type: 'CONTINUE' });
      next();
    } }));
    focusStage();
  }

  function focusStage(selector = '[data-focus]'): void {
    queueMicrotask(() => stage.querySelector<HTMLElement>(selector)?.focus());
  }

  setup();
  return () => actor?.stop();
};
