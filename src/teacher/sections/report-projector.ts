import { type CompiledScenario } from '../../engine';
import { type CardReport, type ClassReport } from '../../analysis';
import { monthLabel } from '../data';
import { h } from '../../app/dom';
import { isTyping } from '../dom';
import { t } from '../i18n';

// The class report on the projector (#report/projector): large type, one question at a time — how the games
// ended, where the class split most, where it differed most from Tehran — paged with the keyboard.

const w = t.classReport;
const pct = (n: number, d: number) => (d ? Math.round((n / d) * 100) : 0);

/** `mark`: "record" is what Tehran did (★); "claim" is the option closest to a reported, unconfirmed claim (in words, no star). */
function bars(rows: { label: string; count: number; total: number; mark?: 'record' | 'claim' | null; names?: string }[]): HTMLElement {
  return h('ul', { class: 'pj-bars' }, rows.map((r) => h('li', { class: r.mark === 'record' ? 'is-historical' : r.mark === 'claim' ? 'is-claim' : '' },
    h('span', { class: 'pj-label' }, r.mark === 'record' ? h('span', { 'aria-hidden': 'true' }, '\u2605 ') : null, r.label,
      r.mark === 'claim' ? h('span', { class: 'pj-claim' }, ` (${w.pjClaimMark})`) : null),
    h('span', { class: 'pj-bar', 'aria-hidden': 'true' }, h('span', { style: `inline-size:${pct(r.count, r.total)}%` })),
    h('span', { class: 'pj-value' }, `${r.count} (${pct(r.count, r.total)}%)`),
    r.names ? h('span', { class: 'pj-names' }, r.names) : null,
  )));
}

function cardSlide(cs: CompiledScenario, question: string, c: CardReport, note: string): HTMLElement {
  const card = cs.cardById.get(c.card);
  return h('section', { class: 'pj-slide' },
    h('p', { class: 'pj-question' }, question),
    h('h2', { class: 'pj-title' }, c.title),
    card ? h('p', { class: 'pj-date' }, card.date) : null,
    bars(c.choices.map((ch) => ({ label: ch.label, count: ch.count, total: c.seen, mark: ch.historical ? 'record' : ch.claimed ? 'claim' : null }))),
    h('p', { class: 'pj-note' }, note, c.choices.some((ch) => ch.historical) ? ` ${w.pjStar}` : '', c.choices.some((ch) => ch.claimed) ? ` ${w.pjClaimNote}` : ''),
  );
}

/** Full screen shows only the projector (the element itself, not the page around it). */
export function toggleFullscreen(el: HTMLElement): void {
  const go = document.fullscreenElement ? document.exitFullscreen() : el.requestFullscreen?.();
  void go?.catch(() => undefined);
}

export function reportProjector(cs: CompiledScenario, r: ClassReport): { el: HTMLElement; cleanup: () => void } {
  const slides: HTMLElement[] = [
    h('section', { class: 'pj-slide' },
      h('p', { class: 'pj-question' }, w.pjEndingsQ),
      bars(r.endings.filter((e) => e.count).map((e) => ({ label: e.title, count: e.count, total: r.counted, names: e.students.map((s) => `${s.name} (${monthLabel(s.month)})`).join(', ') }))),
    ),
    ...r.cards.slice(0, 3).map((c, i) => cardSlide(cs, w.pjSplitQ(i + 1), c, w.splitNote(Math.round(c.split * 100)))),
    ...[...r.cards].filter((c) => c.againstHistory !== null).sort((a, b) => b.againstHistory! - a.againstHistory!).slice(0, 3)
      .map((c, i) => cardSlide(cs, w.pjHistoryQ(i + 1), c, w.historyNote(Math.round(c.againstHistory! * 100)))),
  ];
  let at = 0;
  const counter = h('p', { class: 'pj-counter', 'aria-live': 'polite' });
  const holder = h('div', { class: 'pj-holder' });
  const show = (i: number) => {
    at = Math.max(0, Math.min(slides.length - 1, i));
    holder.replaceChildren(slides[at]!);
    counter.textContent = w.pjCounter(at + 1, slides.length);
  };
  const el = h('div', { class: 'stage report-stage', tabindex: '-1' },
    h('div', { class: 'stage-top' },
      h('p', { class: 'stage-when' }, r.scenario.title),
      h('div', { class: 'stage-tools' },
        h('button', { type: 'button', class: 'secondary', onClick: () => show(at - 1) }, w.pjPrev),
        h('button', { type: 'button', class: 'secondary', onClick: () => show(at + 1) }, w.pjNext),
        h('button', { type: 'button', class: 'secondary', onClick: () => toggleFullscreen(el) }, t.projector.fullscreen),
        h('a', { class: 'button secondary', href: '#report' }, w.backToReport),
      ),
    ),
    holder,
    h('div', { class: 'pj-foot' }, counter, h('p', { class: 'pj-keys' }, w.pjKeys)),
  );
  const onKey = (e: KeyboardEvent) => {
    if (isTyping(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number> = { ArrowRight: at + 1, PageDown: at + 1, ' ': at + 1, ArrowLeft: at - 1, PageUp: at - 1, Home: 0, End: slides.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      show(moves[e.key]!);
    } else if (e.key === 'f') toggleFullscreen(el);
  };
  window.addEventListener('keydown', onKey);
  show(0);
  return { el, cleanup: () => window.removeEventListener('keydown', onKey) };
}
