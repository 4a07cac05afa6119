import { describe, expect, it } from 'vitest';
import type { Layout, PodNetworkChoices } from '../index';
import {
  builtinCatalog as catalog,
  defaultChoices,
  deviceId,
  linkId,
  placeNetwork,
  validate,
} from '../index';
import { withoutSelfLinks } from '../plan/fabricWiring';
import { addRack, addSideItem, emptyLayout, placeDevice, rackId, sku } from '../index';

const DGX_H100 = sku('nvidia-dgx-h100');

/** Two 42U racks with an A and a B 415 V 60 A PDU each, two DGX H100 in each. */
function dgxPod(): Layout {
  let l = emptyLayout('Re-plan');
  for (const [i, r] of ['rack-1', 'rack-2'].entries()) {
    l = addRack(l, {
      id: rackId(r),
      sku: sku('rack-42u-600x1200'),
      name: `A${i + 1}`,
      position: { row: 0, slot: i },
    });
    for (const feed of ['A', 'B'] as const)
      l = addSideItem(l, {
        id: deviceId(`${r}-pdu-${feed}`),
        sku: sku('raritan-px3-5878-415v-60a'),
        rack: rackId(r),
        side: feed === 'A' ? 'left' : 'right',
        feed,
      });
  }
  for (const [i, r] of ['rack-1', 'rack-1', 'rack-2', 'rack-2'].entries())
    l = placeDevice(l, {
      id: deviceId(`dgx-${i + 1}`),
      sku: DGX_H100,
      rack: rackId(r),
      u: 2 + (i % 2) * 8,
      face: 'front',
    });
  return l;
}

const all = (): PodNetworkChoices => {
  const d = defaultChoices(catalog);
  return { compute: d.compute!, storage: d.storage!, inband: d.inband!, oob: d.oob! };
};

const plan = (l: Layout) => {
  const r = placeNetwork(l, catalog, { choices: all(), target: { kind: 'new-rack' } });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('When the network is planned a second time', () => {
  const first = plan(dgxPod());
  const second = plan(first.layout);

  it('puts the new switches in the rack the first plan added instead of leaving it empty beside a new one', () => {
    expect(first.newRacks.map((r) => r.name)).toEqual(['NET1']);
    expect(second.newRacks).toEqual([]);
    expect(second.reusedRacks.map((r) => r.name)).toEqual(['NET1']);
    expect(second.layout.racks).toHaveLength(first.layout.racks.length);
    // Same PDUs as after the first plan: nothing left over for the BOM.
    expect(second.layout.sideItems).toHaveLength(first.layout.sideItems.length);
  });

  it('says what it will do in the future tense for the preview, and what it did for the status bar', () => {
    expect(second.preview).toMatch(/^Will place \d+ switches .* reuses NET1\.$/);
    expect(second.summary).toMatch(/^Placed \d+ switches .* reused NET1\.$/);
  });

  it('removes a network rack an earlier plan added when the new switches go elsewhere', () => {
    const r = placeNetwork(first.layout, catalog, {
      choices: all(),
      target: { kind: 'racks', racks: ['rack-1', 'rack-2'] },
    });
    // Two racks of 4 × 8U DGX leave 42 − 16 = 26 U each: room for the switches, so NET1 is emptied and goes.
    if (!r.ok) throw new Error(r.error);
    expect(r.value.removedRacks.map((x) => x.name)).toEqual(['NET1']);
    expect(r.value.layout.racks.map((x) => x.name)).not.toContain('NET1');
    expect(r.value.layout.sideItems.some((s) => s.rack === rackId('net-1'))).toBe(false);
  });
});

describe('When a switch is an endpoint of its own fabric (out-of-band management)', () => {
  it('never cables a device to itself, and the rule would say so if a layout did', () => {
    const placed = plan(dgxPod()).layout;
    expect(placed.links.filter((l) => l.a.device === l.b.device)).toEqual([]);
    const looped = {
      ...placed,
      links: [
        ...placed.links,
        {
          id: linkId('loop-1'),
          a: { device: deviceId('dgx-1'), port: 'storage/1' },
          b: { device: deviceId('dgx-1'), port: 'storage/2' },
        },
      ],
    };
    const d = validate(looped, catalog).diagnostics.find((x) => x.code === 'network.selfLink');
    expect(d?.message).toContain("joins two ports of the same device 'dgx-1'");
  });

  it('swaps the switch ends of a self link with another link, or drops it when no other switch can take it', () => {
    const end = (device: string, port: string) => ({ device: deviceId(device), port });
    const links = [
      { id: linkId('l-1'), a: end('oob-1', 'mgmt/1'), b: end('oob-1', 'down/5') },
      { id: linkId('l-2'), a: end('srv', 'mgmt/1'), b: end('oob-2', 'down/1') },
    ];
    const fixed = withoutSelfLinks(links, 'l');
    expect(fixed.map((l) => [l.a.device, l.b.device, l.b.port])).toEqual([
      ['oob-1', 'oob-2', 'down/1'],
      ['srv', 'oob-1', 'down/5'],
    ]);
    expect(withoutSelfLinks([links[0]!], 'l')).toEqual([]);
  });
});
