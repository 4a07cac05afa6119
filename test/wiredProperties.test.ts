/**
 * Incremental link and cabling checks on wired pods: after any sequence of edits (place, remove, move a device, move
 * a rack, add or remove a link, jump back to an earlier layout as undo does), the cached report equals a full
 * recompute, and the link diagnostics equal the reference rules run over the whole layout (`checkLinks` and
 * `planCabling`, as validation used them before it became incremental).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../src/core';
import { builtinCatalog, cablingFigures, removeItems, validate } from '../src/core';
import { wiredPod } from './fixtures/wiredPod';
import { applyWiredEdit, wiredEditArb } from './support/wiredEdits';
import { linkText as text, referenceLinkText as reference } from './support/linkReference';

const BASE = wiredPod(128);
const editArb = wiredEditArb(BASE);
const apply = applyWiredEdit;

describe('Incremental link checks on wired pods (property tests)', () => {
  it('gives the cached report equal to a full recompute and to the whole-layout link rules after any edits', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 10 }), (edits) => {
        let l = BASE;
        const history: Layout[] = [l];
        validate(l, builtinCatalog);
        for (const e of edits) {
          l = apply(l, e, history);
          history.push(l);
          const cached = validate(l, builtinCatalog);
          const full = validate(l, builtinCatalog, { cache: false });
          expect(cached).toEqual(full);
          expect(text(full.diagnostics)).toEqual(reference(l));
        }
      }),
      { numRuns: 50 },
    );
  }, 180_000);

  it("keeps a report's device figures to its own layout's optics when a later edit changes them", () => {
    // Device figures are made on first read; they once read the link state's live optic map, so a report read after
    // a later edit (or an evaluation reused from the cache) showed the later layout's optic watts.
    const before = validate(BASE, builtinCatalog);
    const link = BASE.links.find((k) => k.a.device.startsWith('node-'))!;
    const after = validate(removeItems(BASE, [link.id]), builtinCatalog);
    const node = (r: typeof before) => r.devices.find((d) => d.id === link.a.device)!;
    const full = validate(BASE, builtinCatalog, { cache: false });
    expect(node(before).kwMax).toBe(node(full).kwMax);
    expect(node(after).kwMax).toBeLessThan(node(full).kwMax);
  });

  it('adds the optics of cabled links to the devices they plug into, as the cabling plan does', () => {
    // 128 GPUs: 16 DGX H100 × 8 compute links to 8 QM9700 leaves, 8 × 32 leaf-spine links; all short runs.
    const report = validate(BASE, builtinCatalog);
    const plan = cablingFigures(BASE, builtinCatalog);
    let planKw = 0;
    for (const [, p] of plan?.extraW ?? []) planKw += p.maxW / 1000;
    const bare = validate({ ...BASE, links: [] }, builtinCatalog);
    expect(planKw).toBeGreaterThan(0);
    expect(report.pod.itKwMax - bare.pod.itKwMax).toBeCloseTo(planKw, 9);
  });
});
