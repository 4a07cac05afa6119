/**
 * One-click fixes: each clears its diagnostic and raises no new error (checked over the example pods and the
 * broken pod), with a case worked by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Layout } from '../../src/core';
import {
  builtinCatalog,
  FIXABLE_CODES,
  fixFor,
  parseLayoutJson,
  sku,
  toMinor,
  validate,
} from '../../src/core';

const EXAMPLES = join(__dirname, '../../public/examples');

function example(name: string): Layout {
  const parsed = parseLayoutJson(readFileSync(join(EXAMPLES, name), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}

const keyOf = (d: Diagnostic) => `${d.code}|${d.targets.map((t) => `${t.kind}:${t.id}`).join(',')}`;
const errorKeys = (l: Layout) =>
  new Set(
    validate(l, builtinCatalog)
      .diagnostics.filter((d) => d.severity === 'error')
      .map(keyOf),
  );

describe('one-click fixes', () => {
  it('adds a 60 A PDU on each feed of broken.json rack B1 (51.2 kW on 34.5 kVA per feed)', () => {
    // B1 draws 51.2 kW at max (53.9 kVA at PF 0.95); one Raritan PX3-5878 per feed gives √3 × 415 V × 60 A × 0.8 =
    // 34.5 kVA. A second per feed gives 69.0 kVA ≥ 53.9 kVA on either feed alone, so the error clears.
    const l = example('broken.json');
    const d = validate(l, builtinCatalog).diagnostics.find(
      (x) => x.code === 'power.feedOverload' && x.targets.some((t) => t.id === 'B1'),
    )!;
    const f = fixFor(l, builtinCatalog, d);
    expect(f?.label).toBe('Add PDUs');
    expect(f?.change).toContain('on each of feeds A and B of rack B1');
    const added = f!.layout.sideItems.filter((s) => !l.sideItems.includes(s));
    expect(added.map((s) => [s.rack, s.feed, s.sku])).toEqual([
      ['B1', 'A', 'raritan-px3-5878-415v-60a'],
      ['B1', 'B', 'raritan-px3-5878-415v-60a'],
    ]);
    // Cost: two PDUs at the catalog's (example) list price.
    const pdu = builtinCatalog.items.get(sku('raritan-px3-5878-415v-60a'))!;
    expect(f?.costMinor).toBe(2 * toMinor(pdu.price.amount, pdu.price.currency));
    expect(errorKeys(f!.layout).has(keyOf(d))).toBe(false);
  });

  it('raises the utility feed of broken.json to the facility draw, whole kW rounded up', () => {
    const l = example('broken.json');
    const r = validate(l, builtinCatalog);
    const d = r.diagnostics.find((x) => x.code === 'power.utilityOverload')!;
    const f = fixFor(l, builtinCatalog, d)!;
    expect(f.layout.limits.utilityFeedKw).toBe(Math.ceil(r.pod.powerChain.facilityKw - 1e-9));
    expect(f.costMinor).toBe(0);
  });

  it('never makes another rule fail, over every example pod and the broken pod', () => {
    let offered = 0;
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.json') && n !== 'index.json')) {
      const l = example(name);
      const before = errorKeys(l);
      for (const d of validate(l, builtinCatalog).diagnostics) {
        if (d.severity !== 'error' || !FIXABLE_CODES.has(d.code)) continue;
        const f = fixFor(l, builtinCatalog, d);
        if (!f) continue;
        offered++;
        const after = errorKeys(f.layout);
        expect(after.has(keyOf(d)), `${name}: ${d.code}`).toBe(false);
        for (const k of after) expect(before.has(k), `${name}: ${d.code} → new ${k}`).toBe(true);
      }
    }
    expect(offered).toBeGreaterThanOrEqual(3);
  });
});
