import { type CompiledScenario } from '../../engine';
import { statName } from '../../app';
import { t } from '../i18n';
import { tensionWord, type CardView, type ChangeLine, type ChoiceView } from '../view-model';
import type { Section } from './dom-mirror';

// The turn screen in words, for the hidden HTML layer.

export function statusSection(cs: CompiledScenario, stats: Record<string, number>, tracks: Record<string, string>): Section {
  const tension = ['west', 'russia', 'elites', ...cs.camps].map((s) => t.meter.of100(statName(cs, s), stats[s] ?? 0, tensionWord(stats[s] ?? 0)));
  const indicators = cs.data.indicators.map((i) => t.fmt.valueLine(i.name, stats[i.id] ?? 0));
  const trackLines = cs.data.tracks.map((tr) => t.fmt.valueLine(tr.name, tr.states.find((s) => s.id === tracks[tr.id])?.name ?? tracks[tr.id] ?? ''));
  return { id: 'sb-status', heading: t.turn.meters, lines: [...tension, ...indicators, ...trackLines] };
}

export function cardSections(card: CardView, briefing: string[], theme = ''): Section[] {
  const out: Section[] = [];
  if (briefing.length) out.push({ id: 'sb-briefing', heading: t.turn.briefing, lines: briefing });
  // The theme icon's meaning in words (the icon never carries it alone).
  out.push({ id: 'sb-card', heading: card.title, lines: [theme ? `${card.date}${t.sep}${theme}` : card.date, card.situation] });
  if (card.advisors.length)
    out.push({
      id: 'sb-advisors',
      heading: t.turn.advisors,
      lines: card.advisors.map((a) => t.fmt.advisor(a.name, a.role, a.camp, a.backs ? t.turn.backs(a.backs, a.backsLabel) : t.turn.backsNone, a.argues)),
    });
  return out;
}

/** The accessible description of a choice button: its detail, who backs it, and the preview when shown. */
export function choiceDescription(c: ChoiceView, previews: boolean): string {
  const parts = [c.detail];
  if (!c.open) parts.push(t.turn.closedWhy);
  if (c.backers.length) parts.push(t.turn.backedBy(t.turn.list(c.backers)));
  if (previews && c.open) parts.push(`${t.turn.previewHeading}: ${t.turn.list(c.preview.map((p) => (p.up ? t.meter.previewUp : t.meter.previewDown)(p.name, p.sharp, p.uncertain))) || t.turn.noEffects}`);
  return parts.filter(Boolean).map(sentence).join(' ');
}

/** Ends a phrase with a full stop unless it already ends a sentence. */
export const sentence = (s: string): string => (/[.!?\u2026:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function changeSentence(c: ChangeLine): string {
  const moved = c.delta > 0 ? t.meter.rises(c.name, c.delta) : t.meter.falls(c.name, -c.delta);
  return t.meter.sentence(moved, c.after, c.cause || t.outcome.cause[c.kind]);
}
