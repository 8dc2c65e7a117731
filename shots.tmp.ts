import { pathToFileURL } from 'node:url';
import { launch } from './tests/e2e/support/chromium';
import { serve } from './tests/e2e/support/server';
const s = await serve('/work/wt/delivery/dist');
for (const [w, h] of [[1024, 600], [1280, 720], [1920, 1080]] as const) {
  const b = await launch({ width: w, height: h });
  const p = await b.context.newPage();
  await p.goto(s.url + 'index.html');
  await p.waitForFunction(() => (document.getElementById('sb-offline')?.textContent ?? '') !== '');
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/shot-game-ready-${w}.png` });
  const f = await b.context.newPage();
  await f.goto(pathToFileURL('/work/wt/delivery/dist/teacher.html').href + '#setup');
  await f.waitForTimeout(800);
  await f.screenshot({ path: `/tmp/shot-teacher-file-${w}.png` });
  await b.close();
}
await s.close();
