// Captures the first turn's texts (2022 scenario, seed bench0, 1280×720) into bench/blank-texts/turn-texts.json, the
// blank-texts floor page's content: run it again when the turn screen's texts change.
// Run: node bin/run-ts.mjs bench/capture-turn-texts.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/support/chromium';
import { buildAndServe } from '../tests/e2e/support/server';

const served = await buildAndServe({ withFixture: false });
const b = await launch();
try {
  const page = await b.context.newPage();
  await page.goto(`${served.url}?scenario=2022-suspicious-bind&seed=bench0`);
  await page.waitForFunction(() => performance.getEntriesByName('sb:playable').length > 0);
  const texts = (await page.evaluate(`(() => {
    const texts = [];
    const walk = (o) => {
      if (o.type === 'Text') {
        const m = o.getWorldTransformMatrix(), s = o.style;
        texts.push({ x: Math.round(m.tx), y: Math.round(m.ty), text: o.text, font: s.fontStyle + '|' + s.fontSize + '|' + s.fontFamily, color: s.color, wrap: s.wordWrapWidth || 0, lineSpacing: o.lineSpacing, letterSpacing: o.letterSpacing });
      }
      if (o.list) o.list.forEach(walk);
    };
    for (const s of window.__sb.game.scene.getScenes(true)) s.children.list.forEach(walk);
    return texts;
  })()`)) as unknown[];
  writeFileSync(resolve(import.meta.dirname, 'blank-texts/turn-texts.json'), `[\n${texts.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`);
  console.log(`${texts.length} texts captured`);
} finally {
  await b.close();
  await served.close();
}
