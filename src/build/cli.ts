import { resolve } from 'node:path';
import { budgetLines, BUDGET_KB } from './budget.ts';
import { buildSite } from './site.ts';

// npm run build: the site in dist/, its first-turn size printed; exit 1 above the budget.

const site = await buildSite(resolve(import.meta.dirname, '../../dist'));
console.log(budgetLines(site.budget).join('\n'));
console.log(`Service worker: dist/sw.js, build ${site.version}`);
if (!site.budget.ok) {
  console.error(`The game page loads more than ${BUDGET_KB} KB of gzipped JavaScript for its first turn: see what grew above.`);
  process.exit(1);
}
