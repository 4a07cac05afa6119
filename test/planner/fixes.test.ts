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
  deviceId,
  emptyLayout,
  FIXABLE_CODES,
  rackId,
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

  it('adds an active 60 kW rear door to a rack whose 40.8 kW of air heat overflows 30 kW of room air', () => {
    // 4 DGX H100 × 10.2 kW = 40.8 kW, all to air; room air cooling 30 kW → cooling.roomAirOverCapacity. Doors: the
    // passive 35 kW door is smaller than 40.8 kW, so the smallest that takes it is the active 60 kW door; with it the
    // room gets no rack heat, and the facility loop (1,000 kW) takes the 40.8 kW the door moves to water.
    const base = emptyLayout('door fix');
    const rack = rackId('R1');
    const l: Layout = {
      ...base,
      limits: { ...base.limits, roomAirKw: 30, facilityWaterKw: 1000, utilityFeedKw: 1000 },
      racks: [{ id: rack, sku: sku('rack-42u-600x1200'), name: 'R1', position: { row: 0, slot: 0 } }],
      devices: [0, 1, 2, 3].map((k) => ({
        id: deviceId(`s${k + 1}`),
        sku: sku('nvidia-dgx-h100'),
        rack,
        u: 1 + 8 * k,
        face: 'front' as const,
      })),
      sideItems: (['A', 'B'] as const).flatMap((feed) =>
        [1, 2].map((k) => ({
          id: deviceId(`p${feed}${k}`),
          sku: sku('raritan-px3-5878-415v-60a'),
          rack,
          side: feed === 'A' ? ('left' as const) : ('right' as const),
          feed,
        })),
      ),
    };
    const d = validate(l, builtinCatalog).diagnostics.find((x) => x.code === 'cooling.roomAirOverCapacity')!;
    expect(d).toBeDefined();
    const f = fixFor(l, builtinCatalog, d)!;
    const door = builtinCatalog.items.get(sku('rdhx-active-60kw'))!;
    expect(f.label).toBe('Add rear doors');
    expect(f.change).toBe(`adds a ${door.name} (60 kW) on rack R1`);
    expect(f.layout.racks[0]?.rearDoor).toBe('rdhx-active-60kw');
    expect(f.costMinor).toBe(toMinor(door.price.amount, door.price.currency));
    expect(validate(f.layout, builtinCatalog).errors).toBe(0);
  });

  it('plans the missing switches when a DGX H100 leaves small-inference.json short of network ports', () => {
    // small-inference.json's switches have no free 400 Gb/s port for a DGX H100's NICs: network.portShortage. The
    // fix plans that network again with the catalog's default switches (sized, placed in a new network rack, wired).
    const base = example('small-inference.json');
    const rack = base.racks[0]!;
    const l: Layout = {
      ...base,
      devices: [
        ...base.devices,
        { id: deviceId('dgx-new'), sku: sku('nvidia-dgx-h100'), rack: rack.id, u: 34, face: 'front' },
      ],
    };
    const d = validate(l, builtinCatalog).diagnostics.find((x) => x.code === 'network.portShortage');
    expect(d, 'the DGX H100 should leave a network short').toBeDefined();
    const f = fixFor(l, builtinCatalog, d!);
    expect(f?.label).toBe('Plan the missing switches');
    expect(f?.change).toMatch(/^plans the .* network again: places \d+ switch/);
    expect(f!.costMinor).toBeGreaterThan(0);
    expect(errorKeys(f!.layout).has(keyOf(d!))).toBe(false);
  });

  it('moves a DGX H100 to the nearest rack with room when a rack short of power has no room for more PDUs', () => {
    // R1: 4 DGX H100 = 40.8 kW on two 415 V 32 A PDUs per feed (√3 × 415 × 32 × 0.8 = 18.4 kVA, 17.5 kW at PF 0.95;
    // 35.0 kW per feed): feed overload, and both side channels already hold their 2 PDUs. R2 beside it has two 60 A
    // PDUs per feed and nothing else. Moving the top DGX (U25) there leaves R1 30.6 kW ≤ 35.0 kW, but its phases then
    // carry 29.9 A over the 32 A PDU's 25.6 A per-phase limit (a new error), so the next one (U17) goes too: R1 20.4
    // kW, R2 20.4 kW on 65.6 kW per feed. Cleared with no new error, at no cost.
    const base = emptyLayout('move fix');
    const rack = (n: number, pdu: string) => {
      const id = rackId(`R${n}`);
      return {
        rack: { id, sku: sku('rack-42u-600x1200'), name: `R${n}`, position: { row: 0, slot: n - 1 } },
        pdus: (['A', 'B'] as const).flatMap((feed) =>
          [1, 2].map((k) => ({
            id: deviceId(`R${n}-p${feed}${k}`),
            sku: sku(pdu),
            rack: id,
            side: feed === 'A' ? ('left' as const) : ('right' as const),
            feed,
          })),
        ),
      };
    };
    const r1 = rack(1, 'pdu-415v-3ph-32a-0u');
    const r2 = rack(2, 'raritan-px3-5878-415v-60a');
    const l: Layout = {
      ...base,
      floor: { ...base.floor, rows: 1, positionsPerRow: 4 },
      racks: [r1.rack, r2.rack],
      devices: [0, 1, 2, 3].map((k) => ({
        id: deviceId(`s${k + 1}`),
        sku: sku('nvidia-dgx-h100'),
        rack: r1.rack.id,
        u: 1 + 8 * k,
        face: 'front' as const,
      })),
      sideItems: [...r1.pdus, ...r2.pdus],
    };
    const d = validate(l, builtinCatalog).diagnostics.find(
      (x) => x.code === 'power.feedOverload' && x.targets.some((t) => t.id === 'R1'),
    )!;
    expect(d).toBeDefined();
    const f = fixFor(l, builtinCatalog, d)!;
    expect(f.label).toBe('Move to the nearest rack with room');
    expect(f.change).toBe('moves from rack R1: NVIDIA DGX H100 to rack R2, NVIDIA DGX H100 to rack R2');
    expect(f.layout.devices.filter((x) => x.rack === 'R2').map((x) => x.id)).toEqual(['s3', 's4']);
    expect(f.costMinor).toBe(0);
    expect(validate(f.layout, builtinCatalog).errors).toBe(0);
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
