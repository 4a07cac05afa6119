/**
 * "How many more fit", worked by hand. DGX H100: 8 U, 10.2 kW max (catalog). Raritan PX3-5878 415 V 3-phase 60 A
 * 0U PDU: √3 × 415 V × 60 A × 0.8 = 34,502 VA usable, 32.78 kW at the pod's PF 0.95 (DOMAIN.md, three-phase
 * power). A/B: the whole rack must fit on either feed alone.
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/core';
import {
  builtinCatalog,
  deviceId,
  emptyLayout,
  headroomInPod,
  headroomInRack,
  planDrop,
  rackId,
  sku,
  validate,
} from '../../src/core';

const H100 = sku('nvidia-dgx-h100');
const PDU = sku('raritan-px3-5878-415v-60a');

/** Racks of 42 U with `servers` DGX H100 from U1 and `pdusPerFeed` PDUs on each feed. */
function pod(racks: number, servers: number, pdusPerFeed: number): Layout {
  const base = emptyLayout('headroom');
  const out: Layout = { ...base, racks: [], devices: [], sideItems: [] };
  const r = [...out.racks];
  const d = [...out.devices];
  const s = [...out.sideItems];
  for (let i = 0; i < racks; i++) {
    const id = rackId(`R${i + 1}`);
    r.push({ id, sku: sku('rack-42u-600x1200'), name: `R${i + 1}`, position: { row: 0, slot: i } });
    for (let k = 0; k < servers; k++)
      d.push({ id: deviceId(`R${i + 1}-s${k + 1}`), sku: H100, rack: id, u: 1 + 8 * k, face: 'front' });
    for (let k = 0; k < pdusPerFeed; k++)
      for (const feed of ['A', 'B'] as const)
        s.push({
          id: deviceId(`R${i + 1}-p${feed}${k + 1}`),
          sku: PDU,
          rack: id,
          side: feed === 'A' ? 'left' : 'right',
          feed,
        });
  }
  return { ...out, racks: r, devices: d, sideItems: s };
}

/** The new error codes one more of `what` in `rack` raises beyond those of `layout`. */
function oneMoreBreaks(layout: Layout, rack: string): string[] {
  const before = new Set(
    validate(layout, builtinCatalog)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.code),
  );
  const v = planDrop(layout, builtinCatalog, { kind: 'sku', sku: H100 }, { kind: 'rack', rack });
  if (!v || v.candidate === layout) return ['space.full'];
  return validate(v.candidate, builtinCatalog)
    .diagnostics.filter((d) => d.severity === 'error' && !before.has(d.code))
    .map((d) => d.code);
}

describe('how many more fit', () => {
  it('power binds: one PDU per feed takes 3 DGX H100, so 1 more beside 2', () => {
    // 3 × 10.2 = 30.6 kW ≤ 32.78 kW on one feed; 4 × 10.2 = 40.8 kW > 32.78 kW.
    const l = pod(1, 2, 1);
    const h = headroomInRack(l, builtinCatalog, 'R1', H100);
    expect(h.count).toBe(1);
    expect(h.limit).toBe('power');
    expect(h.code).toBe('power.feedOverload');
    expect(h.reason).toMatch(/^Rack R1: 40\.8 kW/);
    expect(h.layout.devices.filter((d) => d.sku === H100).length).toBe(3);
    // The planned 3 add no error; one more really raises the named one.
    expect(oneMoreBreaks(h.layout, 'R1')).toContain('power.feedOverload');
  });

  it('Fill adds the PDUs it needs: one per feed beside 2 DGX H100 becomes two, and 3 more fit until space binds', () => {
    // Start: 2 DGX H100 (20.4 kW), one 60 A PDU per feed (32.78 kW each). The 3rd (30.6 kW) fits as is; the 4th
    // (40.8 kW) overloads a feed, so a second PDU goes on each feed (65.55 kW per feed); the 5th (51 kW) fits that;
    // a 6th has no 8 U left (U41-U42 free). So 3 more and 2 PDUs added, with no error at all.
    const l = pod(1, 2, 1);
    const h = headroomInRack(l, builtinCatalog, 'R1', H100, { addPdus: true });
    expect(h.count).toBe(3);
    expect(h.pdusAdded).toBe(2);
    expect(h.code).toBe('space.full');
    expect(h.layout.sideItems.filter((s) => s.rack === 'R1').map((s) => s.feed)).toEqual([
      'A',
      'B',
      'A',
      'B',
    ]);
    expect(validate(h.layout, builtinCatalog).errors).toBe(0);
    // Without adding PDUs the same rack takes only 1 more (the test above).
    expect(headroomInRack(l, builtinCatalog, 'R1', H100).count).toBe(1);
  });

  it('Fill pod adds PDUs rack by rack: two racks of 2 DGX H100 on one PDU per feed take 3 more each', () => {
    // Each rack as above: 3 more and one more PDU per feed; 6 servers and 4 PDUs in all.
    const h = headroomInPod(pod(2, 2, 1), builtinCatalog, H100, { addPdus: true });
    expect(h.count).toBe(6);
    expect(h.pdusAdded).toBe(4);
    expect(validate(h.layout, builtinCatalog).errors).toBe(0);
  });

  it('space binds: two PDUs per feed carry 5 DGX H100 (51 kW ≤ 65.6 kW), and 42 U hold 5 × 8 U', () => {
    // 2 × 34,502 VA × 0.95 = 65.55 kW per feed. From U1: 5 × 8 U = U1–U40; a sixth needs 8 U, 2 U are left.
    // Weight: 5 × 130.45 kg + 4 PDUs + the rack stay under 1,361 kg and the 1,220 kg/m² floor (checked by the rules).
    const l = pod(1, 2, 2);
    const h = headroomInRack(l, builtinCatalog, 'R1', H100);
    expect(h.count).toBe(3);
    expect(h.limit).toBe('rack space');
    expect(h.code).toBe('space.full');
    expect(oneMoreBreaks(h.layout, 'R1')).toEqual(['space.full']);
    expect(
      validate(h.layout, builtinCatalog).diagnostics.filter((d) => d.code === 'power.feedOverload'),
    ).toEqual([]);
  });

  it('the pod counts every rack in floor order: 1 + 3 more, power in one and space in the other', () => {
    const a = pod(1, 2, 1);
    const b = pod(1, 2, 2);
    const l: Layout = {
      ...a,
      racks: [...a.racks, { ...b.racks[0]!, id: rackId('R2'), name: 'R2', position: { row: 0, slot: 1 } }],
      devices: [
        ...a.devices,
        ...b.devices.map((d) => ({ ...d, id: deviceId(`R2-${d.id}`), rack: rackId('R2') })),
      ],
      sideItems: [
        ...a.sideItems,
        ...b.sideItems.map((s) => ({ ...s, id: deviceId(`R2-${s.id}`), rack: rackId('R2') })),
      ],
    };
    const h = headroomInPod(l, builtinCatalog, H100);
    expect(h.count).toBe(4);
    expect(['power', 'rack space']).toContain(h.limit);
    expect(
      validate(h.layout, builtinCatalog).diagnostics.filter((d) => d.code === 'power.feedOverload'),
    ).toEqual([]);
  });

  it('says an item that is not rack-mounted has no headroom in a rack', () => {
    const h = headroomInRack(pod(1, 0, 1), builtinCatalog, 'R1', sku('rack-42u-600x1200'));
    expect(h).toMatchObject({ count: 0, limit: 'placement' });
    expect(h.reason).toContain('is not mounted in a rack');
  });
});
