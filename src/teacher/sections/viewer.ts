import { loadReplayText, type Loaded } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { analysisWords as aw } from '../i18n/analysis';
import { hashOf, replaceHash, type Section } from '../router';
import { loadedReplay, setLoadedReplay } from '../state';
import { sectionHeading } from '../widgets/fields';
import { debriefView, studentOf } from './debrief';
import { endingTitle } from './ending';
import { loaderPanel, refusalBox } from './loader';
import { stepper } from './stepper';
import { whatIfView } from './whatif';
import { analysisView, settingsFrom } from './analysis-view';

// The replay viewer: open a replay (code, file, link), then step through it, ask "what if", or print the debrief.
// #viewer?code=SB2…&turn=3 · #viewer/whatif?code=… · #viewer/analysis?code=… · #viewer/debrief?code=…

const SUBS = ['', 'whatif', 'analysis', 'debrief'] as const;
type Sub = (typeof SUBS)[number];

const link = (theme: Record<string, string>) => (sub: Sub, l: Loaded, extra: Record<string, string> = {}) =>
  hashOf('viewer', sub, { code: l.code, ...(l.student ? { student: l.student } : {}), ...theme, ...extra });

function summary(l: Loaded): HTMLElement {
  const diff = l.scenario.difficulties.find((d) => d.id === l.record.difficulty)?.name ?? l.record.difficulty;
  const voted = l.game.log.some((r) => r.votes);
  const item = (term: string, value: string, testid?: string, dir?: 'ltr') => h('div', null, h('dt', null, term), h('dd', { 'data-testid': testid ?? null, dir: dir ?? null }, value));
  const student = studentOf(l);
  return h('dl', { class: 'summary', 'aria-label': t.viewer.summary },
    student ? item(t.viewer.student, student, 'student') : null,
    item(t.viewer.scenario, l.scenario.title),
    // The seed as typed, left to right in every language.
    item(t.viewer.seed, l.record.seed, undefined, 'ltr'),
    item(t.viewer.difficulty, diff),
    item(t.viewer.decisions, String(l.record.decisions.length)),
    item(t.viewer.ending, endingTitle(l.cs, l.game), 'ending'),
    voted ? item(t.viewer.mode, t.viewer.classVote) : null,
    h('div', { class: 'verified' }, h('dt', null, t.viewer.check), h('dd', null, h('span', { 'aria-hidden': 'true' }, '\u2714\uFE0E '), t.viewer.verified)),
  );
}

export const viewerSection: Section = (root, at) => {
  const sub: Sub = (SUBS as readonly string[]).includes(at.sub) ? (at.sub as Sub) : '';
  // The projector's debrief: the same viewer in the projector's theme (large type, light on dark).
  const projector = at.params.get('theme') === 'projector';
  const linkFor = link(projector ? { theme: 'projector' } : {});
  if (projector) root.classList.add('stage', 'viewer-stage');
  const cleanups: (() => void)[] = [];
  let early: HTMLElement | null = null;

  const code = at.params.get('code');
  if (code !== null && code.trim() !== loadedReplay()?.code) {
    const r = loadReplayText(code);
    const student = at.params.get('student')?.trim().slice(0, 60);
    if (r.ok) setLoadedReplay(student ? { ...r.loaded, student } : r.loaded);
    else early = refusalBox(r.kind, r.message, t.viewer.fromLink, loadedReplay() !== null);
  }

  let viewedTurn = Math.max(1, Math.floor(Number(at.params.get('turn') ?? 1)) || 1);
  const turnParam = (turn: number): Record<string, string> => (turn > 1 ? { turn: String(turn) } : {});

  function draw(): void {
    cleanups.splice(0).forEach((c) => c());
    const l = loadedReplay();
    const { panel } = loaderPanel({
      hasOpen: l !== null,
      dropOn: root,
      onLoaded: (next) => {
        setLoadedReplay(next);
        early = null;
        replaceHash(linkFor(sub, next));
        draw();
        root.querySelector<HTMLElement>('.summary')?.setAttribute('tabindex', '-1');
        root.querySelector<HTMLElement>('.summary')?.focus();
      },
    });
    if (early) panel.append(early);
    root.replaceChildren(sectionHeading(t.viewer.heading));
    if (!l) {
      root.append(h('p', { class: 'lead' }, t.viewer.intro), panel);
      return;
    }
    const other = h('details', { class: 'loader-details', open: early !== null }, h('summary', null, t.viewer.openAnother), panel);
    // The tabs carry the turn being looked at, so that "What if" starts there.
    const tabLinks = SUBS.map((s) => h('a', { href: linkFor(s, l, turnParam(viewedTurn)), 'aria-current': s === sub ? 'page' : null }, s === 'analysis' ? aw.tab : t.viewer.sub[s === '' ? 'turns' : s]));
    const retarget = () => tabLinks.forEach((a, k) => a.setAttribute('href', linkFor(SUBS[k]!, l, turnParam(viewedTurn))));
    const tabs = h('nav', { class: 'subnav', 'aria-label': t.viewer.views }, h('ul', null, tabLinks.map((a) => h('li', null, a))));
    root.append(summary(l), other, tabs);
    if (sub === '') {
      const st = stepper(l, viewedTurn, (turn) => {
        viewedTurn = turn;
        replaceHash(linkFor('', l, turnParam(turn)));
        retarget();
      });
      cleanups.push(st.cleanup);
      root.append(st.el);
    } else if (sub === 'whatif') {
      const w = whatIfView(l, {
        turn: viewedTurn,
        choice: at.params.get('choice') ?? undefined,
        how: at.params.get('how') ?? undefined,
        ran: at.params.get('run') === '1',
      }, (state) => {
        viewedTurn = state.turn;
        replaceHash(linkFor('whatif', l, { ...turnParam(state.turn), ...(state.choice ? { choice: state.choice } : {}), ...(state.how ? { how: state.how } : {}), ...(state.ran ? { run: '1' } : {}) }));
        retarget();
      });
      if (w.cleanup) cleanups.push(w.cleanup);
      root.append(w.el);
    } else if (sub === 'analysis') {
      const a = analysisView(l, settingsFrom(at.params.get('policy'), at.params.get('futures')), (s) => replaceHash(linkFor('analysis', l, { policy: s.policy, futures: String(s.futures) })));
      cleanups.push(a.cleanup);
      root.append(a.el);
    } else root.append(debriefView(l));
  }

  draw();
  return () => cleanups.splice(0).forEach((c) => c());
};
