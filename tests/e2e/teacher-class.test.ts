import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, createGameActor, majorityChoice } from '../../src/engine';
import { codeOfRecord, recordFor, verifyValue } from './support/records';
import { classReport, playThroughMachine, type StrategyName, type Submission } from '../../src/analysis';
import { parseHandInText, readHandInFile } from '../../src/app';
import { downloadText, nodeScenarios, SCREENSHOTS, useTeacherPage } from './teacher-support';

// The classroom sections in a real headless Chromium: the class report over a class's replays (some broken),
// and projector mode played by keyboard with a tie, its replay checked in Node.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind') ?? scenarios[0]!;
const other = scenarios.find((s) => s.id !== main.id);
const find = (id: string) => scenarios.find((s) => s.id === id);
const cs = compileScenario(main);

const NAMES = ['Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jamal', 'Kai', 'Lena', 'Milo', 'Nora', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Viktor', 'Wen', 'Xavi'];
const STRATEGIES: StrategyName[] = ['random', 'west', 'russia', 'balanced', 'hardline', 'random'];
/** A class that played one class link (same seed) with different styles; "random" students differ by their own seed. */
const games = NAMES.map((_, i) => playThroughMachine(main, i % 6 === 0 ? `class7-${i}` : 'class7', 'standard', STRATEGIES[i % 6]!));
const replays = games.map((g) => recordFor(g));

const tp = useTeacherPage();
const shot = (name: string) => tp.page.screenshot({ path: join(SCREENSHOTS, `teacher-${name}.png`), fullPage: true });

describe('class report', () => {
  it('verifies pasted codes and dropped files, lists the refused with why, and reports the rest as the engine does', async () => {
    const pasted = NAMES.slice(0, 16).map((n, i) => `${n}: ${codeOfRecord(replays[i]!, main)}`);
    const code = codeOfRecord(replays[0]!, main);
    const brokenLines = [`Yves: ${code.slice(0, code.lastIndexOf('.'))}`, 'Class 9B, handed in on Friday'];
    const files = NAMES.slice(16).map((n, i) => ({ name: `${n}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(replays[16 + i])) }));
    const tampered = { ...replays[1]!, result: { ...replays[1]!.result!, final: 'x0x0x0' } };
    const foreign = other ? recordFor(playThroughMachine(other, 'class7', other.difficulties[0]!.id, 'balanced')) : { nope: 1 };
    const brokenFiles = [
      { name: 'Zed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
      { name: 'essay.txt', mimeType: 'text/plain', buffer: Buffer.from('My reflections on the JCPOA.') },
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 32) },
      { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) },
    ];

    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByLabel('Replay codes, one per line').fill([...pasted, ...brokenLines].join('\n'));
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await expect.poll(() => tp.page.locator('.add-status').textContent()).toMatch(/^From the paste: 17 replays read \(all with names\); 1 line without a code left out\. Of these: /);
    await tp.page.locator('.file-input').setInputFiles([...files, ...brokenFiles]);
    await expect.poll(() => tp.page.getByTestId('count-submitted').textContent()).toBe(String(17 + files.length + brokenFiles.length));

    // The same hand-in read in Node by the same shared parser: the page must report exactly what the engine does.
    const paste = parseHandInText([...pasted, ...brokenLines].join('\n'), 'From the paste', (n) => `Pasted code ${n}`);
    const fromFiles = [...files, ...brokenFiles].map((f) => readHandInFile(f.name, new Uint8Array(f.buffer)));
    const subs: Submission[] = [paste, ...fromFiles].flatMap((r) => r.items).map((i) => ({ name: i.name, replay: i.replay, nameFrom: i.nameFrom, source: i.source, ...(i.refusal ? { refusal: i.refusal } : {}) }));
    const expected = classReport(subs, main, find);
    expect(await tp.page.getByTestId('count-verified').textContent()).toBe(String(expected.counted));
    expect(expected.groups.class + expected.groups['other-class'] + expected.groups.copy + expected.groups.duplicate).toBe(NAMES.length + (other ? 1 : 0));
    const rows = await tp.page.locator('.refused-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.getAttribute('data-kind')]));
    expect(rows).toEqual(expected.refused.map((r) => [r.name, r.kind]));
    expect(rows.map((r) => r[1])).toEqual(['truncated', 'tampered', 'malformed', 'oversized']);
    expect(await tp.page.locator('.refused-table').textContent()).toContain('Cut short');
    // Bots on one seed play alike: the same game under another name is a possible copy, not counted.
    expect(expected.groups.copy).toBeGreaterThan(0);
    expect(await tp.page.getByTestId('copies-table').locator('tbody tr').count()).toBe(expected.groups.copy);
    expect(await tp.page.getByTestId('other-class-table').locator('tbody tr').count()).toBe(expected.groups['other-class']);

    expect(await tp.page.locator('.bar-chart .bar-row').count()).toBe(expected.endings.length);
    expect(await tp.page.locator('.card-report').count()).toBe(expected.cards.length);
    expect(await tp.page.locator('.card-report h4').evaluateAll((hs) => hs.map((h) => h.firstChild!.textContent))).toEqual(expected.cards.map((c) => c.title));
    expect(await tp.page.locator('.small-multiples svg.chart').count()).toBe(3);
    expect(await tp.page.locator('.small-multiples polygon.band').count()).toBe(6);
    expect(await tp.page.locator('.students tbody th').allTextContents()).toEqual(expected.students.map((d) => d.name));
    const json = await downloadText(tp.page, () => tp.page.getByTestId('export-json').click());
    expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(expected)));
    const students = await downloadText(tp.page, () => tp.page.getByTestId('export-students').click());
    expect(students.text.trim().split('\r\n')).toHaveLength(subs.length + 1);
    await shot('report');
    await tp.page.getByTestId('open-student').first().click();
    await expect.poll(() => tp.page.locator('.summary').count()).toBe(1);
    expect(tp.page.url()).toContain('#viewer?code=SB2.');
    expect(tp.errors).toEqual([]);
  });
});

describe('projector mode', () => {
  it('takes the tallies by keyboard, breaks a tie by the seed, and its replay (with votes) verifies in Node', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#projector?scenario=${main.id}&seed=room12&difficulty=standard&previews=0`);
    await tp.page.getByRole('button', { name: 'Start the class game' }).click();
    const first = tp.page.locator('.tally-input:not([disabled])').first();
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await tp.page.keyboard.type('5');
    await tp.page.keyboard.press('Tab');
    await tp.page.keyboard.press('Tab');
    await tp.page.keyboard.press('Tab');
    await tp.page.keyboard.type('2');
    await tp.page.keyboard.press('+');
    await tp.page.keyboard.press('+');
    await tp.page.keyboard.press('ArrowUp');
    await shot('projector');
    await tp.page.keyboard.press('Enter');
    await expect.poll(() => tp.page.getByTestId('tie').count()).toBe(1);
    const tieText = (await tp.page.getByTestId('tie').textContent())!;
    expect(tieText).toContain('seed');
    await shot('projector-tie');

    for (let turn = 0; turn < 40; turn++) {
      await tp.page.getByRole('button', { name: /^(On to .*|See the ending →)$/ }).click();
      if (await tp.page.getByTestId('projector-code').count()) break;
      await expect.poll(() => tp.page.locator('.tally-input:not([disabled])').first().evaluate((el) => el === document.activeElement)).toBe(true);
      await tp.page.keyboard.press('+');
      await tp.page.keyboard.press('+');
      await tp.page.keyboard.press('+');
      await tp.page.keyboard.press('Enter');
    }
    await shot('projector-end');
    const file = await downloadText(tp.page, () => tp.page.getByTestId('projector-download').click());
    const replay = JSON.parse(file.text);
    const back = verifyValue(replay, find);
    expect(back.ok).toBe(true);
    const votes = replay.decisions.map((d: { votes?: Record<string, number> }) => d.votes);
    expect(votes.every(Boolean)).toBe(true);

    // The first decision: 5 hands against 5, decided the way the engine decides it from the seed.
    const actor = createGameActor(main, { seed: 'room12', difficulty: 'standard', settings: { previews: false } }).start();
    const g0 = actor.getSnapshot().context.game;
    const card = cs.cardById.get(g0.card!)!;
    expect(votes[0]).toEqual({ [card.choices[0]!.id]: 5, [card.choices[1]!.id]: 5, ...Object.fromEntries(card.choices.slice(2).map((c) => [c.id, 0])) });
    expect(replay.decisions[0].choice).toBe(majorityChoice(cs, g0, votes[0]));
    actor.stop();

    await tp.page.getByRole('button', { name: 'Open the debrief' }).click();
    await expect.poll(() => tp.page.locator('.turn-heading').textContent()).toContain('Turn 1 of');
    expect(await tp.page.locator('.votes-block').textContent()).toContain('5 votes');
    expect(await tp.page.locator('.tie-note').textContent()).toContain('seed broke it');
    await shot('projector-debrief');
    expect(tp.errors).toEqual([]);
  });
});
