import type { GameActor, GameState } from '../../engine';
import { branchAt } from '../../analysis';
import { previewLine } from '../../app';
import { decisionsOf, monthLabel, type Loaded } from '../data';
import { fill, h } from '../../app/dom';
import { announce } from '../dom';
import { t } from '../i18n';
import { advisorsBlock, cardBlock, changesList, metersBlock, newsList, tracksList } from './turn-parts';

// Play on from a changed decision by hand: the engine's branch actor, one card at a time, to the end.

export function playOnPanel(l: Loaded, index: number, choice: string, onDone: (game: GameState, changedTurn: number) => void): HTMLElement {
  const changedTurn = decisionsOf(l.game)[index]!.turn;
  const actor: GameActor | null = branchAt(l.scenario, l.game, index, choice, l.record.settings);
  const panel = h('section', { class: 'panel play-on', 'aria-labelledby': 'play-on-h' });
  if (!actor) {
    panel.append(h('h2', { id: 'play-on-h', tabindex: '-1' }, t.playOn.heading), h('p', null, t.whatif.failed));
    return panel;
  }
  const previews = l.record.settings.previews === true;

  function consequences(): void {
    const g = actor!.getSnapshot().context.game;
    const rec = [...g.log].reverse().find((r) => r.choice !== null)!;
    const choiceData = l.cs.choiceById.get(rec.card!)?.get(rec.choice!);
    const idx = g.log.indexOf(rec);
    const before = idx > 0 ? g.log[idx - 1]!.stats : g.start;
    const done = actor!.getSnapshot().can({ type: 'CONTINUE' });
    fill(panel,
      h('h2', { id: 'play-on-h', tabindex: '-1' }, t.playOn.consequences(rec.turn, monthLabel(rec.month))),
      h('p', null, h('span', { class: 'muted' }, t.turn.chose), ' ', h('strong', null, choiceData?.label ?? rec.choice)),
      choiceData ? h('p', { class: 'outcome' }, choiceData.outcome) : null,
      changesList(l.cs, rec.changes, rec),
      tracksList(l.cs, rec.trackChanges),
      newsList(l.cs, rec.news, rec.turn),
      metersBlock(l.cs, rec.stats, before),
      h('div', { class: 'actions' }, h('button', { type: 'button', onClick: next, disabled: !done }, g.ending ? t.playOn.seeEnd : t.playOn.nextMonth)),
    );
    focusHeading();
  }

  function next(): void {
    actor!.send({ type: 'CONTINUE' });
    const snap = actor!.getSnapshot();
    if (snap.status === 'done') {
      const game = snap.context.game;
      actor!.stop();
      announce(t.playOn.over);
      onDone(game, changedTurn);
      return;
    }
    decision();
  }

  function decision(): void {
    const snap = actor!.getSnapshot();
    const g = snap.context.game;
    const card = l.cs.cardById.get(g.card!)!;
    const rec = g.log[g.log.length - 1]!;
    const opening = rec.briefing.length ? [h('h3', null, t.turn.opening), changesList(l.cs, rec.briefing), newsList(l.cs, rec.briefingNews, rec.turn)] : [];
    fill(panel,
      h('h2', { id: 'play-on-h', tabindex: '-1' }, t.playOn.decide(g.turn, monthLabel(rec.month))),
      opening,
      cardBlock(l.cs, card.id, 'h3'),
      advisorsBlock(l.cs, card.id, 'h3') ?? '',
      h('h3', null, t.playOn.yourChoice),
      h('ul', { class: 'choice-buttons' }, card.choices.map((c, k) => {
        const open = snap.can({ type: 'CHOOSE', choice: c.id });
        const hint = previews && open ? previewLine(l.cs, g, card.id, c.id, t.outcome.marks, t.common.dot) : '';
        return h('li', null, h('button', {
          type: 'button', class: 'choice-button', disabled: !open,
          onClick: () => {
            actor!.send({ type: 'CHOOSE', choice: c.id });
            consequences();
          },
        }, h('span', { class: 'choice-n' }, String(k + 1)), h('span', { class: 'choice-text' }, h('span', null, c.label), c.detail ? h('span', { class: 'choice-detail' }, c.detail) : null, !open ? h('span', { class: 'choice-detail' }, t.whatif.notOpenNow) : null, hint ? h('span', { class: 'choice-detail' }, t.playOn.likely(hint)) : null)));
      })),
      h('h3', null, t.turn.metersNow),
      metersBlock(l.cs, g.stats),
    );
    focusHeading();
  }

  function focusHeading(): void {
    queueMicrotask(() => panel.querySelector<HTMLElement>('#play-on-h')?.focus());
  }

  consequences();
  return panel;
}
