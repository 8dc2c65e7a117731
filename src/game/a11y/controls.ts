import { h } from '../../app/dom';
import type { DomMirror } from './dom-mirror';

// Every interactive thing on a screen is a real HTML button (or input) in the hidden layer, paired with the
// widget that draws it on the canvas. Keyboard focus lives in the HTML; the canvas draws the focus ring.

export interface Focusable {
  setFocused(on: boolean): void;
  /** Shows the control as unavailable. */
  setDisabled?(on: boolean): void;
  /** Lets a pointer click on the canvas widget run the same action. */
  onActivate?(fn: () => void): void;
}

export interface ControlSpec {
  id: string;
  label: string;
  description?: string;
  action: () => void;
  widget?: Focusable;
  disabled?: boolean;
  /** For toggles and selections. */
  pressed?: boolean;
  /** Runs when the control is pressed while unavailable (to say why). */
  onDisabled?: () => void;
}

export interface InputSpec {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  description?: string;
  onInput: (value: string) => void;
  onEnter?: () => void;
  widget?: Focusable;
  /** 'ltr' (the default) for seeds and codes; 'auto' for words a person types, such as a name. */
  dir?: 'ltr' | 'auto';
}

interface Item {
  el: HTMLButtonElement | HTMLInputElement;
  widget?: Focusable;
}

interface Layer {
  el: HTMLElement;
  items: Map<string, Item>;
  lastFocus: string | null;
}

export class Controls {
  private layers: Layer[] = [];

  constructor(private readonly mirror: DomMirror) {
    this.reset();
  }

  /** Drops every control (a new screen). */
  reset(): void {
    const base = h('div', { class: 'sb-layer' });
    this.mirror.controlsRoot.replaceChildren(base);
    this.layers = [{ el: base, items: new Map(), lastFocus: null }];
  }

  private get top(): Layer {
    return this.layers[this.layers.length - 1]!;
  }

  /** A group with a heading inside the current layer, for screen-reader navigation. */
  group(label: string): void {
    this.top.el.append(h('h2', {}, label));
  }

  add(spec: ControlSpec): HTMLButtonElement {
    const el = h('button', { type: 'button', id: `sb-${spec.id}`, 'data-control': spec.id }, spec.label);
    if (spec.description) {
      const d = h('span', { id: `sb-${spec.id}-desc`, class: 'sb-desc' }, spec.description);
      el.setAttribute('aria-describedby', d.id);
      this.top.el.append(d);
    }
    if (spec.pressed !== undefined) el.setAttribute('aria-pressed', String(spec.pressed));
    if (spec.disabled) el.setAttribute('aria-disabled', 'true');
    el.addEventListener('click', () => {
      if (el.getAttribute('aria-disabled') !== 'true') spec.action();
      else spec.onDisabled?.();
    });
    this.track(spec.id, el, spec.widget);
    spec.widget?.onActivate?.(() => {
      el.focus();
      el.click();
    });
    this.top.el.append(el);
    return el;
  }

  input(spec: InputSpec): HTMLInputElement {
    const label = h('label', { for: `sb-${spec.id}` }, spec.label);
    const el = h('input', { id: `sb-${spec.id}`, type: 'text', 'data-control': spec.id, maxlength: String(spec.maxLength), autocomplete: 'off', spellcheck: 'false' });
    el.value = spec.value;
    // Seeds and codes: Latin letters and digits, typed left to right on a right-to-left page too.
    el.dir = spec.dir ?? 'ltr';
    if (spec.description) el.setAttribute('aria-description', spec.description);
    el.addEventListener('input', () => spec.onInput(el.value));
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && spec.onEnter) {
        e.preventDefault();
        spec.onEnter();
      }
    });
    this.track(spec.id, el, spec.widget);
    spec.widget?.onActivate?.(() => el.focus());
    this.top.el.append(label, el);
    return el;
  }

  private track(id: string, el: HTMLButtonElement | HTMLInputElement, widget?: Focusable): void {
    const layer = this.top;
    el.addEventListener('focus', () => {
      layer.lastFocus = id;
      widget?.setFocused(true);
    });
    el.addEventListener('blur', () => widget?.setFocused(false));
    layer.items.set(id, { el, widget });
  }

  /** Removes a control (and its description) from whichever layer holds it. */
  remove(id: string): void {
    for (const layer of this.layers) {
      const item = layer.items.get(id);
      if (!item) continue;
      item.widget?.setFocused(false);
      item.el.remove();
      document.getElementById(`sb-${id}-desc`)?.remove();
      layer.items.delete(id);
    }
  }

  setLabel(id: string, label: string): void {
    const item = this.find(id);
    if (item && item.el instanceof HTMLButtonElement) item.el.textContent = label;
  }

  setPressed(id: string, pressed: boolean): void {
    this.find(id)?.el.setAttribute('aria-pressed', String(pressed));
  }

  setDisabled(id: string, disabled: boolean): void {
    const item = this.find(id);
    const el = item?.el;
    if (!el) return;
    item.widget?.setDisabled?.(disabled);
    if (disabled) el.setAttribute('aria-disabled', 'true');
    else el.removeAttribute('aria-disabled');
  }

  private find(id: string): Item | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const item = this.layers[i]!.items.get(id);
      if (item) return item;
    }
    return undefined;
  }

  focus(id: string): void {
    this.top.items.get(id)?.el.focus({ preventScroll: true });
  }

  focusFirst(): void {
    const first = [...this.top.items.values()].find((i) => i.el.getAttribute('aria-disabled') !== 'true');
    first?.el.focus({ preventScroll: true });
  }

  /** Whether keyboard focus is on one of the current layer's controls. */
  hasFocus(): boolean {
    const active = document.activeElement;
    return [...this.top.items.values()].some((i) => i.el === active);
  }

  /** Arrow keys: the next or previous control of the current layer, wrapping around. */
  move(step: 1 | -1): void {
    const items = [...this.top.items.values()];
    if (!items.length) return;
    const at = items.findIndex((i) => i.el === document.activeElement);
    const next = at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
    items[next]!.el.focus({ preventScroll: true });
  }

  /**
   * A modal layer (menu, help, saves): a <dialog>, and the layers below inert until it closes. Opened with show(),
   * not showModal(): a modal dialog would make the canvas inert too, and the pointer could no longer press the
   * panel the canvas draws. Escape stays with Keys, which closes the panel and this layer together.
   */
  pushLayer(label: string): void {
    const prev = this.top;
    prev.el.inert = true;
    prev.el.hidden = true;
    const el = h('dialog', { class: 'sb-layer', 'aria-modal': 'true', 'aria-label': label }, h('h2', {}, label));
    this.mirror.controlsRoot.append(el);
    el.show();
    this.layers.push({ el, items: new Map(), lastFocus: null });
  }

  popLayer(): void {
    if (this.layers.length < 2) return;
    const layer = this.layers.pop()!;
    for (const item of layer.items.values()) item.widget?.setFocused(false);
    if (layer.el instanceof HTMLDialogElement) layer.el.close();
    layer.el.remove();
    const top = this.top;
    top.el.inert = false;
    top.el.hidden = false;
    if (top.lastFocus) this.focus(top.lastFocus);
    else this.focusFirst();
  }

  get depth(): number {
    return this.layers.length;
  }

  /** Adds plain nodes (links, text) to the current layer. */
  append(...nodes: Node[]): void {
    this.top.el.append(...nodes);
  }
}
