import { cardTitle } from '../../app';
import { monthLabel, type Loaded } from '../data';
import { h } from '../../app/dom';
import { announce, isTyping, newId } from '../dom';
import { t } from '../i18n';
import { turnView } from './turn-view';

// Stepping through a game: previous / next / first / last, a jump-to-turn field and a strip of all turns.
// Keys: ← → step, Home / End jump to the ends (not while typing in a field).

export function stepper(l: Loaded, start: number, onMove: (turn: number) => void): { el: HTMLElement; cleanup: () => void } {
  const log = l.game.log;
  let i = Math.max(0, Math.min(log.length - 1, log.findIndex((r) => r.turn === start)));
  const body = h('div', { class: 'turn-body' });
  const jumpId = newId('jump');
  const jump = h('input', { id: jumpId, type: 'number', min: String(log[0]?.turn ?? 1), max: String(log[log.length - 1]?.turn ?? 1), inputmode: 'numeric', class: 'jump-input' });
  const position = h('p', { class: 'position', 'aria-hidden': 'true' });
  const btn = (label: string, key: string, action: () => void) => h('button', { type: 'button', class: 'secondary', 'aria-keyshortcuts': key, onClick: action }, label);
  const first = btn(t.stepper.first, 'Home', () => go(0));
  const prev = btn(t.stepper.prev, 'ArrowLeft', () => go(i - 1));
  const next = btn(t.stepper.next, 'ArrowRight', () => go(i + 1));
  const lastBtn = btn(t.stepper.last, 'End', () => go(log.length - 1));
  const strip = h('ol', { class: 'turn-strip', 'aria-label': t.stepper.allTurns });
  const stripButtons = log.map((r, k) => {
    const hist = r.card && r.choice ? l.cs.cardById.get(r.card)?.history : undefined;
    // Only the record says what Tehran did: a card whose answer is a reported claim is not marked either way.
    const made = hist?.choiceIs === 'claim' ? undefined : hist?.choice;
    const differs = made !== undefined && made !== r.choice;
    const b = h('button', { type: 'button', class: 'strip-turn', onClick: () => go(k), title: r.card ? cardTitle(l.cs, r.card) : t.turn.quietMonth },
      h('span', { class: 'strip-n' }, String(r.turn)),
      h('span', { class: 'strip-m' }, monthLabel(r.month).split(' ')[0]!.slice(0, 3)),
      differs ? h('span', { class: 'strip-diff', title: t.stepper.differs }, '\u2260') : null,
    );
    b.setAttribute('aria-label', `${t.common.turn(r.turn)}, ${monthLabel(r.month)}${r.card ? `: ${cardTitle(l.cs, r.card)}` : ''}${differs ? ` (${t.stepper.differs})` : ''}`);
    strip.append(h('li', null, b));
    return b;
  });

  function go(k: number, focusHeading = false): void {
    if (k < 0 || k >= log.length) return;
    i = k;
    const r = log[i]!;
    body.replaceChildren(turnView(l.cs, l.game, i));
    jump.value = String(r.turn);
    position.textContent = t.common.turnOf(r.turn, l.game.turn);
    first.disabled = prev.disabled = i === 0;
    next.disabled = lastBtn.disabled = i === log.length - 1;
    stripButtons.forEach((b, k2) => (k2 === i ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')));
    announce(t.stepper.announce(r.turn, l.game.turn, monthLabel(r.month), r.card ? cardTitle(l.cs, r.card) : t.turn.quietMonth));
    if (focusHeading) body.querySelector<HTMLElement>('.turn-heading')?.focus();
    onMove(r.turn);
  }

  const el = h('div', { class: 'stepper' },
    h('div', { class: 'stepper-bar', role: 'group', 'aria-label': t.stepper.controls },
      first, prev, position, next, lastBtn,
      h('form', {
        class: 'jump',
        onSubmit: (e: Event) => {
          e.preventDefault();
          const n = Number(jump.value);
          const k = log.findIndex((r) => r.turn === n);
          if (k < 0) announce(t.stepper.noSuchTurn(log[0]?.turn ?? 1, log[log.length - 1]?.turn ?? 1));
          else go(k, true);
        },
      }, h('label', { for: jumpId }, t.stepper.jump), jump, h('button', { type: 'submit', class: 'secondary' }, t.stepper.go)),
    ),
    strip,
    h('p', { class: 'help keys-hint' }, t.stepper.keys),
    body,
  );

  function onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e)) return;
    const back = document.documentElement.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const k = e.key === 'Home' ? 0 : e.key === 'End' ? log.length - 1 : e.key === back ? i - 1 : e.key.startsWith('Arrow') && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') ? i + 1 : undefined;
    if (k === undefined) return;
    e.preventDefault();
    go(k);
  }
  document.addEventListener('keydown', onKey);
  go(i);
  return { el, cleanup: () => document.removeEventListener('keydown', onKey) };
}
