import type { Page } from 'playwright-core';

// Reads the live Phaser scene graph and reports every text object that is too small, cut, outside the screen
// without a scroll window to reach it, or drawn over another text. Bounds come from the scene graph, not pixels.

export interface LayoutProblem {
  kind: 'small' | 'cut' | 'offscreen' | 'overflow' | 'overlap';
  text: string;
  other?: string;
  detail: string;
}

export function auditLayout(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    interface Rect {
      x: number;
      y: number;
      w: number;
      h: number;
    }
    interface Obj {
      visible?: boolean;
      alpha?: number;
      name?: string;
      type?: string;
      list?: Obj[];
      depth?: number;
      text?: string;
      style?: { fontSize: string };
      getData?: (k: string) => unknown;
      getBounds?: () => { x: number; y: number; width: number; height: number };
    }
    const sb = (window as unknown as { __sb: { game: { canvas: HTMLCanvasElement; scene: { getScenes(active: boolean): { sys: { displayList: { list: Obj[] } }; scene: { key: string } }[] } } } }).__sb;
    const game = sb.game;
    const scale = game.canvas.getBoundingClientRect().width / 1280;
    const problems: { kind: string; text: string; other?: string; detail: string }[] = [];
    const texts: { t: string; r: Rect; layer: number }[] = [];
    const cut = (a: Rect, b: Rect): Rect | null => {
      const x = Math.max(a.x, b.x);
      const y = Math.max(a.y, b.y);
      const w = Math.min(a.x + a.w, b.x + b.w) - x;
      const h = Math.min(a.y + a.h, b.y + b.h) - y;
      return w > 0 && h > 0 ? { x, y, w, h } : null;
    };
    const screen = { x: 0, y: 0, w: 1280, h: 720 };
    const walk = (o: Obj, clip: Rect, scrollable: boolean, layer: number) => {
      if (o.visible === false || o.alpha === 0) return;
      if (o.name === 'scroll-more') return;
      if (o.list) {
        let c = clip;
        let s = scrollable;
        const view = o.name === 'scroll-panel' ? (o.getData?.('viewport') as Rect | undefined) : undefined;
        if (view) {
          c = cut(clip, view) ?? { x: 0, y: 0, w: 0, h: 0 };
          s = true;
        }
        const l = (o.depth ?? 0) >= 100 ? layer + 1 : layer;
        for (const child of o.list) walk(child, c, s, l);
        return;
      }
      if (o.type !== 'Text' || !o.text || !o.text.trim() || !o.getBounds) return;
      // Phaser's bounds are a Rectangle (width, height), not a Rect.
      const g = o.getBounds();
      const r: Rect = { x: g.x, y: g.y, w: g.width, h: g.height };
      const label = o.text.replace(/\s+/g, ' ').slice(0, 60);
      const size = parseFloat(o.style?.fontSize ?? '0') * scale;
      if (size < 13.99) problems.push({ kind: 'small', text: label, detail: `${size.toFixed(1)} CSS px` });
      // A cut text is fine when it names the control that opens it whole, and that control is on the screen.
      const opens = o.getData?.('opens') as string | undefined;
      const opener = opens ? document.querySelector(`#sb-controls [data-control="${opens}"]`) : null;
      if (o.getData?.('cut') && !opener) problems.push({ kind: 'cut', text: label, detail: 'cut with an ellipsis' });
      if (r.x < clip.x - 1 || r.x + r.w > clip.x + clip.w + 1) problems.push({ kind: 'overflow', text: label, detail: `x ${Math.round(r.x)}..${Math.round(r.x + r.w)} outside ${Math.round(clip.x)}..${Math.round(clip.x + clip.w)}` });
      const vertical = r.y < clip.y - 1 || r.y + r.h > clip.y + clip.h + 1;
      if (vertical && !scrollable) problems.push({ kind: 'offscreen', text: label, detail: `y ${Math.round(r.y)}..${Math.round(r.y + r.h)} outside ${Math.round(clip.y)}..${Math.round(clip.y + clip.h)}` });
      const seen = cut(r, clip);
      if (seen) texts.push({ t: label, r: seen, layer });
    };
    for (const scene of game.scene.getScenes(true)) for (const o of scene.sys.displayList.list) walk(o, screen, false, 0);
    const top = Math.max(0, ...texts.map((x) => x.layer));
    const shown = texts.filter((x) => x.layer === top);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const o = cut(shown[i]!.r, shown[j]!.r);
        if (o && o.w > 2 && o.h > 2) problems.push({ kind: 'overlap', text: shown[i]!.t, other: shown[j]!.t, detail: `${Math.round(o.w)}×${Math.round(o.h)} px at ${Math.round(o.x)},${Math.round(o.y)}` });
      }
    return problems as never;
  });
}

/** Clicks a named game object with the mouse, first scrolling its panel with the wheel until it is in view. */
export async function clickObject(page: Page, name: string): Promise<void> {
  const locate = () =>
    page.evaluate((n) => {
      interface Obj {
        name?: string;
        list?: Obj[];
        visible?: boolean;
        getBounds?: () => { x: number; y: number; width: number; height: number };
        getData?: (k: string) => unknown;
      }
      const game = (window as unknown as { __sb: { game: { scene: { getScenes(a: boolean): { sys: { displayList: { list: Obj[] } } }[] } } } }).__sb.game;
      let found: { x: number; y: number; w: number; h: number; view: { x: number; y: number; w: number; h: number } | null } | null = null;
      const walk = (o: Obj, view: { x: number; y: number; w: number; h: number } | null) => {
        if (found || o.visible === false) return;
        if (o.name === n && o.getBounds) {
          const b = o.getBounds();
          found = { x: b.x, y: b.y, w: b.width, h: b.height, view };
          return;
        }
        const v = o.name === 'scroll-panel' ? ((o.getData?.('viewport') as typeof view) ?? view) : view;
        for (const c of o.list ?? []) walk(c, v);
      };
      for (const s of game.scene.getScenes(true)) for (const o of s.sys.displayList.list) walk(o, null);
      return found as { x: number; y: number; w: number; h: number; view: { x: number; y: number; w: number; h: number } | null } | null;
    }, name);
  const canvas = await page.evaluate(() => {
    const r = document.querySelector('canvas')!.getBoundingClientRect();
    return { x: r.x, y: r.y, k: r.width / 1280 };
  });
  const at = (x: number, y: number) => ({ x: canvas.x + x * canvas.k, y: canvas.y + y * canvas.k });
  for (let i = 0; i < 30; i++) {
    const b = await locate();
    if (!b) throw new Error(`no object named ${name} on screen`);
    const top = b.view ? Math.max(b.y, b.view.y) : b.y;
    const bottom = b.view ? Math.min(b.y + b.h, b.view.y + b.view.h) : b.y + b.h;
    if (bottom - top >= Math.min(24, b.h)) {
      const p = at(b.x + b.w / 2, (top + bottom) / 2);
      // Phaser adds new interactive objects to its input list on its next frame: wait for two, as a person would.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.mouse.click(p.x, p.y);
      return;
    }
    const v = b.view!;
    const p = at(v.x + v.w / 2, v.y + v.h / 2);
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, b.y > v.y ? 120 : -120);
    await page.waitForTimeout(180);
  }
  throw new Error(`${name} never scrolled into view`);
}

interface OverButtons {
  /** Names of the containers that count as buttons. */
  prefix: string;
  /** Words for the detail: "over the button", "over the header button". */
  what: string;
  /** Pixels of overlap each way that count. */
  minOverlap: number;
  /** Texts only as far as their scroll panel shows them; panels at depth 100 and up (over the screen on purpose) and hidden (alpha 0) objects left out. */
  asDrawn: boolean;
}

/** Texts drawn over the buttons named `${prefix}…` that they are not part of. */
function textsOverNamedButtons(page: Page, o: OverButtons): Promise<LayoutProblem[]> {
  return page.evaluate((o) => {
    interface Rect {
      x: number;
      y: number;
      width: number;
      height: number;
    }
    interface Obj {
      visible?: boolean;
      alpha?: number;
      name?: string;
      type?: string;
      depth?: number;
      list?: Obj[];
      text?: string;
      getBounds?: () => Rect;
      getData?: (k: string) => unknown;
    }
    const game = (window as unknown as { __sb: { game: { scene: { getScenes(active: boolean): { sys: { displayList: { list: Obj[] } } }[] } } } }).__sb.game;
    const buttons: { name: string; r: Rect }[] = [];
    const texts: { t: string; r: Rect }[] = [];
    const cut = (a: Rect, b: Rect): Rect | null => {
      const x = Math.max(a.x, b.x);
      const y = Math.max(a.y, b.y);
      const width = Math.min(a.x + a.width, b.x + b.width) - x;
      const height = Math.min(a.y + a.height, b.y + b.height) - y;
      return width > 0 && height > 0 ? { x, y, width, height } : null;
    };
    const walk = (obj: Obj, inButton: boolean, clip: Rect) => {
      if (obj.visible === false || (o.asDrawn && (obj.alpha === 0 || (obj.depth ?? 0) >= 100))) return;
      const isButton = !!obj.name?.startsWith(o.prefix) && !!obj.getBounds;
      if (isButton) buttons.push({ name: obj.name!, r: obj.getBounds!() });
      // A scroll panel shows only what is inside its viewport: a text scrolled out of it is not drawn over anything.
      const view = o.asDrawn && obj.name === 'scroll-panel' ? (obj.getData?.('viewport') as { x: number; y: number; w: number; h: number } | undefined) : undefined;
      const c = view ? cut(clip, { x: view.x, y: view.y, width: view.w, height: view.h }) : clip;
      if (!c) return;
      if (obj.list) for (const k of obj.list) walk(k, inButton || isButton, c);
      else if (obj.type === 'Text' && obj.text?.trim() && obj.getBounds && !inButton) {
        const seen = o.asDrawn ? cut(obj.getBounds(), c) : obj.getBounds();
        if (seen) texts.push({ t: obj.text.replace(/\s+/g, ' ').slice(0, 60), r: seen });
      }
    };
    for (const s of game.scene.getScenes(true)) for (const obj of s.sys.displayList.list) walk(obj, false, { x: -1e6, y: -1e6, width: 2e6, height: 2e6 });
    const out: { kind: string; text: string; other: string; detail: string }[] = [];
    for (const b of buttons)
      for (const x of texts) {
        const w = Math.min(b.r.x + b.r.width, x.r.x + x.r.width) - Math.max(b.r.x, x.r.x);
        const h = Math.min(b.r.y + b.r.height, x.r.y + x.r.height) - Math.max(b.r.y, x.r.y);
        if (w > o.minOverlap && h > o.minOverlap) out.push({ kind: 'overlap', text: x.t, other: b.name, detail: `${Math.round(w)}×${Math.round(h)} px ${o.what}` });
      }
    return out as never;
  }, o);
}

/** Texts drawn over a named button (a container named `button-…`) they are not part of, e.g. a keys line under Start. */
export const textOverButtons = (page: Page) => textsOverNamedButtons(page, { prefix: 'button-', what: 'over the button', minOverlap: 2, asDrawn: false });

/** Texts drawn over the turn screen's header buttons (`header-…`): the month and the turn counter must end before them. */
export const headerOverlaps = (page: Page) => textsOverNamedButtons(page, { prefix: 'header-', what: 'over the header button', minOverlap: 0, asDrawn: true });
