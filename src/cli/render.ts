import { type CompiledScenario, type GameState, type TurnRecord, type Change, type News } from '../engine/index.js';
import { causeText, cardTitle, choiceLabel, endingCauseLine, endingWhy, inDanger, monthName as intlMonth, newsText, outcomeEn, previewLine, statName } from '../app/index.js';
import { bar, signed, wrap } from './text.js';

const monthName = (month: string): string => intlMonth(month, 'en', 'short');

export function renderMeters(cs: CompiledScenario, g: GameState): string {
  const rows = ['west', 'russia', 'elites', ...cs.camps, ...cs.data.indicators.map((i) => i.id)];
  const label = (s: string) => (cs.camps.includes(s) ? `  └ ${statName(cs, s)}` : statName(cs, s));
  const width = Math.max(...rows.map((s) => label(s).length));
  return rows
    .map((s) => {
      const v = g.stats[s] ?? 0;
      const warn = inDanger(cs, s, v) ? '  DANGER' : '';
      return `${label(s).padEnd(width)}  ${bar(v)} ${String(v).padStart(3)}${warn}`;
    })
    .join('\n');
}

/** Each change with its cause; a change caused by the decision just shown (`decided`) needs no cause repeated. */
export function renderChanges(cs: CompiledScenario, changes: readonly Change[], decided?: { card: string | null; choice: string | null }): string[] {
  return changes.map((c) => {
    const obvious = c.cause.kind === 'choice' && decided && c.cause.card === decided.card && c.cause.choice === decided.choice;
    return `  ${statName(cs, c.stat)} ${signed(c.delta)} → ${c.after}${obvious ? '' : `   (${causeText(cs, c.cause)})`}`;
  });
}

export function renderNews(cs: CompiledScenario, news: readonly News[], turn: number): string[] {
  return news.map((n) => {
    if (n.kind === 'scheduled') return `  Consequences will follow in ${(n.due ?? turn) - turn} month(s): ${cardTitle(cs, n.card)}.`;
    return `  News: ${newsText(cs, n)}`;
  });
}

export function renderCard(cs: CompiledScenario, g: GameState, open: (choice: string) => boolean, previews: boolean): string {
  const card = cs.cardById.get(g.card!)!;
  const lines = [`${card.title} — ${card.date}`, '', wrap(card.situation), ''];
  if (card.advisors.length) {
    lines.push('Advisors:');
    for (const p of card.advisors) {
      const a = cs.data.advisors.find((x) => x.id === p.advisor);
      const idx = card.choices.findIndex((c) => c.id === p.backs) + 1;
      const camp = a?.camp === 'government' ? 'government' : statName(cs, a?.camp ?? '');
      lines.push(wrap(`${a?.name} (${a?.role}; ${camp}) backs ${idx} (paraphrase): ${p.argues}`, 78, '  '));
    }
    lines.push('');
  }
  card.choices.forEach((c, i) => {
    const preview = previews ? `  [${previewLine(cs, g, card.id, c.id, outcomeEn.marks, ', ')}]` : '';
    lines.push(`  ${i + 1}. ${c.label}${open(c.id) ? '' : '  (not open now)'}${preview}`);
    if (c.detail) lines.push(wrap(c.detail, 78, '     '));
  });
  return lines.join('\n');
}

/** One turn of the timeline, as the replay command and the end of a game print it. */
export function renderTurn(cs: CompiledScenario, r: TurnRecord): string {
  const lines = [`Turn ${r.turn}, ${monthName(r.month)}: ${r.card ? `${cardTitle(cs, r.card)} → ${choiceLabel(cs, r.card, r.choice)}` : 'a quiet month'}`];
  lines.push(...renderChanges(cs, r.briefing), ...renderNews(cs, r.briefingNews, r.turn));
  lines.push(...renderChanges(cs, r.changes, r), ...renderNews(cs, r.news, r.turn));
  return lines.join('\n');
}

export function renderEnding(cs: CompiledScenario, g: GameState): string {
  const ending = cs.endingById.get(g.ending!.id)!;
  const lines = [`ENDING: ${ending.title}`, '', wrap(ending.text), ''];
  const why = endingWhy(cs, g, outcomeEn);
  const section = (heading: string, items: string[]): void => {
    if (items.length) lines.push(heading, ...items.map((l) => wrap(l, 78, '  ')), '');
  };
  section('Why this ending:', why.met);
  section('Verdicts missed:', why.missed);
  section('What led here:', g.ending!.causes.map((c) => endingCauseLine(cs, c, outcomeEn)));
  lines.push(wrap(`In history: ${ending.history.text}`), `Sources: ${ending.history.sources.map((id) => cs.data.sources.find((s) => s.id === id)?.title ?? id).join('; ')}`);
  return lines.join('\n');
}

export { monthName };
