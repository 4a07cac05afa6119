import { it } from 'vitest';
import { loadCatalogJson } from '../../src/core';
import { toText } from './support/hostileJson';
import { CATALOG_SEED } from './support/seeds';
it('t', () => {
  const t = toText(CATALOG_SEED);
  let s = performance.now();
  for (let i = 0; i < 50; i++) loadCatalogJson(t);
  console.log('seed ms', (performance.now() - s) / 50, t.length);
  const bad = JSON.stringify({
    schemaVersion: 1,
    items: Array.from({ length: 20000 }, () => ({ x: 1 })),
  }).replaceAll('"x"', '"__proto__"');
  s = performance.now();
  const r = loadCatalogJson(bad);
  console.log('proto', performance.now() - s, r.ok ? 'ok' : r.error.length);
  const bad2 = JSON.stringify({ schemaVersion: 1, items: Array.from({ length: 20000 }, () => ({ id: 1 })) });
  s = performance.now();
  const r2 = loadCatalogJson(bad2);
  console.log('invalid', performance.now() - s, r2.ok ? 'ok' : r2.error.length);
});
