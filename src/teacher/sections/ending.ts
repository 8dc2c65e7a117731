import { type CompiledScenario, type GameState } from '../../engine';
import { cardTitle, choiceLabel, driftReason, effectNews, statName } from '../../app';
import { monthLabel, signed } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { sourcesList } from './turn-parts';

// How a game ended: the ending's text, the largest causes behind it, and what happened in history.

type Level = 'h2' | 'h3';

export function endingTitle(cs: CompiledScenario, g: GameState): string {
  return g.ending ? (cs.endingById.get(g.ending.id)?.title ?? g.ending.id) : t.ending.unfinished;
}

export function endingBlock(cs: CompiledScenario, g: GameState, level: Level = 'h2', opts: { history?: boolean } = {}): HTMLElement {
  if (!g.ending) return h('div', { class: 'ending' }, h(level, null, t.ending.unfinished), h('p', { class: 'muted' }, t.ending.unfinishedHelp(g.turn)));
  const e = cs.endingById.get(g.ending.id);
  const sub = level === 'h2' ? 'h3' : 'h4';
  return h('div', { class: `ending ending-${g.ending.kind}` },
    h('p', { class: 'ending-kind' }, t.ending.kind(g.ending.kind, g.ending.turn, monthLabel(g.log.find((r) => r.turn === g.ending!.turn)?.month ?? ''))),
    h(level, { class: 'ending-title' }, e?.title ?? g.ending.id),
    e ? h('p', { class: 'ending-text' }, e.text) : null,
    g.ending.causes.length
      ? [
          h(sub, null, t.ending.ledHere),
          h('ul', { class: 'causes' }, g.ending.causes.map((c) => {
            const what = c.card
              ? `${cardTitle(cs, c.card)}: ${choiceLabel(cs, c.card, c.choice)}${c.cause !== 'choice' && c.effect ? ` \u2014 ${effectNews(cs, c.effect)}` : ''}`
              : t.ending.monthByMonth(driftReason(cs, c.effect));
            return h('li', null, h('strong', null, `${statName(cs, c.stat)} ${signed(c.delta)}`), ` \u2014 ${what}`);
          })),
        ]
      : null,
    e && opts.history !== false
      ? h('div', { class: 'history' }, h(sub, null, t.ending.inHistory), h('p', null, e.history.text), sourcesList(cs, e.history.sources))
      : null,
  );
}
