import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classAnalysis, describeOption, describeSwing, modelCaveat } from '../../src/analysis';
import { cardTitle, choiceLabel } from '../../src/app';
import { compileScenario } from '../../src/engine';
import { analysisEn } from '../../src/teacher/i18n/en-analysis';
import { cliAnalyse } from './support/analysis';
import { codeOfRecord } from './support/records';
import { nodeScenarios, SCREENSHOTS, studentGame, useTeacherPage } from './teacher-support';

// The teacher page's decision analysis: in the viewer, one student's game with the CLI's numbers, by mouse and
// keys, with progress and Cancel; in the class report, each card's choices beside each option's pooled odds and
// the decision that mattered most, as classAnalysis gives them in Node.

const bind = nodeScenarios().find((s) => s.id === '2022-suspicious-bind')!;
const cs = compileScenario(bind);
const replay = studentGame(bind, 'teach-an1', 'standard', 'Ana');
const code = codeOfRecord(replay, bind);

const tp = useTeacherPage();

const done = (p: Page) => expect.poll(() => p.getByTestId('analysis-status').textContent(), { timeout: 60_000 }).toMatch(/^Done: /);
const optionWords = (p: Page) => p.getByTestId('analysis-option-words').allTextContents();
const swingWords = (p: Page) => p.getByTestId('analysis-swing').allTextContents();

describe("the viewer's decision analysis", () => {
  it("shows one game's odds exactly as the CLI gives them, decision by decision", async () => {
    await tp.page.setViewportSize({ width: 1280, height: 900 });
    await tp.page.goto(`${tp.served.url}teacher.html#viewer?code=${code}`);
    await tp.page.getByRole('link', { name: 'Decision analysis' }).click();
    await tp.page.getByRole('radio', { name: /^At random/ }).check();
    await tp.page.getByRole('radio', { name: '100', exact: true }).check();
    await done(tp.page);
    expect(tp.page.url()).toContain('policy=random');
    expect(tp.page.url()).toContain('futures=100');
    expect(await tp.page.locator('.analysis-progress').getAttribute('data-mode')).toBe('workers');
    const a = cliAnalyse(code, 'random', 100);
    expect(await tp.page.getByTestId('analysis-caveat').textContent()).toBe(modelCaveat(a));
    const buttons = tp.page.locator('button.analysis-decision');
    expect(await buttons.count()).toBe(a.decisions.length);
    expect(await tp.page.locator('button.analysis-decision.flagged').count()).toBe(a.flagged.length);
    const check = async (i: number) => {
      const d = a.decisions[i]!;
      expect(await buttons.nth(i).getAttribute('aria-pressed')).toBe('true');
      expect(await swingWords(tp.page)).toEqual([describeSwing(bind, a, d.index, 'reached'), describeSwing(bind, a, d.index, 'balanced')]);
      expect(await optionWords(tp.page)).toEqual(d.options.map((o) => describeOption(bind, d, o)));
    };
    // It opens on the decision that mattered most; a click opens another, the arrow keys the next ones.
    await check(a.decisions.findIndex((d) => d.index === a.mostDecisive[0]));
    await buttons.nth(0).click();
    await check(0);
    for (let i = 1; i < Math.min(4, a.decisions.length); i++) {
      await tp.page.keyboard.press('ArrowRight');
      await check(i);
      expect(await tp.page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(String(a.decisions[i]!.index));
    }
    await tp.page.screenshot({ path: `${SCREENSHOTS}/analysis-teacher-viewer.png`, fullPage: true });
    // The link keeps the settings: a reload shows the same analysis.
    await tp.page.reload();
    await done(tp.page);
    expect(await tp.page.getByTestId('analysis-caveat').textContent()).toBe(modelCaveat(a));
    expect(tp.errors).toEqual([]);
  }, 120_000);

  it('shows its progress, stops on Cancel, and the page goes on working', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#viewer/analysis?code=${code}&futures=2000`);
    const bar = tp.page.getByTestId('analysis-progress');
    await expect.poll(async () => Number(await bar.evaluate((b) => (b as HTMLProgressElement).value)), { timeout: 30_000 }).toBeGreaterThan(0);
    await tp.page.getByTestId('analysis-cancel').click();
    expect(await tp.page.getByTestId('analysis-status').textContent()).toMatch(/^Cancelled/);
    expect(await tp.page.getByTestId('analysis-cancel').isHidden()).toBe(true);
    expect(await tp.page.getByTestId('analysis-result').count()).toBe(0);
    await tp.page.getByRole('link', { name: 'Turn by turn' }).click();
    await expect.poll(() => tp.page.locator('.turn-heading').textContent()).toContain('Turn 1 of');
    expect(tp.errors).toEqual([]);
  }, 120_000);
});

describe("the class report's decision analysis", () => {
  const names = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emi'];
  const records = names.map((n) => studentGame(bind, 'class-an', 'standard', n));

  it("puts each card's choices beside each option's pooled odds, and names the decision that mattered most", async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByLabel('Replay codes, one per line').fill(records.map((r, i) => `${names[i]}: ${codeOfRecord(r, bind)}`).join('\n'));
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await tp.page.getByRole('button', { name: `Analyse the class’s ${names.length} games` }).click();
    await done(tp.page);
    const c = classAnalysis(bind, records, { policy: 'as-played', futures: 100 })!;
    expect(await tp.page.getByTestId('class-most').textContent()).toBe(`The decision that mattered most for this class: ${cardTitle(cs, c.mostDecisive!)}.`);
    const cards = tp.page.locator('.card-analysis');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-card')))).toEqual(c.cards.map((x) => x.card));
    for (const [i, card] of c.cards.slice(0, 3).entries()) {
      const rows = cards.nth(i).locator('tbody tr');
      for (const [j, o] of card.options.entries()) {
        const cells = await rows.nth(j).locator('th, td').allTextContents();
        expect(cells[0]).toBe(choiceLabel(cs, card.card, o.choice));
        expect(cells[1]).toBe(`${o.chosen} of ${card.seen}`);
        if (o.open) expect(cells.at(-1)).toBe(analysisEn.share(o.balanced));
      }
    }
    await tp.page.screenshot({ path: `${SCREENSHOTS}/analysis-teacher-class.png`, fullPage: true });
    // Reordering the cards redraws the report: the analysis stays.
    await tp.page.getByRole('radio', { name: 'where the class differed most from Tehran' }).check();
    expect(await tp.page.getByTestId('class-most').count()).toBe(1);
    expect(tp.errors).toEqual([]);
  }, 180_000);
});
