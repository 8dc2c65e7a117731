import { openChoices, playOut } from '../../engine';
import { STRATEGIES, whatIf, type Continuation } from '../../analysis';
import { cardTitle, choiceLabel } from '../../app';
import { decisionsOf, monthLabel, type Loaded } from '../data';
import { h } from '../../app/dom';
import { announce } from '../dom';
import { t } from '../i18n';
import { radioGroup, selectField } from '../widgets/fields';
import { comparison } from './compare';
import { playOnPanel } from './play-on';

// "What if": change one past decision, play the other future (keeping the student's other choices where the
// same card comes up, or with a scripted strategy), and compare the two; or play on from there by hand.

export interface WhatIfState {
  /** The turn being looked at: the what-if starts at the decision of that turn (or the last one before it). */
  turn: number;
  choice?: string;
  how?: string;
  /** The comparison was shown: show it again (after a reload). */
  ran?: boolean;
}

export function whatIfView(l: Loaded, start: WhatIfState, onState: (s: WhatIfState) => void): { el: HTMLElement; cleanup?: () => void } {
  const decisions = decisionsOf(l.game);
  const atOrBefore = decisions.reduce((best, r, k) => (r.turn <= start.turn ? k : best), 0);
  let index = atOrBefore;
  let choice = '';
  let how: Continuation = start.how === 'keep' || (STRATEGIES as readonly string[]).includes(start.how ?? '') ? (start.how as Continuation) : 'keep';
  let ran = false;
  const tell = () => onState({ turn: decisions[index]?.turn ?? 1, choice, how, ran });
  const choicesBox = h('div');
  const result = h('div', { class: 'whatif-result', 'aria-live': 'polite' });
  const runBtn = h('button', { type: 'submit' }, t.whatif.run);
  const playBtn = h('button', { type: 'button', class: 'secondary', onClick: () => playOn() }, t.whatif.playOn);

  if (!decisions.length) return { el: h('p', { class: 'muted' }, t.whatif.noDecisions) };

  /** Which options were open at that decision in this game (replayed up to it). */
  function openAt(k: number): string[] {
    const before = playOut(l.scenario, { ...l.record, decisions: l.record.decisions.slice(0, k) });
    return openChoices(l.cs, before.game);
  }

  function drawChoices(wanted?: string): void {
    const rec = decisions[index]!;
    const card = l.cs.cardById.get(rec.card!)!;
    const open = new Set(openAt(index));
    const others = card.choices.filter((c) => c.id !== rec.choice);
    const firstOpen = others.find((c) => open.has(c.id) && (wanted === undefined || c.id === wanted)) ?? others.find((c) => open.has(c.id));
    choice = firstOpen?.id ?? '';
    choicesBox.replaceChildren(
      radioGroup(t.whatif.instead(choiceLabel(l.cs, rec.card, rec.choice)), 'whatif-choice', others.map((c) => ({
        value: c.id,
        label: c.label,
        detail: open.has(c.id) ? c.detail : t.whatif.notOpen,
        disabled: !open.has(c.id),
      })), choice, (v) => {
        choice = v;
        ran = false;
        tell();
      }),
    );
    runBtn.disabled = playBtn.disabled = !choice;
    if (!choice) choicesBox.append(h('p', { class: 'muted' }, t.whatif.noOther));
  }

  function run(): void {
    const r = whatIf(l.scenario, l.game, index, choice, how);
    if (!r) {
      result.replaceChildren(h('p', { class: 'notice notice-error' }, t.whatif.failed));
      return;
    }
    result.replaceChildren(
      h('h2', { tabindex: '-1', id: 'whatif-result-h' }, t.whatif.resultHeading),
      comparison(l.cs, r.original, r.alternative, r.changedTurn, [t.compare.thisGame, t.compare.whatIf]),
    );
    ran = true;
    tell();
    announce(t.whatif.done(r.alternative.ending ? (l.cs.endingById.get(r.alternative.ending.id)?.title ?? '') : ''));
    result.querySelector<HTMLElement>('#whatif-result-h')?.focus();
  }

  function playOn(): void {
    const panel = playOnPanel(l, index, choice, (alt, changedTurn) => {
      result.replaceChildren(
        h('h2', { tabindex: '-1', id: 'whatif-result-h' }, t.whatif.playedHeading),
        comparison(l.cs, l.game, alt, changedTurn, [t.compare.thisGame, t.compare.yourPlay]),
      );
      result.querySelector<HTMLElement>('#whatif-result-h')?.focus();
    });
    result.replaceChildren(panel);
    panel.querySelector<HTMLElement>('h2')?.focus();
  }

  const decisionSelect = selectField(t.whatif.decision, decisions.map((r, k) => ({
    value: String(k),
    label: t.whatif.decisionOption(r.turn, monthLabel(r.month), cardTitle(l.cs, r.card), choiceLabel(l.cs, r.card, r.choice)),
  })), String(index), (v) => {
    index = Number(v);
    ran = false;
    drawChoices();
    tell();
  });
  decisionSelect.select.setAttribute('data-testid', 'whatif-decision');

  const continuation = radioGroup(t.whatif.continuation, 'whatif-how', [
    { value: 'keep', label: t.whatif.keep, detail: t.whatif.keepDetail },
    ...(['balanced', 'west', 'russia', 'hardline', 'random'] as const).filter((x) => STRATEGIES.includes(x)).map((sname) => ({ value: sname, label: t.whatif.strategy[sname]?.label ?? sname, detail: t.whatif.strategy[sname]?.detail })),
  ], how, (v) => {
    how = v as Continuation;
    ran = false;
    tell();
  });

  drawChoices(start.choice);
  const el = h('div', { class: 'whatif' },
    h('h2', null, t.whatif.heading),
    h('p', { class: 'lead' }, t.whatif.intro),
    h('form', { class: 'panel whatif-form', onSubmit: (e: Event) => { e.preventDefault(); if (choice) run(); } },
      h('div', { class: 'whatif-grid' },
        h('div', null, decisionSelect.wrap, choicesBox),
        h('div', null, continuation),
      ),
      h('div', { class: 'actions' }, runBtn, playBtn, h('span', { class: 'help' }, t.whatif.playOnHelp)),
    ),
    result,
  );
  if (start.ran && choice && (start.choice === undefined || start.choice === choice)) queueMicrotask(run);
  return { el };
}
