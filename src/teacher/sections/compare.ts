import { type CompiledScenario, type GameState } from '../../engine';
import { cardsDivergeAt } from '../../analysis';
import { cardTitle, choiceLabel, statName } from '../../app';
import { compareChart } from '../charts/game-charts';
import { METERS, monthLabel } from '../data';
import { h } from '../../app/dom';
import { t } from '../i18n';
import { endingBlock } from './ending';

// Two futures side by side: where they part, the meters of both on one chart, both endings, and a
// month-by-month table of the cards and choices.

function cell(cs: CompiledScenario, g: GameState, turn: number): string {
  const r = g.log.find((x) => x.turn === turn);
  if (!r) return t.compare.over;
  if (!r.card) return r === g.log[g.log.length - 1] && g.ending ? t.compare.endedAtOpening : t.compare.quiet;
  return `${cardTitle(cs, r.card)}: ${choiceLabel(cs, r.card, r.choice) || '\u2013'}`;
}

export function comparison(cs: CompiledScenario, a: GameState, b: GameState, changedTurn: number, names: [string, string]): HTMLElement {
  const diverge = cardsDivergeAt(a, b, changedTurn);
  const changed = a.log.find((r) => r.turn === changedTurn);
  const other = b.log.find((r) => r.turn === changedTurn);
  const month = (turn: number) => monthLabel(a.log.find((r) => r.turn === turn)?.month ?? b.log.find((r) => r.turn === turn)?.month ?? '');
  const sameEnding = a.ending?.id === b.ending?.id;

  const parts = h('ul', { class: 'diverge' },
    h('li', { 'data-testid': 'changed-turn' },
      h('strong', null, t.compare.changedAt(changedTurn, month(changedTurn))), ' ',
      changed?.card ? t.compare.changedWhat(cardTitle(cs, changed.card), choiceLabel(cs, changed.card, changed.choice), choiceLabel(cs, changed.card, other?.choice ?? null)) : null,
    ),
    h('li', { 'data-testid': 'diverge-turn' }, diverge === null
      ? t.compare.neverDiffer
      : [h('strong', null, t.compare.differAt(diverge, month(diverge))), ' ', t.compare.differWhat(names[0], cell(cs, a, diverge), names[1], cell(cs, b, diverge))]),
    h('li', null, sameEnding ? t.compare.sameEnding : t.compare.otherEnding),
  );

  const finals = (g: GameState) => h('p', { class: 'finals' }, METERS.map((m) => `${statName(cs, m)} ${g.stats[m] ?? 0}`).join(' \u00B7 '));
  const column = (g: GameState, name: string, cls: string) =>
    h('section', { class: `future ${cls}`, 'aria-label': name },
      h('h3', { class: 'future-name' }, h('span', { class: 'line-sample', 'aria-hidden': 'true' }), name),
      endingBlock(cs, g, 'h3', { history: false, why: false }),
      h('p', { class: 'muted' }, t.compare.finalMeters),
      finals(g),
    );

  const last = Math.max(a.turn, b.turn);
  const rows = [];
  for (let turn = 1; turn <= last; turn++) {
    const x = cell(cs, a, turn);
    const y = cell(cs, b, turn);
    rows.push(h('tr', { class: turn === changedTurn ? 'is-changed' : x !== y ? 'is-different' : '' },
      h('th', { scope: 'row' }, `${turn} \u00B7 ${month(turn)}`),
      h('td', null, x),
      h('td', null, x !== y ? h('span', { class: 'diff-mark' }, h('span', { 'aria-hidden': 'true' }, '\u2260 '), h('span', { class: 'offscreen' }, t.compare.differs)) : null, y),
    ));
  }

  return h('div', { class: 'comparison' },
    h('h3', null, t.compare.whereHeading),
    parts,
    compareChart(cs, a, b, names, changedTurn, diverge),
    h('div', { class: 'futures' }, column(a, names[0], 'future-a'), column(b, names[1], 'future-b')),
    h('details', { class: 'month-table' },
      h('summary', null, t.compare.monthByMonth),
      h('table', { class: 'data' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.compare.month), h('th', { scope: 'col' }, names[0]), h('th', { scope: 'col' }, names[1]))),
        h('tbody', null, rows),
      ),
    ),
  );
}
