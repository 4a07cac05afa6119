import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/builtin';
import type { Sku } from '../model/ids';
import { deviceId, linkId, rackId, sku } from '../model/ids';
import type { DevicePlacement, Layout, LinkPlacement, RackPlacement } from '../model/layout';
import { emptyLayout } from '../model/layout';
import type { CablingOptions } from './cabling';
import { planCabling } from './cabling';
import { fabricStudyLayout } from './fabricLayout';
import { sizeFabric } from './fabricSizing';

// Hand-worked layout (see cableLength.test.ts for the arithmetic): 42U racks on the default floor (600 mm pitch,
// 1,200 mm rows and aisles), tray 300 mm above the racks, 1 m slack.
//   rack A (row 0, slot 0): DGX H100 'g1' at U11, 'g2' at U21, 'g3' at U31 (8U each)
//   rack B (row 0, slot 3): QM9700 'leaf' at U40, SN5600 'sw' at U37 (2U), QM9700 'spine' at U35
//   rack C (row 1, slot 2): QM9700 'far' at U40
// g1 compute/1 → leaf down/1: 4,955.75 mm → 5 m; g1 → far: 6,755.75 mm → 7 m.
const rack = (id: string, row: number, slot: number): RackPlacement => ({
  id: rackId(id),
  sku: sku('rack-42u-600x1200'),
  name: id,
  position: { row, slot },
});
const dev = (id: string, s: string, r: string, u: number): DevicePlacement => ({
  id: deviceId(id),
  sku: sku(s) as Sku,
  rack: rackId(r),
  u,
  face: 'front',
});
const link = (id: string, a: string, ap: string, b: string, bp: string): LinkPlacement => ({
  id: linkId(id),
  a: { device: deviceId(a), port: ap },
  b: { device: deviceId(b), port: bp },
});

function pod(links: LinkPlacement[]): Layout {
  return {
    ...emptyLayout('cabling test'),
    racks: [rack('A', 0, 0), rack('B', 0, 3), rack('C', 1, 2)],
    devices: [
      dev('g1', 'nvidia-dgx-h100', 'A', 11),
      dev('g2', 'nvidia-dgx-h100', 'A', 21),
      dev('g3', 'nvidia-dgx-h100', 'A', 31),
      dev('leaf', 'nvidia-qm9700', 'B', 40),
      dev('sw', 'nvidia-sn5600', 'B', 37),
      dev('spine', 'nvidia-qm9700', 'B', 35),
      dev('far', 'nvidia-qm9700', 'C', 40),
      dev('o1', 'nvidia-sn2201', 'C', 1),
      dev('o2', 'nvidia-sn2201', 'C', 2),
    ],
    links,
  };
}

const plan = (links: LinkPlacement[], options: CablingOptions = {}) =>
  planCabling(pod(links), builtinCatalog, options);
const codes = (p: ReturnType<typeof plan>) => p.diagnostics.map((d) => d.code);

describe('When a DGX is cabled to a leaf three racks along the row', () => {
  const p = plan([link('l1', 'g1', 'compute/1', 'leaf', 'down/1')]);

  it('routes 4,955.75 mm, buys a 5 m cable and picks active copper (DAC reaches 3 m at 400G)', () => {
    expect(p.runs).toHaveLength(1);
    expect(p.runs[0]).toMatchObject({
      link: 'l1',
      fabric: 'compute',
      speedGbps: 400,
      breakout: 1,
      medium: 'acc',
      lengthM: 5,
      reachM: 5,
      cableSku: 'acc-400g-5m',
      a: { device: 'g1', port: 'compute/1', rack: 'A', transceiverSku: null },
      b: { device: 'leaf', port: 'down/1', rack: 'B', transceiverSku: null },
    });
    expect(p.runs[0]?.routeMm).toBeCloseTo(4955.75, 6);
  });

  it('lists the cable as a BOM line with an example price', () => {
    // Example price: 250 + 40 × 5 m = 450.
    expect(p.bomLines).toEqual([
      expect.objectContaining({
        sku: 'acc-400g-5m',
        kind: 'cable',
        qty: 1,
        unitPrice: 450,
        extendedPrice: 450,
        priceIsExample: true,
      }),
    ]);
    expect(p.totals).toMatchObject({ cables: 1, transceivers: 0, price: 450 });
  });

  it('adds the active ends’ power to both devices', () => {
    expect(p.power.get(deviceId('g1'))).toEqual({ typicalW: 1.5, maxW: 2 });
    expect(p.power.get(deviceId('leaf'))).toEqual({ typicalW: 1.5, maxW: 2 });
    expect(p.diagnostics).toEqual([]);
  });
});

describe('When a DGX is cabled to a switch in the next row', () => {
  it('routes 6,755.75 mm and picks a 7 m active optical cable', () => {
    const p = plan([link('l1', 'g1', 'compute/1', 'far', 'down/1')]);
    expect(p.runs[0]).toMatchObject({ medium: 'aoc', lengthM: 7, cableSku: 'aoc-400g-7m' });
    expect(p.power.get(deviceId('far'))).toEqual({ typicalW: 8, maxW: 9 });
  });

  it('uses multimode optics when AOC is not allowed: a transceiver at each end, 8 W typical / 9 W max each', () => {
    const p = plan([link('l1', 'g1', 'compute/1', 'far', 'down/1')], {
      allowedMedia: ['mmf', 'smf-dr', 'smf-fr'],
    });
    expect(p.runs[0]).toMatchObject({
      medium: 'mmf',
      cableSku: 'fiber-mmf-mpo12-7m',
      a: { transceiverSku: 'osfp-400g-sr4' },
      b: { transceiverSku: 'osfp-400g-sr4' },
    });
    expect(p.bomLines.map((l) => [l.sku, l.kind, l.qty])).toEqual([
      ['fiber-mmf-mpo12-7m', 'cable', 1],
      ['osfp-400g-sr4', 'transceiver', 2],
    ]);
    expect(p.power.get(deviceId('g1'))).toEqual({ typicalW: 8, maxW: 9 });
    expect(p.totals).toMatchObject({ cables: 1, transceivers: 2, typicalW: 16, maxW: 18 });
  });
});

describe('When the ports share a rack', () => {
  it('runs the vertical distance: U40 to U35 is 222.25 mm + 1 m slack → a 1.5 m DAC', () => {
    const p = plan([link('l1', 'leaf', 'up/1', 'spine', 'down/1')]);
    expect(p.runs[0]).toMatchObject({ medium: 'dac', lengthM: 1.5, cableSku: 'dac-400g-1.5m' });
    expect(p.runs[0]?.routeMm).toBeCloseTo(1222.25, 6);
    expect(p.power.size).toBe(0);
  });
});

describe('When an 800G port breaks out to two 400G NICs', () => {
  // g1 → sw: up (42 − 11 + 1) × 44.45 + 300 = 1,722.4; down (42 − 37 + 1) × 44.45 + 300 = 566.7; along 1,800;
  // slack 1,000: 5,089.1 mm → 7 m. g2 at U21 is shorter. The assembly takes the longer lane.
  const lanes = [
    link('l1', 'g1', 'compute/1', 'sw', 'down/1:1'),
    link('l2', 'g2', 'compute/1', 'sw', 'down/1:2'),
  ];

  it('makes one 7 m splitter cable for both lanes, chosen at 800G', () => {
    const p = plan(lanes);
    expect(p.runs.map((r) => [r.link, r.medium, r.lengthM, r.breakout, r.speedGbps])).toEqual([
      ['l1', 'aoc', 7, 2, 400],
      ['l2', 'aoc', 7, 2, 400],
    ]);
    expect(p.bomLines).toEqual([expect.objectContaining({ sku: 'aoc-800g-2x400g-7m', qty: 1 })]);
    // The switch end draws as one 800G end; each NIC end as a 400G end.
    expect(p.power.get(deviceId('sw'))).toEqual({ typicalW: 15, maxW: 17 });
    expect(p.power.get(deviceId('g1'))).toEqual({ typicalW: 8, maxW: 9 });
    expect(p.diagnostics).toEqual([]);
  });

  it('with optics: one twin-port transceiver in the switch, one per NIC, one fibre per lane', () => {
    const p = plan(lanes, { allowedMedia: ['smf-dr'] });
    expect(p.bomLines.map((l) => [l.sku, l.qty])).toEqual([
      ['fiber-smf-mpo12-7m', 2],
      ['osfp-400g-dr4', 2],
      ['osfp-800g-2xdr4', 1],
    ]);
    expect(p.runs[0]).toMatchObject({
      a: { transceiverSku: 'osfp-400g-dr4' },
      b: { transceiverSku: 'osfp-800g-2xdr4' },
    });
    expect(p.power.get(deviceId('sw'))).toEqual({ typicalW: 16, maxW: 17 });
    expect(p.power.get(deviceId('g2'))).toEqual({ typicalW: 9, maxW: 9 });
  });
});

describe('When the cabling is wrong', () => {
  it('flags a link longer than its medium reaches', () => {
    const p = plan([link('l1', 'g1', 'compute/1', 'leaf', 'down/1')], {
      mediumOverrides: new Map([['l1', 'dac']]),
    });
    expect(codes(p)).toEqual(['network.linkBeyondReach']);
    expect(p.diagnostics[0]?.message).toContain('reaches 3 m');
    expect(p.diagnostics[0]?.severity).toBe('error');
    const only = plan([link('l1', 'g1', 'compute/1', 'leaf', 'down/1')], { allowedMedia: ['dac'] });
    expect(codes(only)).toEqual(['network.linkBeyondReach']);
  });

  it('flags speeds that differ without a breakout, and a lane the port does not have', () => {
    const p = plan([
      link('l1', 'g1', 'compute/1', 'sw', 'down/1'),
      link('l2', 'g1', 'compute/2', 'sw', 'down/2:3'),
    ]);
    expect(codes(p)).toEqual(['network.linkSpeedMismatch', 'network.linkSpeedMismatch']);
    expect(p.diagnostics[0]?.message).toContain('runs at 400 Gb/s but');
    expect(p.diagnostics[1]?.message).toContain('breaks out into 2 × 400 Gb/s lanes');
  });

  it('flags a port used twice, and a port used whole and as a lane', () => {
    const p = plan([
      link('l1', 'g1', 'compute/1', 'leaf', 'down/1'),
      link('l2', 'g1', 'compute/2', 'leaf', 'down/1'),
      link('l3', 'g2', 'compute/1', 'sw', 'down/2'),
      link('l4', 'g3', 'compute/1', 'sw', 'down/2:1'),
    ]);
    const reused = p.diagnostics.filter((d) => d.code === 'network.portReused');
    expect(reused.map((d) => d.message)).toEqual([
      expect.stringContaining("port down/1 is used by 2 links: 'l1', 'l2'"),
      expect.stringContaining("port down/2 is used by 2 links: 'l3', 'l4' (lane 1)"),
    ]);
  });

  it('flags a switch with more links than ports (two SN2201s with 54 links between 53-port switches)', () => {
    const links: LinkPlacement[] = [];
    for (let i = 1; i <= 49; i++) links.push(link(`d${i}`, 'o1', `down/${i}`, 'o2', `down/${i}`)); // down/49 does not exist
    for (let i = 1; i <= 4; i++) links.push(link(`u${i}`, 'o1', `up/${i}`, 'o2', `up/${i}`));
    links.push(link('m', 'o1', 'mgmt/1', 'o2', 'mgmt/1'));
    const p = plan(links);
    const over = p.diagnostics.filter((d) => d.code === 'network.switchOverPorts');
    expect(over).toHaveLength(2);
    expect(over[0]?.message).toContain("54 ports' worth of links but 53 ports");
    expect(codes(p)).toContain('network.linkNotCabled');
  });

  it('flags a leaf above its fabric’s oversubscription target', () => {
    // Three 400G NICs down, one 400G uplink: 1,200 : 400 = 3:1.
    const links = [
      link('l1', 'g1', 'compute/1', 'leaf', 'down/1'),
      link('l2', 'g2', 'compute/1', 'leaf', 'down/2'),
      link('l3', 'g3', 'compute/1', 'leaf', 'down/3'),
      link('u1', 'leaf', 'up/1', 'spine', 'down/1'),
    ];
    const p = plan(links);
    expect(codes(p)).toEqual(['network.oversubscriptionAboveTarget']);
    expect(p.diagnostics[0]?.message).toContain(
      '1,200 Gb/s down (3 links) against 400 Gb/s up (1 links) is 3:1, above the 1:1 target',
    );
    expect(plan(links, { targetOversubscription: { compute: { down: 3, up: 1 } } }).diagnostics).toEqual([]);
  });

  it('leaves links to unknown devices out and says so', () => {
    const p = plan([link('l1', 'g1', 'compute/1', 'ghost', 'down/1')]);
    expect(p.runs).toEqual([]);
    expect(p.skipped).toEqual(['l1']);
    expect(codes(p)).toEqual(['network.linkNotCabled']);
  });
});

describe('When the 4-SU DGX SuperPOD compute fabric is cabled with optics everywhere', () => {
  // figures.md §2.2 Table 8 (RACKULA reading of the RA): compute IB cables 2,042; 1,536 switch transceivers (twin-port
  // OSFP, 2 logical ports each = 3,072 logical ports) and 508 DGX transceivers (= 127 × 4 twin-port cages).
  it('counts one cable per link and one optic per logical port end, consistent with the published bill', () => {
    const s = sizeFabric({
      nodes: 127,
      portsPerNode: 8,
      radix: 64,
      extraEndpoints: [{ label: 'UFM', devices: 2, portsPerDevice: 2 }],
    });
    if (!s.ok) throw new Error(s.error.message);
    const layout = fabricStudyLayout(s.value, builtinCatalog, {
      rackSku: sku('rack-42u-600x1200'),
      nodeSku: sku('nvidia-dgx-h100'),
      leafSku: sku('nvidia-qm9700'),
      extraSkus: [sku('nvidia-ufm-enterprise-ndr')],
    });
    if (!layout.ok) throw new Error(layout.error);
    const p = planCabling(layout.value, builtinCatalog, { allowedMedia: ['mmf', 'smf-dr', 'smf-fr'] });
    expect(p.diagnostics).toEqual([]);
    // 1,020 + 1,024 = 2,044 cables (the published 2,042 is 2 short of its own Table 4; flagged in figures.md).
    expect(p.totals.cables).toBe(2044);
    expect(p.totals.transceivers).toBe(2 * 2044);
    const skuOf = new Map(layout.value.devices.map((d) => [d.id as string, d.sku]));
    const isSwitch = (id: string) => builtinCatalog.items.get(skuOf.get(id) ?? sku('?'))?.kind === 'switch';
    const switchEnds = p.runs.reduce(
      (n, r) => n + (isSwitch(r.a.device) ? 1 : 0) + (isSwitch(r.b.device) ? 1 : 0),
      0,
    );
    // Switch-side logical ports: 1,020 + 2 × 1,024 = 3,068 of the 3,072 in 1,536 twin-port cages (4 leaf ports spare).
    expect(switchEnds).toBe(3068);
  });
});
