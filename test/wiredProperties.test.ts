/**
 * Incremental link and cabling checks on wired pods: after any sequence of edits (place, remove, move a device, move
 * a rack, add or remove a link, jump back to an earlier layout as undo does), the cached report equals a full
 * recompute, and the link diagnostics equal the reference rules run over the whole layout (`checkLinks` and
 * `planCabling`, as validation used them before it became incremental).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout, LinkPlacement } from '../src/core';
import {
  addLink,
  builtinCatalog,
  cablingFigures,
  deviceId,
  linkId,
  placeDevice,
  rackId,
  removeItems,
  sku,
  updateDevice,
  updateRack,
  validate,
} from '../src/core';
import { wiredPod } from './fixtures/wiredPod';
import { linkText as text, referenceLinkText as reference } from './support/linkReference';

const BASE = wiredPod(128);
const DEVICE_IDS = [...BASE.devices.map((d) => d.id as string), 'p0', 'p1', 'p2', 'ghost'];
const PORTS = [
  'compute/1',
  'compute/2',
  'down/1',
  'down/2',
  'down/2:1',
  'down/2:2',
  'down/3:3',
  'up/1',
  'mgmt/1',
  'no/1',
];
const SKUS = ['nvidia-dgx-h100', 'nvidia-qm9700', 'nvidia-sn5600', 'cpu-server-1u'];

const portRef = fc.record({ device: fc.constantFrom(...DEVICE_IDS), port: fc.constantFrom(...PORTS) });

const editArb = fc.oneof(
  fc.record({
    kind: fc.constant('place' as const),
    sku: fc.constantFrom(...SKUS),
    rack: fc.nat(),
    u: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('moveDevice' as const),
    pick: fc.nat(),
    rack: fc.nat(),
    u: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('moveRack' as const),
    pick: fc.nat(),
    row: fc.integer({ min: 0, max: 3 }),
    slot: fc.integer({ min: 0, max: 15 }),
  }),
  fc.record({ kind: fc.constant('addLink' as const), a: portRef, b: portRef }),
  fc.record({ kind: fc.constant('removeLink' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

let fresh = 0;
function apply(l: Layout, e: Edit, history: readonly Layout[]): Layout {
  const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
  switch (e.kind) {
    case 'place': {
      const rack = at(l.racks, e.rack);
      const used = new Set(l.devices.map((d) => d.id as string));
      const id = ['p0', 'p1', 'p2'].find((p) => !used.has(p)) ?? `q${fresh++}`;
      return rack
        ? placeDevice(l, { id: deviceId(id), sku: sku(e.sku), rack: rack.id, u: e.u, face: 'front' })
        : l;
    }
    case 'remove': {
      const d = at(l.devices, e.pick);
      return d ? removeItems(l, [d.id]) : l;
    }
    case 'moveDevice': {
      const d = at(l.devices, e.pick);
      const rack = at(l.racks, e.rack);
      return d && rack ? updateDevice(l, d.id, { rack: rack.id, u: e.u }) : l;
    }
    case 'moveRack': {
      const r = at(l.racks, e.pick);
      return r ? updateRack(l, rackId(r.id), { position: { row: e.row, slot: e.slot } }) : l;
    }
    case 'addLink': {
      const link: LinkPlacement = {
        id: linkId(`x-${fresh++}`),
        a: { device: deviceId(e.a.device), port: e.a.port },
        b: { device: deviceId(e.b.device), port: e.b.port },
      };
      return addLink(l, link);
    }
    case 'removeLink': {
      const link = at(l.links, e.pick);
      return link ? removeItems(l, [link.id]) : l;
    }
    case 'undo':
      return history[Math.max(0, history.length - e.back)] ?? l;
  }
}

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
