import { type CompiledScenario, type GameState } from '../../engine';
import { endingCauseLine, endingWhy } from '../../app';
import { monthLabel } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { sourcesList } from './turn-parts';

// How a game ended: the ending's text, which conditions were met or missed, the largest causes behind it, and
// what happened in history (worded as the game and the CLI word them: src/app/ending-why.ts).

type Level = 'h2' | 'h3';

export function endingTitle(cs: CompiledScenario, g: GameState): string {
  return g.ending ? (cs.endingById.get(g.ending.id)?.title ?? g.ending.id) : t.ending.unfinished;
}

export function endingBlock(cs: CompiledScenario, g: GameState, level: Level = 'h2', opts: { history?: boolean; why?: boolean } = {}): HTMLElement {
  if (!g.ending) return h('div', { class: 'ending' }, h(level, null, t.ending.unfinished), h('p', { class: 'muted' }, t.ending.unfinishedHelp(g.turn)));
  const e = cs.endingById.get(g.ending.id);
  const sub = level === 'h2' ? 'h3' : 'h4';
  // The conditions met and missed: on screen and on the projector; the two-page handout and the side-by-side
  // comparison leave them out.
  const why = opts.why === false ? { met: [], missed: [] } : endingWhy(cs, g, t.outcome);
  return h('div', { class: `ending ending-${g.ending.kind}` },
    h('p', { class: 'ending-kind' }, t.ending.kind(g.ending.kind, g.ending.turn, monthLabel(g.log.find((r) => r.turn === g.ending!.turn)?.month ?? ''))),
    h(level, { class: 'ending-title' }, e?.title ?? g.ending.id),
    e ? h('p', { class: 'ending-text' }, e.text) : null,
    why.met.length ? [h(sub, null, t.ending.why), h('ul', { class: 'causes ending-met' }, why.met.map((l) => h('li', null, l)))] : null,
    why.missed.length ? [h(sub, null, t.ending.missed), h('ul', { class: 'causes ending-missed' }, why.missed.map((l) => h('li', null, l)))] : null,
    g.ending.causes.length
      ? [h(sub, null, t.ending.ledHere), h('ul', { class: 'causes' }, g.ending.causes.map((c) => h('li', null, endingCauseLine(cs, c, t.outcome))))]
      : null,
    e && opts.history !== false
      ? h('div', { class: 'history' }, h(sub, null, t.ending.inHistory), h('p', null, e.history.text), sourcesList(cs, e.history.sources))
      : null,
  );
}
