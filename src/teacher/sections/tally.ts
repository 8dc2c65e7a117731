import type { CompiledScenario, GameState } from '../../engine';
import { asciiDigits, localDigits, previewLine } from '../../app';
import { h } from '../../app/dom';
import { announce, newId } from '../dom';
import { t } from '../i18n';

// The show-of-hands form: for each option a count with − and + buttons. Keys: Tab between options, ↑/↓ or
// + / − change the focused count, Alt+1–4 jump to an option's count, Enter decides.

export interface TallyOptions {
  cs: CompiledScenario;
  game: GameState;
  open: readonly string[];
  previews: boolean;
  onDecide: (votes: Record<string, number>) => void;
  /** Counts typed before (kept across a reload), and where each change goes to be kept. */
  initial?: Record<string, number>;
  onChange?: (votes: Record<string, number>) => void;
}

export function tallyForm(o: TallyOptions): HTMLFormElement {
  const card = o.cs.cardById.get(o.game.card!)!;
  const inputs = new Map<string, HTMLInputElement>();
  const total = h('p', { class: 'tally-total', 'aria-live': 'polite' });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });

  // A text field rather than type=number, which draws Latin digits whatever the page's language: counts are shown
  // in the page's digits and read whichever digits are typed.
  const countOf = (input: HTMLInputElement) => Math.max(0, Math.min(10_000, Math.floor(Number(asciiDigits(input.value).trim()) || 0)));
  const shown = (n: number) => localDigits(String(n), t.lang);
  function counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, input] of inputs) out[id] = countOf(input);
    return out;
  }
  function refresh(): void {
    const sum = Object.values(counts()).reduce((a, b) => a + b, 0);
    total.textContent = t.projector.total(sum);
    if (sum > 0) error.hidden = true;
    o.onChange?.(counts());
  }
  function bump(id: string, by: number): void {
    const input = inputs.get(id)!;
    input.value = shown(Math.max(0, countOf(input) + by));
    refresh();
    announce(t.projector.countIs(card.choices.find((c) => c.id === id)?.label ?? id, countOf(input)));
  }

  const rows = card.choices.map((c, k) => {
    const isOpen = o.open.includes(c.id);
    const id = newId('tally');
    const labelId = `${id}-label`;
    const input = h('input', {
      id, type: 'text', value: shown(isOpen ? Math.max(0, Math.floor(o.initial?.[c.id] ?? 0)) : 0), inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', maxlength: '5', class: 'tally-input',
      disabled: !isOpen, 'aria-labelledby': `${labelId} ${id}-unit`, 'data-choice': c.id,
      onInput: refresh,
      onFocus: () => input.select(),
      onBlur: () => {
        input.value = shown(countOf(input));
      },
      onKeydown: (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key === '+' || key === '=' || key === 'ArrowUp') {
          e.preventDefault();
          bump(c.id, 1);
        } else if (key === '-' || key === '_' || key === 'ArrowDown') {
          e.preventDefault();
          bump(c.id, -1);
        }
      },
    });
    if (isOpen) inputs.set(c.id, input);
    const hint = o.previews && isOpen ? previewLine(o.cs, o.game, card.id, c.id, t.outcome.marks, t.common.dot) : '';
    return h('li', { class: `tally-row${isOpen ? '' : ' is-closed'}` },
      h('span', { class: 'choice-n', 'aria-hidden': 'true' }, String(k + 1)),
      h('div', { class: 'tally-text' },
        h('span', { class: 'tally-label', id: labelId }, c.label),
        c.detail ? h('span', { class: 'tally-detail' }, c.detail) : null,
        hint ? h('span', { class: 'tally-preview' }, t.projector.likely(hint)) : null,
        !isOpen ? h('span', { class: 'tally-detail' }, t.projector.notOpen) : null,
      ),
      h('div', { class: 'tally-control' },
        h('button', { type: 'button', class: 'secondary tally-step', disabled: !isOpen, 'aria-label': t.projector.minus(c.label), onClick: () => bump(c.id, -1) }, '\u2212'),
        input,
        h('span', { class: 'offscreen', id: `${id}-unit` }, t.projector.hands),
        h('button', { type: 'button', class: 'secondary tally-step', disabled: !isOpen, 'aria-label': t.projector.plus(c.label), onClick: () => bump(c.id, 1) }, '+'),
      ),
    );
  });

  const form = h('form', {
    class: 'tally',
    onSubmit: (e: Event) => {
      e.preventDefault();
      const votes = counts();
      if (!Object.values(votes).some((v) => v > 0)) {
        error.textContent = t.projector.noVotes;
        error.hidden = false;
        [...inputs.values()][0]?.focus();
        return;
      }
      o.onDecide(votes);
    },
    onKeydown: (e: Event) => {
      const ke = e as KeyboardEvent;
      const n = Number(ke.key);
      if (ke.altKey && n >= 1 && n <= card.choices.length) {
        e.preventDefault();
        inputs.get(card.choices[n - 1]!.id)?.focus();
      }
    },
  },
    h('h3', null, t.projector.voteHeading),
    h('p', { class: 'help' }, t.projector.keys),
    h('ol', { class: 'tally-rows' }, rows),
    h('div', { class: 'tally-foot' }, total, error, h('button', { type: 'submit', class: 'decide' }, t.projector.decide)),
  );
  refresh();
  return form;
}
