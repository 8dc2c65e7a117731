import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, openChoices, type GameActor, type GameState } from '../../src/engine';
import { branchAt, playThroughMachine, whatIf } from '../../src/analysis';
import { codeFor, gameOf, recordFor, verifyValue } from './support/records';
import { choiceLabel, decodeClassCode, encodeClassCode, endingCauseLine, endingWhy, gameCsv, outcomeEn } from '../../src/app';
import type { ScenarioData } from '../../src/scenario/types';
import { downloadText, nodeScenarios, SCREENSHOTS, useTeacherPage, watchErrors } from './teacher-support';

// The teacher page in a real headless Chromium: class setup, the replay viewer (keyboard stepping and
// refusals), "what if" against the engine in Node, and the exports.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind') ?? scenarios[0]!;
const find = (id: string) => scenarios.find((s) => s.id === id);
const cs = compileScenario(main);

/** A long game to view: the first seed whose cautious game lasts the whole scenario. */
function longGame(scenario: ScenarioData): GameState {
  for (let i = 0; ; i++) {
    const g = playThroughMachine(scenario, `viewer-${i}`, 'standard', 'balanced');
    if (g.log.filter((r) => r.choice).length >= 8 || i > 30) return g;
  }
}
const game = longGame(main);
const replay = recordFor(game);
const code = codeFor(game, main);

const tp = useTeacherPage();

const shot = (name: string) => tp.page.screenshot({ path: join(SCREENSHOTS, `teacher-${name}.png`), fullPage: true });
const heading = () => tp.page.locator('.turn-heading').textContent();

describe('teacher page', () => {
  it('class setup gives a link that opens the game with those settings, and a code that decodes to them', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#setup`);
    await tp.page.getByRole('radio', { name: new RegExp(`^${main.title}`) }).check();
    await tp.page.getByLabel('Seed', { exact: true }).fill('class42');
    const hard = main.difficulties[main.difficulties.length - 1]!;
    await tp.page.getByRole('radio', { name: new RegExp(`^${hard.name}`) }).check();
    const previews = tp.page.getByRole('checkbox', { name: 'Show choice previews' });
    if (!(await previews.isChecked())) await previews.check();
    const settings = { scenario: main.id, seed: 'class42', difficulty: hard.id, previews: true };
    const link = await tp.page.getByTestId('class-link').inputValue();
    expect(link).toBe(`${tp.served.url}index.html?scenario=${main.id}&seed=class42&difficulty=${hard.id}&previews=1`);
    const classCode = (await tp.page.getByTestId('class-code').textContent())!;
    expect(classCode).toBe(encodeClassCode(scenarios, settings));
    expect(decodeClassCode(scenarios, classCode)).toEqual({ ok: true, settings });
    await shot('setup');
    await tp.page.getByLabel('Class code', { exact: true }).fill('homework');
    await tp.page.getByRole('button', { name: 'Use these settings here' }).click();
    await expect.poll(() => tp.page.locator('.join .field-error').textContent()).toContain('is not a class code');
    await tp.page.getByLabel('Class code', { exact: true }).fill('  ');
    await tp.page.getByRole('button', { name: 'Use these settings here' }).click();
    await expect.poll(() => tp.page.locator('.join .field-error').textContent()).toBe('The box is empty: paste the class code (like 2022-1p-k7qxm2pa) or the class link.');
    // A class link pasted whole is taken too, practice games and all; the link and the code it gives carry them.
    const practiceLink = `${tp.served.url}index.html?scenario=${main.id}&seed=class43&difficulty=${hard.id}&previews=1&practice=1`;
    await tp.page.getByLabel('Class code', { exact: true }).fill(`<${practiceLink}>`);
    await tp.page.getByRole('button', { name: 'Use these settings here' }).click();
    await expect.poll(() => tp.page.getByTestId('class-link').inputValue()).toBe(practiceLink);
    expect(await tp.page.getByRole('checkbox', { name: 'Allow practice games first' }).isChecked()).toBe(true);
    expect(await tp.page.getByTestId('class-code').textContent()).toBe(encodeClassCode(scenarios, { ...settings, seed: 'class43', practice: true }));
    expect(await tp.page.locator('.join .field-error').isHidden()).toBe(true);
    await tp.page.getByLabel('Class code', { exact: true }).fill(classCode);
    await tp.page.getByRole('button', { name: 'Use these settings here' }).click();
    expect(await tp.page.getByTestId('class-link').inputValue()).toBe(link);

    const game = await tp.browser.context.newPage();
    const gameErrors = watchErrors(game);
    await game.goto(link);
    await game.waitForSelector('#game canvas', { timeout: 15_000 });
    expect(new URL(game.url()).searchParams.get('seed')).toBe('class42');
    expect(new URL(game.url()).searchParams.get('scenario')).toBe(main.id);
    // The class that allows practice games opens the game's title with the class joined and practice offered.
    await game.goto(practiceLink);
    await game.waitForFunction(() => (window as unknown as { __sb?: { screen: string } }).__sb?.screen === 'Title', null, { timeout: 15_000 });
    await game.waitForFunction(() => document.querySelector<HTMLInputElement>('#sb-seed')?.value === 'class43');
    expect(await game.evaluate(() => document.querySelector('[data-control="practice"]')?.getAttribute('aria-pressed'))).toBe('false');
    expect(gameErrors).toEqual([]);
    await game.close();
  });

  it('reports an unknown section and a junk link code in words, never a blank page', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#no-such-place`);
    await expect.poll(() => tp.page.locator('.notice').textContent()).toContain('no-such-place');
    expect(await tp.page.locator('h1').textContent()).toBe('Class setup');
    await tp.page.goto(`${tp.served.url}teacher.html#viewer?code=hello%20world`);
    await expect.poll(() => tp.page.locator('.refusal').textContent()).toContain('Not a replay');
  });

  it('opens a pasted code and steps through the turns with the keyboard', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#viewer`);
    await tp.page.getByLabel('Replay code').fill(code);
    await tp.page.getByRole('button', { name: 'Open this code' }).click();
    await expect.poll(() => tp.page.getByTestId('ending').textContent()).toBe(cs.endingById.get(game.ending!.id)!.title);
    const last = game.log[game.log.length - 1]!;
    await tp.page.locator('body').click({ position: { x: 5, y: 300 } });
    await tp.page.keyboard.press('End');
    expect(await heading()).toContain(`Turn ${last.turn} of ${game.turn}`);
    // Why the game ended, in the words the game and the CLI use.
    const why = endingWhy(cs, game, outcomeEn);
    const ending = (await tp.page.locator('.ending-part').textContent()) ?? '';
    expect(why.met.length + why.missed.length).toBeGreaterThan(0);
    for (const l of [...why.met, ...why.missed, ...game.ending!.causes.map((c) => endingCauseLine(cs, c, outcomeEn))]) expect(ending).toContain(l);
    await tp.page.keyboard.press('ArrowLeft');
    expect(await heading()).toContain(`Turn ${game.log[game.log.length - 2]!.turn} of`);
    await tp.page.keyboard.press('Home');
    expect(await heading()).toContain('Turn 1 of');
    await tp.page.keyboard.press('ArrowRight');
    expect(await heading()).toContain('Turn 2 of');
    const third = game.log[2]!;
    await tp.page.getByLabel('Turn', { exact: true }).fill(String(third.turn));
    await tp.page.keyboard.press('Enter');
    expect(await heading()).toContain(`Turn ${third.turn} of`);
    if (third.card) {
      expect(await tp.page.getByTestId('chosen').textContent()).toBe(choiceLabel(cs, third.card, third.choice));
      // A card whose history is only a reported claim is headed by what the record shows, not by what Tehran did.
      const hist = cs.cardById.get(third.card)!.history;
      expect(await tp.page.locator('.history h3').first().textContent()).toBe(hist.choice && hist.choiceIs === 'claim' ? 'What the record shows' : 'What Tehran actually did');
    }
    expect(tp.page.url()).toContain(`turn=${third.turn}`);
    await tp.page.setViewportSize({ width: 1280, height: 720 });
    await tp.page.screenshot({ path: join(SCREENSHOTS, 'teacher-viewer-720.png') });
    await shot('viewer');
  });

  it('refuses a tampered code, a truncated code, an oversized file, a non-replay and a cut-off file, and stays usable', async () => {
    const body = code.split('.')[1]!;
    const flipped = body.slice(0, 20) + (body[20] === 'A' ? 'B' : 'A') + body.slice(21);
    const cases: [string, string][] = [
      [`SB2.${flipped}.${code.split('.')[2]}`, 'tampered'],
      [code.slice(0, code.lastIndexOf('.')), 'truncated'],
    ];
    await tp.page.locator('.loader-details summary').click();
    for (const [bad, kind] of cases) {
      await tp.page.getByLabel('Replay code').fill(bad);
      await tp.page.getByRole('button', { name: 'Open this code' }).click();
      await expect.poll(() => tp.page.locator('.refusal').getAttribute('data-kind')).toBe(kind);
      expect(await tp.page.getByTestId('ending').count()).toBe(1);
    }
    expect(await tp.page.locator('.refusal-title').textContent()).toContain('Cut short');
    await tp.page.locator('.file-input').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1_100_000, 32) });
    await expect.poll(() => tp.page.locator('.refusal').getAttribute('data-kind')).toBe('oversized');
    await tp.page.locator('.file-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"homework": true}') });
    await expect.poll(() => tp.page.locator('.refusal').getAttribute('data-kind')).toBe('malformed');
    await tp.page.locator('.file-input').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(replay).slice(0, 80)) });
    await expect.poll(() => tp.page.locator('.refusal').getAttribute('data-kind')).toBe('truncated');
    await shot('viewer-refused');
    await tp.page.locator('.file-input').setInputFiles({ name: 'student.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(replay)) });
    await expect.poll(() => tp.page.locator('.refusal').count()).toBe(0);
    expect(tp.errors).toEqual([]);
  });

  it('"what if" shows both futures as the engine computes them in Node', async () => {
    await tp.page.getByRole('link', { name: 'What if…?' }).click();
    const index = 2;
    await tp.page.getByTestId('whatif-decision').selectOption(String(index));
    const rec = game.log.filter((r) => r.choice)[index]!;
    const open = openChoices(cs, gameOf(main, game.seed, game.difficulty, replay.decisions.slice(0, index).map((d) => d.choice)).game);
    const alt = main.cards.find((c) => c.id === rec.card)!.choices.find((c) => c.id !== rec.choice && open.includes(c.id))!;
    await tp.page.getByRole('radio', { name: new RegExp(`^${escape(alt.label)}`) }).check();
    for (const how of ['west', 'keep'] as const) {
      await tp.page.getByRole('radio', { name: how === 'keep' ? /^Keeping this game/ : /^Leaning West/ }).check();
      await tp.page.getByRole('button', { name: 'Show the other future' }).click();
      const w = whatIf(main, game, index, alt.id, how)!;
      const title = (g: GameState) => cs.endingById.get(g.ending!.id)!.title;
      await expect.poll(() => tp.page.locator('.future-b .ending-title').textContent()).toBe(title(w.alternative));
      expect(await tp.page.locator('.future-a .ending-title').textContent()).toBe(title(w.original));
      expect(await tp.page.getByTestId('changed-turn').textContent()).toContain(`turn ${w.changedTurn},`);
      const diverge = await tp.page.getByTestId('diverge-turn').textContent();
      if (w.cardsDivergeAt === null) expect(diverge).toContain('same cards');
      else expect(diverge).toContain(`turn ${w.cardsDivergeAt},`);
      expect(await tp.page.locator('.comparison svg.chart path.series').count()).toBe(6);
      expect(await tp.page.locator('.comparison svg.chart path.series.dashed').count()).toBe(3);
      const lastRow = await tp.page.locator('.comparison .chart-data tbody tr').last().locator('td').allTextContents();
      const n = Math.max(w.original.turn, w.alternative.turn);
      const at = (g: GameState, stat: string) => (g.log.find((r) => r.turn === n)?.stats[stat] ?? null);
      expect(lastRow).toEqual(['west', 'russia', 'elites'].flatMap((m) => [at(w.original, m), at(w.alternative, m)].map((v) => (v === null ? '\u2013' : String(v)))));
    }
    await shot('whatif');

    await tp.page.getByRole('button', { name: 'Play on from there yourself' }).click();
    const actor = branchAt(main, game, index, alt.id)!;
    for (let step = 0; step < 40; step++) {
      const next = tp.page.getByRole('button', { name: /^(Next month|See how it ends)$/ });
      await next.click();
      if (await tp.page.locator('.comparison').count()) break;
      await tp.page.locator('.choice-button:not([disabled])').first().click();
    }
    const mine = finishFirstOpen(actor);
    await expect.poll(() => tp.page.locator('.future-b .ending-title').textContent()).toBe(cs.endingById.get(mine.ending!.id)!.title);
    await shot('whatif-played');
  });

  it('exports the CSV and the replay exactly, and prints the debrief on at most two pages', async () => {
    await tp.page.getByRole('link', { name: 'Debrief and export' }).click();
    const csv = await downloadText(tp.page, () => tp.page.getByTestId('download-csv').click());
    expect(csv.text).toBe(gameCsv(cs, game));
    const json = await downloadText(tp.page, () => tp.page.getByTestId('download-json').click());
    const back = verifyValue(JSON.parse(json.text), find);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.record.result!.final).toBe(replay.result!.final);
    await shot('debrief');
    const pdf = await tp.page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    expect(tp.errors).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plays a branch as the test clicked it: the first open option on every card. */
function finishFirstOpen(actor: GameActor): GameState {
  for (let snap = actor.getSnapshot(); snap.status !== 'done'; snap = actor.getSnapshot()) {
    if (snap.value === 'consequences') actor.send({ type: 'CONTINUE' });
    else actor.send({ type: 'CHOOSE', choice: openChoices(cs, snap.context.game)[0]! });
  }
  const g = actor.getSnapshot().context.game;
  actor.stop();
  return g;
}
