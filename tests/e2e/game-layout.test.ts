import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadScenarioText } from '../../src/scenario/load';
import { auditLayout, clickObject, headerOverlaps, textOverButtons, type LayoutProblem } from './support/layout-audit';
import { gameState, openChoiceKeys, openPage, shot, waitPhase, waitScreen, type Watched } from './support/page';
import { useServedGame } from './support/test-build';

// Every shipped scenario played through at three window sizes, with choice previews on and off: on every screen
// (turn, consequences, goals, ending, debrief pages) no text is below 14 CSS px, cut, out of reach or drawn over
// another. Screenshots of each screen at each size go to test-results/screenshots/layout-*.

const ROOT = resolve(import.meta.dirname, '../..');
const SCENARIOS = readdirSync(resolve(ROOT, 'scenarios'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => {
    const r = loadScenarioText(readFileSync(resolve(ROOT, 'scenarios', f), 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not load`);
    return r.scenario;
  });
const SIZES = [
  [1024, 600],
  [1280, 720],
  [1920, 1080],
] as const;

const env = useServedGame();


async function check(page: Page, where: string, found: string[]): Promise<void> {
  const problems: LayoutProblem[] = [...(await auditLayout(page)), ...(await headerOverlaps(page))];
  for (const p of problems) found.push(`${where}: ${p.kind} "${p.text}"${p.other ? ` / "${p.other}"` : ''} (${p.detail})`);
}

/** Plays a game by keys (each choice pressed twice: choose, then confirm), checking every screen. */
async function playAndCheck(w: Watched, name: string, keys: number[] | null, found: string[], shots: boolean): Promise<void> {
  const { page } = w;
  for (let i = 0; i < 40; i++) {
    const ph = await waitPhase(page, ['decision', 'ended']);
    if (ph === 'ended') break;
    await page.waitForTimeout(60);
    await check(page, `${name} turn ${i + 1}`, found);
    if (shots && i === 0) await shot(page, `layout-${name}-turn`);
    if (i === 0) {
      await page.keyboard.press('g');
      await page.waitForTimeout(100);
      await check(page, `${name} goals`, found);
      if (shots) await shot(page, `layout-${name}-goals`);
      await page.keyboard.press('Escape');
    }
    const open = await openChoiceKeys(page);
    const key = keys?.[i] ?? open[(i * 7 + 3) % open.length]!;
    await page.keyboard.press(String(key));
    if (shots && i === 1) await shot(page, `layout-${name}-confirm`);
    await page.keyboard.press(String(key));
    await waitPhase(page, ['consequences']);
    await page.waitForTimeout(60);
    await check(page, `${name} consequences ${i + 1}`, found);
    if (shots && i === 1) await shot(page, `layout-${name}-consequences`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
  }
  await waitScreen(page, 'Ending');
  await page.waitForTimeout(200);
  await check(page, `${name} ending`, found);
  if (shots) await shot(page, `layout-${name}-ending`);
  await page.keyboard.press('Enter');
  await waitScreen(page, 'Debrief');
  for (let k = 0; k < 3; k++) {
    await page.waitForTimeout(60);
    await check(page, `${name} debrief ${k + 1}`, found);
    if (shots && k === 0) await shot(page, `layout-${name}-debrief`);
    await page.keyboard.press('ArrowRight');
  }
}

/** The title's problems: the audit's, and any text (the keys line…) drawn over a button (Start…). */
async function checkTitle(page: Page, where: string, found: string[]): Promise<void> {
  await check(page, where, found);
  for (const p of await textOverButtons(page)) found.push(`${where}: ${p.kind} "${p.text}" / ${p.other} (${p.detail})`);
}

/** The text of a named object on the screen (the title's summary and introduction). */
const objectText = (page: Page, name: string) =>
  page.evaluate((n) => {
    interface Obj { name?: string; text?: string; visible?: boolean; list?: Obj[] }
    const game = (window as unknown as { __sb: { game: { scene: { getScenes(a: boolean): { sys: { displayList: { list: Obj[] } } }[] } } } }).__sb.game;
    const all: Obj[] = [];
    const walk = (o: Obj) => { all.push(o); for (const c of o.list ?? []) walk(c); };
    for (const sc of game.scene.getScenes(true)) for (const o of sc.sys.displayList.list) walk(o);
    const o = all.find((x) => x.name === n);
    return o ? { text: o.text ?? '', visible: o.visible !== false } : null;
  }, name);

describe('the title screen at every size, in English and in Persian', () => {
  for (const lang of ['en', 'fa'] as const)
    for (const [width, height] of SIZES)
      it(`${lang} at ${width}×${height}: every summary whole, the introduction whole or open with R, nothing over Start`, async () => {
        const found: string[] = [];
        const query = lang === 'fa' ? '?lang=fa' : '';
        const w = await openPage(env.browser.context, env.served.url, query, async (p) => {
          await p.setViewportSize({ width, height });
          await p.emulateMedia({ reducedMotion: 'reduce' });
        });
        const { page } = w;
        for (const withSave of [false, true]) {
          if (withSave) {
            // A game in progress: the title then also offers to continue it (one more button in the column).
            await page.goto(`${env.served.url}?scenario=${SCENARIOS[0]!.id}&seed=title${width}&difficulty=standard${lang === 'fa' ? '&lang=fa' : ''}`);
            await waitScreen(page, 'Turn');
            await page.goto(env.served.url + query);
          }
          await waitScreen(page, 'Title');
          await page.waitForTimeout(150);
          const where = `title ${lang} ${width}×${height}${withSave ? ' with a saved game' : ''}`;
          await checkTitle(page, where, found);
          await shot(page, `layout-title-${lang}-${width}x${height}${withSave ? '-saved' : ''}`);
          // The chosen scenario's summary is shown whole; every scenario's summary is in its control.
          const chosen = await page.evaluate(() => document.querySelector('[data-control^="scenario-"][aria-pressed="true"]')?.textContent ?? '');
          const summary = await objectText(page, 'title-summary');
          expect(summary?.text.length, where).toBeGreaterThan(10);
          expect(chosen.replace(/\s+/g, ' '), where).toContain(summary!.text.replace(/\s+/g, ' '));
          // The introduction: whole, or its R control is there and opens it whole.
          const intro = await objectText(page, 'title-intro');
          const opener = await page.$('[data-control="read-intro"]');
          if (opener) {
            await page.keyboard.press('r');
            await page.waitForSelector('#sb-controls dialog[open]');
            await page.waitForTimeout(100);
            await check(page, `${where}, introduction open`, found);
            await page.keyboard.press('Escape');
            await page.waitForFunction(() => !document.querySelector('#sb-controls dialog[open]'));
          } else expect(intro?.text.endsWith('\u2026'), where).toBe(false);
        }
        expect(found).toEqual([]);
        expect(w.errors).toEqual([]);
        await page.close();
      }, 60_000);
});

describe('the layout at every size', () => {
  for (const sc of SCENARIOS)
    for (const [width, height] of SIZES)
      it(`${sc.id} at ${width}×${height}, previews on and off: nothing small, cut, unreachable or overlapping`, async () => {
        const found: string[] = [];
        for (const previews of [1, 0]) {
          const name = `${sc.id}-${width}x${height}-p${previews}`;
          // With reduced motion the screens settle at once (the mouse games below check them with motion on).
          const w = await openPage(env.browser.context, env.served.url, `?scenario=${sc.id}&seed=lay${width}p${previews}&difficulty=standard&previews=${previews}`, async (p) => {
            await p.setViewportSize({ width, height });
            await p.emulateMedia({ reducedMotion: 'reduce' });
          });
          await waitScreen(w.page, 'Turn');
          await playAndCheck(w, name, null, found, previews === 1 || width === 1280);
          expect(w.errors).toEqual([]);
          await w.page.close();
        }
        expect(found).toEqual([]);
      }, 240_000);

  for (const sc of SCENARIOS)
    it(`${sc.id} played with the mouse alone at 1280×720 reads whole, and the debrief lists every change`, async () => {
      const found: string[] = [];
      const w = await openPage(env.browser.context, env.served.url, `?scenario=${sc.id}&seed=mouse1&difficulty=standard&previews=1`, async (p) => p.setViewportSize({ width: 1280, height: 720 }));
      const { page } = w;
      await waitScreen(page, 'Turn');
      for (let i = 0; i < 40; i++) {
        if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') break;
        const ids = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLButtonElement>('#sb-controls button[data-control^="choice-"]')].filter((b) => b.getAttribute('aria-disabled') !== 'true').map((b) => b.dataset.control!),
        );
        await clickObject(page, ids[i % ids.length]!);
        // The pointer rests on the chosen option: its likely effects are marked on the meters.
        await page.waitForTimeout(100);
        await check(page, `mouse ${sc.id} chosen ${i + 1}`, found);
        if (i === 1) await shot(page, `layout-mouse-${sc.id}-chosen`);
        await clickObject(page, 'footer-confirm');
        await waitPhase(page, ['consequences']).catch(async (e) => {
          await shot(page, `layout-mouse-${sc.id}-stuck`);
          throw e;
        });
        await page.waitForTimeout(200);
        await check(page, `mouse ${sc.id} consequences ${i + 1}`, found);
        await clickObject(page, 'footer-continue');
        await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
      }
      await waitScreen(page, 'Ending');
      await clickObject(page, 'button-debrief');
      await waitScreen(page, 'Debrief');
      const g = await gameState(page);
      const decided = g.log.filter((r) => r.choice !== null);
      for (let k = 0; k < decided.length; k++) {
        const rec = decided[k]!;
        const why = await page.evaluate(() => document.getElementById('sb-decision')?.textContent ?? '');
        for (const c of [...rec.briefing, ...rec.changes]) expect(why, `decision ${k + 1}`).toContain(`${c.delta > 0 ? '+' : '\u2212'}${Math.abs(c.delta)} \u2192 ${c.after}`);
        await check(page, `mouse ${sc.id} debrief ${k + 1}`, found);
        if (k < decided.length - 1) await clickObject(page, 'button-next');
      }
      await shot(page, `layout-mouse-${sc.id}-debrief-last`);
      expect(found).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.close();
    }, 120_000);

  // A Persian month names two calendars ("آوریل ۲۰۲۲ / فروردین–اردیبهشت ۱۴۰۱") and a practice game adds a badge to the
  // turn counter: the header's longest texts, beside its buttons, in every month of every scenario (games that end
  // early are played again with other choices until each month has been seen).
  for (const sc of SCENARIOS)
    it(`${sc.id} in Persian with practice on at 1024×600: the header's month and counter clear its buttons in every month`, async () => {
      const found: string[] = [];
      const seen = new Set<number>();
      const w = await openPage(env.browser.context, env.served.url, '?lang=fa', async (p) => {
        await p.setViewportSize({ width: 1024, height: 600 });
        await p.emulateMedia({ reducedMotion: 'reduce' });
      });
      const { page } = w;
      const patterns = [(i: number) => i * 7 + 3, (i: number) => i, (i: number) => i * 5 + 1, (i: number) => 2 * i + 1, (i: number) => i * 3 + 2, (i: number) => 0];
      for (const [k, pick] of patterns.entries()) {
        if (seen.size === sc.period.turns) break;
        await page.goto(`${env.served.url}?lang=fa`);
        await waitScreen(page, 'Title');
        await page.focus(`[data-control="scenario-${sc.id}"]`);
        await page.keyboard.press('Enter');
        await page.waitForFunction((id) => document.querySelector(`[data-control="scenario-${id}"]`)?.getAttribute('aria-pressed') === 'true', sc.id);
        await page.fill('#sb-seed', `header${k}`);
        await page.focus('[data-control="practice"]');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('[data-control="practice"]')?.getAttribute('aria-pressed') === 'true');
        await page.focus('[data-control="start"]');
        await page.keyboard.press('Enter');
        await waitScreen(page, 'Turn');
        for (let i = 0; i < 40; i++) {
          if ((await waitPhase(page, ['decision', 'ended'])) === 'ended') break;
          const turn = (await gameState(page)).turn;
          seen.add(turn);
          await page.waitForTimeout(60);
          await check(page, `fa ${sc.id} turn ${turn}`, found);
          if (k === 0 && i === 2) await shot(page, `layout-fa-practice-${sc.id}-turn3`);
          const open = await openChoiceKeys(page);
          const key = open[pick(i) % open.length]!;
          await page.keyboard.press(String(key));
          await page.keyboard.press(String(key));
          await waitPhase(page, ['consequences']);
          await page.waitForTimeout(60);
          await check(page, `fa ${sc.id} consequences ${turn}`, found);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
        }
      }
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: sc.period.turns }, (_, i) => i + 1));
      expect(found).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.close();
    }, 180_000);

  it('the layout stress fixture (four advisors, four options, the longest texts) at 1024×600 with previews', async () => {
    const found: string[] = [];
    const w = await openPage(env.browser.context, env.served.url, '?scenario=stress&seed=layout1&difficulty=story&previews=1', async (p) => {
      await p.setViewportSize({ width: 1024, height: 600 });
      await p.emulateMedia({ reducedMotion: 'reduce' });
    });
    await waitScreen(w.page, 'Turn');
    await playAndCheck(w, 'stress-1024x600-p1', null, found, true);
    expect(found).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 120_000);

  it('draws at the render scale the window needs after a resize, and the screen stays whole', async () => {
    const w = await openPage(env.browser.context, env.served.url, `?scenario=${SCENARIOS[0]!.id}&seed=resize1&difficulty=standard&previews=1`, async (p) => p.setViewportSize({ width: 1280, height: 720 }));
    const { page } = w;
    await waitScreen(page, 'Turn');
    expect(await page.evaluate(() => document.querySelector('canvas')!.width)).toBe(1280);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => document.querySelector('canvas')!.width === 1920, null, { timeout: 5000 });
    await waitScreen(page, 'Turn');
    await page.waitForTimeout(300);
    const found: string[] = [];
    await check(page, 'after resize', found);
    await shot(page, 'layout-resized-to-1920x1080');
    expect(found).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('shows every line that explains a jump (seed n73xjp6m) and keeps labels off their previews (seed res1920)', async () => {
    const found: string[] = [];
    const main = SCENARIOS.find((s) => s.id.startsWith('2022')) ?? SCENARIOS[0]!;
    for (const [seed, keys] of [
      ['n73xjp6m', [1, 3, 2, 2, 1, 1]],
      ['res1920', [2, 3, 2, 2, 3, 2]],
    ] as const) {
      const w = await openPage(env.browser.context, env.served.url, `?scenario=${main.id}&seed=${seed}&difficulty=standard&previews=1`, async (p) => p.setViewportSize({ width: 1024, height: 600 }));
      const { page } = w;
      await waitScreen(page, 'Turn');
      for (const key of keys) {
        await waitPhase(page, ['decision']);
        await page.keyboard.press(String(key));
        await page.keyboard.press('Enter');
        await waitPhase(page, ['consequences']);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (window as unknown as { __sb: { snapshot(): { value: string } } }).__sb.snapshot().value !== 'consequences');
      }
      await waitPhase(page, ['decision', 'ended']);
      await page.waitForTimeout(250);
      await check(page, seed, found);
      await shot(page, `layout-${seed}-1024x600`);
      // Every change since the last decision is on the strip, in the accessible layer as on the canvas.
      const g = await gameState(page);
      const last = g.log.map((r) => r.choice !== null).lastIndexOf(true);
      const changes = g.log.slice(last + 1).flatMap((r) => r.briefing);
      const strip = await page.evaluate(() => document.getElementById('sb-briefing')?.textContent ?? '');
      for (const c of changes) expect(strip).toContain(`${c.delta > 0 ? '+' : '\u2212'}${Math.abs(c.delta)} \u2192 ${c.after}`);
      expect(w.errors).toEqual([]);
      await page.close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});
