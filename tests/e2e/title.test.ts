import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load';
import { openPage, shot, waitScreen } from './support/page';
import { useServedGame } from './support/test-build';

// The title screen never hides the scenario's introduction: when it is cut to fit, R (or its button) opens it whole.

const file = resolve(import.meta.dirname, '../../scenarios/2022-suspicious-bind.yaml');
const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error('the 2022 scenario does not load');
const scenario = loaded.scenario;

const env = useServedGame();

describe('the title screen', () => {
  it('opens a cut introduction whole with R and with its button, at 1024×600', async () => {
    const w = await openPage(env.browser.context, env.served.url, '');
    await w.page.setViewportSize({ width: 1024, height: 600 });
    await waitScreen(w.page, 'Title');
    await w.page.waitForSelector('[data-control="read-intro"]');
    await w.page.keyboard.press('r');
    await w.page.waitForSelector('#sb-controls [role="dialog"]');
    const whole = await w.page.evaluate(() => document.querySelector('#sb-controls [role="dialog"]')?.textContent ?? '');
    expect(whole.replace(/\s+/g, ' ')).toContain(scenario.intro.replace(/\s+/g, ' ').trim().slice(-60));
    await shot(w.page, '01b-title-intro-in-full-1024x600');
    await w.page.keyboard.press('Escape');
    await w.page.focus('[data-control="read-intro"]');
    await w.page.keyboard.press('Enter');
    await w.page.waitForSelector('#sb-controls [role="dialog"]');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
