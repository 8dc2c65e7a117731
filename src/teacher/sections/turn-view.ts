import { type CompiledScenario, type GameState } from '../../engine';
import { choiceLabel } from '../../app';
import { monthLabel } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { endingBlock } from './ending';
import { advisorsBlock, cardBlock, changesList, historyBlock, metersBlock, newsList, tracksList, votesBlock } from './turn-parts';

// One turn of a recorded game: the month's opening, the card and its advisors, the decision (and class vote),
// the itemised consequences, the meters after, and what Tehran actually did.

export function turnView(cs: CompiledScenario, g: GameState, index: number): HTMLElement {
  const r = g.log[index]!;
  const before = index > 0 ? g.log[index - 1]!.stats : g.start;
  const last = index === g.log.length - 1;
  const main = h('div', { class: 'turn-main' });
  const aside = h('div', { class: 'turn-aside' });

  const opening = [...r.briefing];
  const openingNews = newsList(cs, r.briefingNews, r.turn);
  const openingTracks = tracksList(cs, r.briefingTracks);
  if (opening.length || openingNews || openingTracks) {
    main.append(h('section', { class: 'turn-part opening' },
      h('h3', null, t.turn.opening),
      opening.length ? changesList(cs, opening) : null,
      openingTracks,
      openingNews,
    ));
  }

  if (r.card) {
    const choice = r.choice ? cs.choiceById.get(r.card)?.get(r.choice) : undefined;
    main.append(
      h('section', { class: 'turn-part card-part' }, cardBlock(cs, r.card, 'h3')),
      advisorsBlock(cs, r.card, 'h3') ?? '',
      h('section', { class: 'turn-part decision' },
        h('h3', null, t.turn.decision),
        h('p', { class: 'decision-choice' }, h('span', { class: 'muted' }, t.turn.chose), ' ', h('strong', { 'data-testid': 'chosen' }, choiceLabel(cs, r.card, r.choice))),
        choice?.detail ? h('p', { class: 'muted' }, choice.detail) : null,
        r.votes && r.choice ? votesBlock(cs, r.card, r.votes, r.choice, 'h4') : null,
        choice ? h('p', { class: 'outcome' }, choice.outcome) : null,
      ),
      h('section', { class: 'turn-part consequences' },
        h('h3', null, t.turn.consequences),
        changesList(cs, r.changes, r),
        tracksList(cs, r.trackChanges),
        newsList(cs, r.news, r.turn),
      ),
    );
  } else {
    main.append(h('p', { class: 'quiet-month' }, last && g.ending ? t.turn.endedAtOpening : t.turn.quietMonth));
  }

  aside.append(h('section', { class: 'turn-part' }, h('h3', null, t.turn.metersAfter), metersBlock(cs, r.stats, before)));
  if (r.card) aside.append(h('section', { class: 'turn-part' }, historyBlock(cs, r.card, r.choice, 'h3') ?? ''));

  return h('article', { class: 'turn', 'aria-labelledby': 'turn-h', 'data-turn': String(r.turn) },
    h('h2', { id: 'turn-h', class: 'turn-heading', tabindex: '-1' }, t.turn.heading(r.turn, g.turn, monthLabel(r.month))),
    h('div', { class: 'turn-grid' }, main, aside),
    last ? h('section', { class: 'turn-part ending-part' }, endingBlock(cs, g, 'h2')) : null,
  );
}
