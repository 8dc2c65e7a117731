import { fa } from './fa';

// The Persian catalog's own script (src/build/catalog-scripts.ts bundles this file): it hands the catalog to the page.
const g = self as unknown as { __sbCatalogs?: Record<string, unknown> };
g.__sbCatalogs = { ...g.__sbCatalogs, fa };
