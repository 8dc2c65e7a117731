import { h } from '../../app/dom';
import { newId, announce, copyText } from '../dom';
import { t } from '../i18n';

// Labelled form controls shared by the sections.

export interface Option {
  value: string;
  label: string;
  detail?: string;
  disabled?: boolean;
}

/** A fieldset of radio buttons, each with a label and an optional line of detail. */
export function radioGroup(legend: string, name: string, options: Option[], selected: string, onChange: (value: string) => void): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'radios' },
    h('legend', null, legend),
    options.map((o) => {
      const id = newId(name);
      const detailId = o.detail ? `${id}-detail` : null;
      return h(
        'div',
        { class: `radio${o.disabled ? ' is-disabled' : ''}` },
        h('input', {
          type: 'radio', id, name, value: o.value, checked: o.value === selected, disabled: o.disabled ?? false,
          'aria-describedby': detailId, onChange: () => onChange(o.value),
        }),
        h('label', { for: id }, h('span', { class: 'radio-label' }, o.label), o.detail ? h('span', { class: 'radio-detail', id: detailId }, o.detail) : null),
      );
    }),
  );
}

/** A select with its label. */
export function selectField(label: string, options: Option[], selected: string, onChange: (value: string) => void): { wrap: HTMLElement; select: HTMLSelectElement } {
  const id = newId('select');
  const select = h(
    'select',
    { id, onChange: () => onChange(select.value) },
    options.map((o) => h('option', { value: o.value, selected: o.value === selected, disabled: o.disabled ?? false }, o.label)),
  );
  return { wrap: h('div', { class: 'field' }, h('label', { for: id }, label), select), select };
}

export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, help?: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = newId('check');
  const input = h('input', { type: 'checkbox', id, checked, 'aria-describedby': help ? `${id}-help` : null, onChange: () => onChange(input.checked) });
  return {
    wrap: h('div', { class: 'check' }, input, h('label', { for: id }, label), help ? h('p', { class: 'help', id: `${id}-help` }, help) : null),
    input,
  };
}

/** A button that copies what `text()` gives, says so in the live region and beside itself. */
export function copyButton(label: string, text: () => string, what: string): HTMLElement {
  const status = h('span', { class: 'copy-status', 'aria-hidden': 'true' });
  const b = h('button', {
    type: 'button',
    class: 'secondary',
    onClick: async () => {
      const ok = await copyText(text());
      const msg = ok ? t.common.copied(what) : t.common.copyFailed;
      announce(msg);
      status.textContent = msg;
    },
  }, label);
  return h('span', { class: 'copy' }, b, status);
}

/** A heading a section can move the focus to. */
export function sectionHeading(text: string, level: 'h1' | 'h2' = 'h1'): HTMLHeadingElement {
  return h(level, { tabindex: '-1' }, text);
}
