import { topChoices, type Change, type CompiledScenario, type News, type TrackChange } from '../../engine';
import { causeText, choiceLabel, inDanger, newsText, statName } from '../../app';
import { advisorOf, allStats, isTension, METERS, signed, sourceOf } from '../data';
import { type Child, h } from '../../app/dom';
import { t } from '../i18n';

// Pieces of a turn, shared by the viewer, the play-on panel, the projector and the printed debrief.

type Level = 'h2' | 'h3' | 'h4';

export function cardBlock(cs: CompiledScenario, cardId: string, level: Level = 'h3'): HTMLElement {
  const card = cs.cardById.get(cardId);
  if (!card) return h('p', null, cardId);
  return h('div', { class: 'card-block' },
    h(level, { class: 'card-title' }, card.title),
    h('p', { class: 'card-date' }, card.date),
    h('p', { class: 'card-situation' }, card.situation),
  );
}

/** The advisors on a card: who they are, which option they back and their (paraphrased) argument. */
export function advisorsBlock(cs: CompiledScenario, cardId: string, level: Level = 'h3'): HTMLElement | null {
  const card = cs.cardById.get(cardId);
  if (!card?.advisors.length) return null;
  return h('div', { class: 'advisors' },
    h(level, null, t.turn.advisors),
    h('ul', { class: 'advisor-list' }, card.advisors.map((p) => {
      const a = advisorOf(cs, p.advisor);
      const camp = !a ? '' : a.camp === 'government' ? t.turn.government : statName(cs, a.camp);
      const n = card.choices.findIndex((c) => c.id === p.backs) + 1;
      return h('li', null,
        h('p', { class: 'advisor-who' }, h('strong', null, a?.name ?? p.advisor), a ? h('span', { class: 'muted' }, ` \u2014 ${a.role}${camp ? `${t.common.semi}${camp}` : ''}`) : null),
        h('p', { class: 'advisor-backs' }, t.turn.backs(n, choiceLabel(cs, cardId, p.backs))),
        h('p', { class: 'advisor-argues' }, t.turn.paraphrase(p.argues)),
      );
    })),
  );
}

/** One change: "West ▲ +4 → 46", then its cause unless it is the decision just shown. */
export function changeItem(cs: CompiledScenario, c: Change, decided?: { card: string | null; choice: string | null }): HTMLElement {
  const up = c.delta > 0;
  const tone = isTension(cs, c.stat) ? (up ? 'worse' : 'better') : 'neutral';
  const obvious = c.cause.kind === 'choice' && decided && c.cause.card === decided.card && c.cause.choice === decided.choice;
  return h('li', { class: `change ${tone}` },
    h('span', { class: 'change-stat' }, statName(cs, c.stat)),
    h('span', { class: 'change-delta' }, h('span', { 'aria-hidden': 'true' }, up ? '\u25B2 ' : '\u25BC '), signed(c.delta)),
    h('span', { class: 'change-after' }, t.turn.after(c.after)),
    obvious ? null : h('span', { class: 'change-cause' }, t.turn.cause(c.cause.kind, causeText(cs, c.cause))),
  );
}

export function changesList(cs: CompiledScenario, changes: readonly Change[], decided?: { card: string | null; choice: string | null }): HTMLElement {
  if (!changes.length) return h('p', { class: 'muted' }, t.turn.noChanges);
  return h('ul', { class: 'changes' }, changes.map((c) => changeItem(cs, c, decided)));
}

export function tracksList(cs: CompiledScenario, changes: readonly TrackChange[]): HTMLElement | null {
  if (!changes.length) return null;
  const name = (track: string, state: string) => cs.data.tracks.find((x) => x.id === track)?.states.find((s) => s.id === state)?.name ?? state;
  return h('ul', { class: 'tracks' }, changes.map((c) =>
    h('li', null, t.turn.track(cs.data.tracks.find((x) => x.id === c.track)?.name ?? c.track, name(c.track, c.from), name(c.track, c.to))),
  ));
}

export function newsList(cs: CompiledScenario, news: readonly News[], turn: number): HTMLElement | null {
  const items = news
    .map((n) => (n.kind === 'scheduled' ? t.turn.scheduled((n.due ?? turn) - turn, cs.cardById.get(n.card)?.title ?? n.card) : newsText(cs, n)))
    .filter((x) => x);
  if (!items.length) return null;
  return h('ul', { class: 'news' }, items.map((x) => h('li', null, x)));
}

/** Bars for each stat after a turn; stats in their danger zone (the engine's) are marked in words too. */
export function metersBlock(cs: CompiledScenario, stats: Record<string, number>, previous?: Record<string, number>): HTMLElement {
  const rows = allStats(cs).map((stat) => {
    const v = stats[stat] ?? 0;
    const prev = previous?.[stat];
    const danger = inDanger(cs, stat, v);
    const main = (METERS as readonly string[]).includes(stat);
    const delta = prev === undefined || prev === v ? null : v - prev;
    return h('div', { class: `meter ${main ? 'meter-main' : 'meter-minor'} ${cs.camps.includes(stat) ? 'meter-camp' : ''} ${danger ? 'is-danger' : ''}`, 'data-stat': stat },
      h('span', { class: 'meter-name' }, statName(cs, stat)),
      h('span', { class: 'meter-track', 'aria-hidden': 'true' }, h('span', { class: `meter-fill stat-${stat}`, style: `inline-size:${Math.max(0, Math.min(100, v))}%` })),
      h('span', { class: 'meter-value' }, String(v), delta !== null ? h('span', { class: 'meter-delta' }, ` (${signed(delta)})`) : null),
      danger ? h('span', { class: 'meter-flag' }, isTension(cs, stat) ? t.turn.danger : t.turn.lowEconomy) : h('span', { class: 'meter-flag' }),
    );
  });
  return h('div', { class: 'meters', role: 'group', 'aria-label': t.turn.meters }, rows);
}

/** The three tension meters in one line, for the projector's top bar (always on screen). */
export function meterStrip(cs: CompiledScenario, stats: Record<string, number>): HTMLElement {
  return h('div', { class: 'meter-strip', 'data-testid': 'meter-strip', role: 'group', 'aria-label': t.turn.meters }, METERS.map((stat) => {
    const v = stats[stat] ?? 0;
    return h('span', { class: `strip-meter${inDanger(cs, stat, v) ? ' is-danger' : ''}` },
      h('span', { class: 'strip-name' }, statName(cs, stat)),
      h('span', { class: 'strip-track', 'aria-hidden': 'true' }, h('span', { class: `meter-fill stat-${stat}`, style: `inline-size:${Math.max(0, Math.min(100, v))}%` })),
      h('span', { class: 'strip-value' }, String(v)),
    );
  }));
}

export function sourcesList(cs: CompiledScenario, ids: readonly string[]): HTMLElement {
  return h('ul', { class: 'sources' }, ids.map((id) => {
    const src = sourceOf(cs, id);
    return h('li', null, src.url ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, src.title) : src.title, h('span', { class: 'muted source-id' }, ` [${cs.data.sources.findIndex((x) => x.id === id) + 1 || '?'}]`));
  }));
}

/** What Tehran actually did on this card (or what the record shows, on a claim card), beside the choice made in the game. */
export function historyBlock(cs: CompiledScenario, cardId: string, made: string | null, level: Level = 'h3'): HTMLElement | null {
  const card = cs.cardById.get(cardId);
  if (!card) return null;
  const hist = card.history;
  let verdict: Child = null;
  if (hist.choice && made) {
    const same = hist.choice === made;
    const claim = hist.choiceIs === 'claim';
    verdict = h('p', { class: `history-verdict ${same ? 'same' : 'different'}` }, claim ? t.turn.closestToClaim(choiceLabel(cs, cardId, hist.choice), same) : same ? t.turn.sameAsTehran : t.turn.differentFromTehran(choiceLabel(cs, cardId, hist.choice)));
  } else if (!hist.choice) verdict = h('p', { class: 'history-verdict' }, t.turn.noHistoricalChoice);
  return h('div', { class: 'history' },
    h(level, null, hist.choice && hist.choiceIs === 'claim' ? t.turn.recordShows : t.turn.history),
    verdict,
    h('p', null, hist.text),
    card.quotes?.length
      ? h('p', { class: 'history-quotes muted' }, t.turn.quotesLabel, ' ', card.quotes.map((q) => t.turn.quoteLine(q.text, q.by, q.date, cs.data.sources.findIndex((x) => x.id === q.source) + 1)).join(t.common.semi))
      : null,
    h('p', { class: 'sources-label' }, t.turn.sources),
    sourcesList(cs, hist.sources),
  );
}

/** Who won a class vote: true when the top count was shared, so that the seed broke the tie. */
export const tieOf = (votes: Record<string, number>, open?: readonly string[]): string[] => topChoices(votes, open);

/** The class vote that decided a turn: counts per option, the winner marked in words. */
export function votesBlock(cs: CompiledScenario, cardId: string, votes: Record<string, number>, chosen: string, level: Level = 'h3', showTie = true): HTMLElement {
  const card = cs.cardById.get(cardId);
  const total = Object.values(votes).reduce((a, b) => a + b, 0);
  const tied = tieOf(votes);
  return h('div', { class: 'votes-block' },
    h(level, null, t.turn.classVote(total)),
    h('ul', { class: 'vote-list' }, (card?.choices ?? []).map((c) =>
      h('li', { class: c.id === chosen ? 'is-chosen' : '' },
        h('span', { class: 'vote-label' }, c.label),
        h('span', { class: 'vote-count' }, t.common.votes(votes[c.id] ?? 0)),
        c.id === chosen ? h('span', { class: 'vote-mark' }, t.turn.decided) : null,
      ),
    )),
    showTie && tied.length > 1 ? h('p', { class: 'tie-note' }, t.turn.tieBroken(tied.map((c) => choiceLabel(cs, cardId, c)), choiceLabel(cs, cardId, chosen))) : null,
  );
}
