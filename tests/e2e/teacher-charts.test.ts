import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOfRecord, recordFor } from './support/records';
import { playThroughMachine, type StrategyName } from '../../src/analysis';
import { nodeScenarios, SCREENSHOTS, useTeacherPage } from './teacher-support';

// Every chart label is whole and clear of the others: no end label cut at the chart's edge ("median 55.5"), no
// month labels on top of each other, on screen and in print. Measured from the rendered SVG text boxes.

const scenarios = nodeScenarios();
const main = scenarios.find((s) => s.id === '2022-suspicious-bind')!;
const STRATEGIES: StrategyName[] = ['random', 'west', 'russia', 'balanced', 'hardline'];
const codes = Array.from({ length: 12 }, (_, i) => codeOfRecord(recordFor(playThroughMachine(main, i < 6 ? 'charts' : `charts${i}`, 'standard', STRATEGIES[i % 5]!), { previews: false, student: `S${i}` }), main));

const tp = useTeacherPage();

interface Box { text: string; x: number; y: number; w: number; h: number }

/** Each chart's text boxes (in its own viewBox units) that leave the chart or overlap another text. */
async function labelProblems(): Promise<string[]> {
  return tp.page.$$eval('svg.chart', (svgs) => svgs.flatMap((svg, k) => {
    const vb = (svg as SVGSVGElement).viewBox.baseVal;
    const boxes: Box[] = [...svg.querySelectorAll('text')].filter((el) => el.textContent!.trim() && !el.closest('title')).map((el) => {
      const b = (el as SVGTextElement).getBBox();
      return { text: el.textContent!, x: b.x, y: b.y, w: b.width, h: b.height };
    });
    const out: string[] = [];
    for (const b of boxes) if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.w > vb.x + vb.width + 0.5 || b.y + b.h > vb.y + vb.height + 0.5) out.push(`chart ${k}: "${b.text}" is cut by the chart's edge`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
        if (overlap) out.push(`chart ${k}: "${a.text}" overlaps "${b.text}"`);
      }
    return out;
  }));
}

describe('chart labels', () => {
  it('are whole and apart in the class report and the viewer, on screen and in print, at three widths', async () => {
    await tp.page.goto(`${tp.served.url}teacher.html#report`);
    await tp.page.getByLabel('Replay codes, one per line').fill(codes.map((c, i) => `S${i}: ${c}`).join('\n'));
    await tp.page.getByRole('button', { name: 'Add these codes' }).click();
    await tp.page.getByTestId('include-otherClass').click();
    await expect.poll(() => tp.page.locator('.small-multiples svg.chart').count()).toBe(3);
    for (const size of [{ width: 1024, height: 600 }, { width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await tp.page.setViewportSize(size);
      expect(await labelProblems()).toEqual([]);
    }
    await tp.page.emulateMedia({ media: 'print' });
    expect(await labelProblems()).toEqual([]);
    await tp.page.emulateMedia({ media: 'screen' });
    await tp.page.screenshot({ path: join(SCREENSHOTS, 'teacher-report-charts.png'), fullPage: false, clip: { x: 0, y: 0, width: 1920, height: 1080 } });

    await tp.page.goto(`${tp.served.url}teacher.html#viewer/whatif?code=${codes[7]}&turn=3&how=balanced&run=1`);
    await expect.poll(() => tp.page.locator('.whatif-result svg.chart').count()).toBeGreaterThan(0);
    expect(await labelProblems()).toEqual([]);

    await tp.page.goto(`${tp.served.url}teacher.html#viewer/debrief?code=${codes[7]}`);
    await expect.poll(() => tp.page.locator('svg.chart').count()).toBeGreaterThan(0);
    expect(await labelProblems()).toEqual([]);
    await tp.page.emulateMedia({ media: 'print' });
    expect(await labelProblems()).toEqual([]);
    await tp.page.emulateMedia({ media: 'screen' });
  });
});
