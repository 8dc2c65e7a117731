// A hidden HTML layer that mirrors the canvas for screen readers and keyboard users:
// a heading per screen, an aria-live region, the screen's text as sections, and real buttons.
import { h } from '../../app/dom';

export interface Section {
  heading?: string;
  lines?: string[];
  /** Extra nodes (links, inputs) after the lines. */
  nodes?: Node[];
  id?: string;
}

export class DomMirror {
  readonly root: HTMLElement;
  private readonly title: HTMLElement;
  private readonly live: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly status: HTMLElement;
  private readonly content: HTMLElement;
  readonly controlsRoot: HTMLElement;
  private announceTimer = 0;

  constructor(root: HTMLElement, lang: string, dir: string) {
    this.root = root;
    root.lang = lang;
    root.dir = dir;
    root.replaceChildren();
    this.title = h('h1', { id: 'sb-screen' });
    this.alert = h('div', { id: 'sb-alert', role: 'alert' });
    this.status = h('div', { id: 'sb-status', role: 'status' });
    this.live = h('div', { id: 'sb-live', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.content = h('div', { id: 'sb-content' });
    this.controlsRoot = h('div', { id: 'sb-controls' });
    root.append(this.title, this.alert, this.status, this.live, this.content, this.controlsRoot);
  }

  /** A new screen: its heading, no content, no controls. */
  screen(title: string): void {
    this.title.textContent = title;
    this.content.replaceChildren();
    this.controlsRoot.replaceChildren();
    this.alert.replaceChildren();
    this.status.replaceChildren();
    document.title = title;
  }

  /** Says something politely (after the current speech). */
  announce(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.live.textContent = '';
    this.announceTimer = window.setTimeout(() => {
      this.live.textContent = text;
    }, 30);
  }

  /** Says something at once (errors and warnings). */
  alertNow(lines: string[]): void {
    this.alert.replaceChildren(...lines.map((l) => h('p', {}, l)));
  }

  /** Says that something went well, or is worth knowing, without interrupting (role="status"). */
  statusNow(lines: string[]): void {
    this.status.replaceChildren(...lines.map((l) => h('p', {}, l)));
  }

  setSections(sections: Section[]): void {
    this.content.replaceChildren(...sections.map((s) => this.sectionEl(s)));
  }

  addSection(s: Section): HTMLElement {
    const el = this.sectionEl(s);
    this.content.append(el);
    return el;
  }

  private sectionEl(s: Section): HTMLElement {
    const el = h('section', s.id ? { id: s.id } : {});
    if (s.heading) el.append(h('h2', {}, s.heading));
    for (const line of s.lines ?? []) el.append(h('p', {}, line));
    for (const n of s.nodes ?? []) el.append(n);
    return el;
  }
}
