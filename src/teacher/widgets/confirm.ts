import { h } from '../../app/dom';
import { newId } from '../dom';

// A question the teacher must answer before something is lost: a modal <dialog>. The browser keeps focus in it,
// closes it on Escape (as "no") and makes the page behind it inert; its buttons close it through a method="dialog" form.

export interface ConfirmSpec {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  /** data-testid of the yes button. */
  testid?: string;
}

/** The dialog (closed) and the button that opens it. */
export function confirmButton(label: string, buttonAttrs: Record<string, string>, spec: ConfirmSpec): HTMLElement[] {
  const qId = newId('confirm-q');
  const dialog = h('dialog', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': qId },
    h('form', { method: 'dialog' },
      h('p', { id: qId }, spec.question),
      h('div', { class: 'actions' },
        h('button', { value: 'yes', class: 'danger', 'data-testid': spec.testid }, spec.yes),
        h('button', { value: 'no', class: 'secondary' }, spec.no),
      ),
    ),
  );
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'yes') spec.onYes();
    dialog.returnValue = '';
  });
  const open = h('button', { ...buttonAttrs, type: 'button', onClick: () => dialog.showModal() }, label);
  return [open, dialog];
}
