import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../catalog/builtin';
import { sku } from '../model/ids';
import type { FabricInput, FabricSizing } from './fabricTypes';
import { sizeFabric } from './fabricSizing';
import { switchSpecOf } from './switchSpec';

function sized(input: FabricInput): FabricSizing {
  const r = sizeFabric(input);
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

const catalogSwitch = (s: string) => {
  const item = builtinCatalog.items.get(sku(s));
  if (item?.kind !== 'switch') throw new Error(`${s} is not a switch`);
  return switchSpecOf(item);
};

/** Two UFM appliances with two NDR ports each: the 4 UFM links of Table 4 (252 = 31 × 8 + 4). */
const UFM = [{ label: 'UFM', devices: 2, portsPerDevice: 2 }] as const;

describe('When sizing the published DGX SuperPOD compute fabric from the QM9700 radix', () => {
  // Source: shared/reference/figures.md §2.2, Table 4 "Compute fabric component count", DGX SuperPOD with DGX H100
  // (RA-11333-001) [NV-RA-H100-NET]; the same table appears in the DGX B200 RA [NV-RA-B200-NET]. Footnote: a 32-node
  // SU with one DGX removed to accommodate UFM connectivity. Inputs: QM9700 = 64 × 400G logical ports (figures.md
  // §2.1 [NV-QM97-IF]), 8 rails per DGX, 32 nodes per SU, 1:1, full SU provisioning.
  const rows = [
    { su: 1, nodes: 31, gpus: 248, leaves: 8, spines: 4, nodeCables: 252, spineLeafCables: 256 },
    { su: 2, nodes: 63, gpus: 504, leaves: 16, spines: 8, nodeCables: 508, spineLeafCables: 512 },
    { su: 3, nodes: 95, gpus: 760, leaves: 24, spines: 16, nodeCables: 764, spineLeafCables: 768 },
    { su: 4, nodes: 127, gpus: 1016, leaves: 32, spines: 16, nodeCables: 1020, spineLeafCables: 1024 },
  ];

  it.each(rows)(
    'reproduces the $su-SU row: $leaves leaves, $spines spines, $nodeCables + $spineLeafCables cables',
    (row) => {
      const s = sized({ nodes: row.nodes, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
      expect(s.suCount).toBe(row.su);
      expect(s.nodes * s.portsPerNode).toBe(row.gpus);
      expect(s.counts).toEqual({ leaf: row.leaves, spine: row.spines, core: 0 });
      expect(s.links.nodeLeaf).toBe(row.nodeCables);
      expect(s.links.leafSpine).toBe(row.spineLeafCables);
      expect(s.links.spineCore).toBe(0);
      expect(s.tiers).toBe(2);
      expect(s.oversubscription).toBe(1);
    },
  );

  it('gives 3 SUs 16 spines, as published: 12 would need 32/12 links per leaf–spine pair', () => {
    const s = sized({ nodes: 95, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
    // 24 leaves × 32 uplinks = 768 links; ceil(768 / 64) = 12 spines at least; 12, 13, 14, 15 do not divide 32.
    expect(s.counts.spine).toBe(16);
    expect(s.leaves.every((l) => l.linksPerSpine === 2)).toBe(true);
    expect(s.usage.find((u) => u.tier === 'spine')).toMatchObject({ count: 16, downUsed: 48, ports: 64 });
    expect(s.reasoning.join(' ')).toContain('12, 13, 14 and 15 do not (32/12 = 2.67 is not whole); 16 does');
  });

  it('says why a node is missing from each SU and where the UFM links go', () => {
    const s = sized({ nodes: 31, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
    const text = s.reasoning.join('\n');
    expect(text).toContain('one node removed to make room for the UFM links');
    expect(text).toContain('the UFM ports take 4 of the 8 free leaf ports');
    // Rails 1–4 carry the UFM links on the slot of the removed node.
    expect(s.usage.filter((u) => u.tier === 'leaf')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ count: 4, downUsed: 32, upUsed: 32 }),
        expect.objectContaining({ count: 4, downUsed: 31, upUsed: 32 }),
      ]),
    );
  });

  it('gives the same table from the catalog QM9700 as from radix 64', () => {
    const qm9700 = catalogSwitch('nvidia-qm9700');
    for (const nodes of [31, 63, 95, 127]) {
      const fromCatalog = sized({ nodes, portsPerNode: 8, switch: qm9700, extraEndpoints: UFM });
      const fromRadix = sized({ nodes, portsPerNode: 8, radix: 64, extraEndpoints: UFM });
      expect(fromCatalog.counts).toEqual(fromRadix.counts);
      expect(fromCatalog.links).toEqual(fromRadix.links);
    }
  });
});

describe('When the leaves are 2:1 oversubscribed (hand-worked)', () => {
  // Radix 64 at 2:1: an SU of 32 nodes needs 32 ports per rail; one leaf per rail gives them and keeps
  // ceil(32 × 1/2) = 16 uplinks (48 of 64 ports used). 4 SUs: 32 leaves × 16 = 512 leaf–spine links;
  // ceil(512 / 64) = 8 spines, and 8 divides 16: 2 links from each leaf to each spine, 32 × 2 = 64 ports per spine.
  it('halves the uplinks and spines of the 4-SU fabric', () => {
    const s = sized({ nodes: 128, portsPerNode: 8, radix: 64, oversubscription: { down: 2, up: 1 } });
    expect(s.leafDownlinks).toBe(32);
    expect(s.leafUplinks).toBe(16);
    expect(s.counts).toEqual({ leaf: 32, spine: 8, core: 0 });
    expect(s.links).toMatchObject({ nodeLeaf: 1024, leafSpine: 512, spineCore: 0 });
    expect(s.leaves.every((l) => l.linksPerSpine === 2)).toBe(true);
    expect(s.usage.find((u) => u.tier === 'spine')).toMatchObject({ count: 8, downUsed: 64 });
    expect(s.oversubscription).toBe(2);
  });

  it('sizes one SU with 2 spines of 8 links from each leaf', () => {
    // 8 leaves × 16 uplinks = 128 links; ceil(128 / 64) = 2 spines; 16 / 2 = 8 links per pair; 8 × 8 = 64 ports.
    const s = sized({ nodes: 32, portsPerNode: 8, radix: 64, oversubscription: { down: 2, up: 1 } });
    expect(s.counts).toEqual({ leaf: 8, spine: 2, core: 0 });
    expect(s.leaves[0]?.linksPerSpine).toBe(8);
  });

  it('gives a leaf at most 42 node ports at 2:1 when the SU asks for more (42 + 21 = 63 of 64)', () => {
    const s = sized({
      nodes: 42,
      portsPerNode: 1,
      radix: 64,
      suNodes: 42,
      oversubscription: { down: 2, up: 1 },
    });
    expect(s.leafDownlinks).toBe(42);
    expect(s.leafUplinks).toBe(21);
    const t = sized({
      nodes: 43,
      portsPerNode: 1,
      radix: 64,
      suNodes: 43,
      oversubscription: { down: 2, up: 1 },
    });
    expect(t.leavesPerRailPerSu).toBe(2); // 43 > 42: two leaves per rail, 22 + 21 slots
  });
});

describe('When 800G switch ports break out as 2 × 400G (SN5600 as a 128-port leaf)', () => {
  const sn5600 = () => catalogSwitch('nvidia-sn5600');

  it('sizes 64 nodes in one 64-node SU by hand: 8 leaves, 4 spines, 16 links per pair', () => {
    // 64 × 800G broken out = 128 × 400G; 1:1 gives 64 node ports and 64 uplinks per leaf. 8 rails → 8 leaves,
    // 8 × 64 = 512 leaf–spine links; ceil(512 / 128) = 4 spines; 64 / 4 = 16 links per pair; 8 × 16 = 128 ports.
    const s = sized({
      nodes: 64,
      portsPerNode: 8,
      switch: sn5600(),
      breakout: 2,
      nodePortGbps: 400,
      suNodes: 64,
    });
    expect(s.leafSwitch).toMatchObject({ ports: 128, speedGbps: 400 });
    expect(s.counts).toEqual({ leaf: 8, spine: 4, core: 0 });
    expect(s.links).toMatchObject({ nodeLeaf: 512, leafSpine: 512 });
    expect(s.leaves[0]?.linksPerSpine).toBe(16);
    expect(s.reasoning[0]).toContain('runs as 2 × 400 Gb/s');
  });

  it('reaches 128 leaves in two tiers at radix 128 (8,192 GPUs), twice radix 64', () => {
    const s = sized({
      nodes: 1024,
      portsPerNode: 8,
      switch: sn5600(),
      breakout: 2,
      nodePortGbps: 400,
      suNodes: 64,
    });
    expect(s.tiers).toBe(2);
    expect(s.counts).toEqual({ leaf: 128, spine: 64, core: 0 });
  });

  it('refuses 400G NICs on 800G ports without a breakout, naming the setting', () => {
    const r = sizeFabric({ nodes: 64, portsPerNode: 8, switch: sn5600(), nodePortGbps: 400 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('breakout');
      expect(r.error.message).toContain('set breakout 2');
    }
  });
});

describe('When the fabric outgrows two tiers (radix 64, 1:1, 8 rails, 32-node SUs)', () => {
  // Two tiers: a spine has 64 ports and each leaf needs at least one link to it, so at most 64 leaves; each leaf
  // gives 32 ports to GPUs: 64 × 32 = 2,048 GPUs.
  it('keeps two tiers up to 2,048 GPUs: 64 leaves, 32 spines, one link per pair', () => {
    const s = sized({ nodes: 256, portsPerNode: 8, radix: 64 });
    expect(s.tiers).toBe(2);
    expect(s.counts).toEqual({ leaf: 64, spine: 32, core: 0 });
    expect(s.leaves.every((l) => l.linksPerSpine === 1)).toBe(true);
  });

  it('adds a core tier at 2,056 GPUs (9 SUs, 72 leaves)', () => {
    const s = sized({ nodes: 257, portsPerNode: 8, radix: 64 });
    expect(s.tiers).toBe(3);
    expect(s.counts.leaf).toBe(72);
    expect(s.counts.core).toBeGreaterThan(0);
    expect(s.reasoning.join(' ')).toContain('two tiers reach at most 64 leaves');
  });

  it('sizes 16,384 GPUs by hand: 512 leaves, 512 spines, 256 cores', () => {
    // 2,048 nodes = 64 SUs × 8 leaves = 512 leaves. A spine gives 32 ports down and 32 up; a spine group holds
    // 32 leaves = 4 SUs, with 32 spines (one link from each leaf to each): 16 groups × 32 = 512 spines.
    // Spine j of every group forms plane j: 32 planes of 16 spines × 32 uplinks = 512 links; 8 cores of 64 ports
    // each (8 divides 32: 4 links from each spine to each core). 32 planes × 8 = 256 cores.
    const s = sized({ nodes: 2048, portsPerNode: 8, radix: 64 });
    expect(s.tiers).toBe(3);
    expect(s.counts).toEqual({ leaf: 512, spine: 512, core: 256 });
    expect(s.links).toMatchObject({ nodeLeaf: 16_384, leafSpine: 16_384, spineCore: 16_384 });
    expect(s.spineGroups).toHaveLength(16);
    expect(s.corePlanes).toHaveLength(32);
    expect(s.corePlanes.every((p) => p.cores === 8 && p.spines.length === 16)).toBe(true);
    expect(s.usage.filter((u) => u.tier === 'core')).toEqual([
      { tier: 'core', count: 256, ports: 64, downUsed: 64, upUsed: 0 },
    ]);
  });

  it('sizes 65,536 GPUs, the most three tiers of radix 64 reach (64³/4)', () => {
    const s = sized({ nodes: 8192, portsPerNode: 8, radix: 64 });
    expect(s.counts).toEqual({ leaf: 2048, spine: 2048, core: 1024 });
    const beyond = sizeFabric({ nodes: 8193, portsPerNode: 8, radix: 64 });
    expect(beyond.ok).toBe(false);
    if (!beyond.ok) expect(beyond.error.message).toContain('more than three tiers');
  });

  it('refuses a core tier when at most two tiers are allowed', () => {
    const r = sizeFabric({ nodes: 257, portsPerNode: 8, radix: 64, maxTiers: 2 });
    expect(r.ok).toBe(false);
  });
});

describe('When the last SU is partly filled', () => {
  // 40 nodes: SU 1 full (32), SU 2 holds 8. Each SU has 8 rail leaves.
  it('builds the full SU by default: 16 leaves × 32 uplinks, 8 spines', () => {
    const s = sized({ nodes: 40, portsPerNode: 8, radix: 64 });
    expect(s.counts).toEqual({ leaf: 16, spine: 8, core: 0 });
    expect(s.links.leafSpine).toBe(512);
  });

  it('builds only what is used with provisionFullSu off, rounding uplinks to the spine count', () => {
    // SU 2's leaves use 8 ports: 8 uplinks. 8 × 32 + 8 × 8 = 320 links, at least 5 spines; 8 is the smallest divisor of
    // 32 that fits: full leaves send 4 links to each spine, partial ones 1: 8 × 4 + 8 × 1 = 40 of 64 spine ports.
    const s = sized({ nodes: 40, portsPerNode: 8, radix: 64, provisionFullSu: false });
    expect(s.counts).toEqual({ leaf: 16, spine: 8, core: 0 });
    expect(s.links.leafSpine).toBe(320);
    expect(s.leaves.filter((l) => l.su === 1).every((l) => l.linksPerSpine === 1)).toBe(true);
  });
});

describe('When a network is not rail-optimised (storage, in-band)', () => {
  it('spreads 127 nodes × 2 ports over 8 leaves of 32 downlinks', () => {
    const s = sized({ fabric: 'storage', nodes: 127, portsPerNode: 2, radix: 64, railOptimised: false });
    expect(s.counts).toEqual({ leaf: 8, spine: 4, core: 0 });
    expect(s.leaves.map((l) => l.downUsed)).toEqual([32, 32, 32, 32, 32, 32, 31, 31]);
  });

  it('sizes out-of-band leaves with fixed uplinks (SN2201: 48 × 1 GbE down, 4 × 100 GbE up)', () => {
    // 127 BMC ports / 48 = 3 leaves; 48 Gb/s down needs ceil(48 / 100) = 1 uplink of 100 Gb/s; one SN4600C spine.
    const s = sized({
      fabric: 'oob',
      nodes: 127,
      portsPerNode: 1,
      switch: catalogSwitch('nvidia-sn2201'),
      spineSwitch: catalogSwitch('nvidia-sn4600c'),
      railOptimised: false,
    });
    expect(s.counts).toEqual({ leaf: 3, spine: 1, core: 0 });
    expect(s.leafUplinks).toBe(1);
    expect(s.oversubscription).toBeCloseTo(0.48);
  });

  it('sizes 87 out-of-band leaves in three tiers, the partly filled group cabled like a full one', () => {
    // 4,176 BMC and management ports / 48 = 87 SN2201 leaves; 48 Gb/s down needs 1 × 100G uplink at 1:1 (U = 1).
    // Two tiers: the spine count divides U = 1, one SN4600C of 64 ports: at most 64 leaves, so a core tier is needed.
    // Three tiers: a spine gives 32 ports to leaves, so groups of 32, 32 and 23 leaves, one spine each.
    // Core plane 1 joins the 3 spines with 32 + 32 + 23 = 87 uplinks: gcd 1, and one 64-port core cannot take 87.
    // Cabling the last spine with a full group's 32 uplinks: 96 uplinks, gcd 32; 2 cores of 48 links each fit 64.
    // Switches: 87 + 3 + 2 = 92; links 4,176 + 87 + 96.
    const s = sized({
      fabric: 'oob',
      nodes: 87 * 48,
      portsPerNode: 1,
      switch: catalogSwitch('nvidia-sn2201'),
      spineSwitch: catalogSwitch('nvidia-sn4600c'),
      railOptimised: false,
    });
    expect(s.counts).toEqual({ leaf: 87, spine: 3, core: 2 });
    expect(s.spineGroups.map((g) => [g.leaves.length, g.downPerSpine, g.upPerSpine])).toEqual([
      [32, 32, 32],
      [32, 32, 32],
      [23, 23, 32],
    ]);
    expect(s.links).toMatchObject({ nodeLeaf: 4176, leafSpine: 87, spineCore: 96 });
    expect(s.reasoning.join(' ')).toContain("cabled with a full group's 32 uplinks");
  });

  it.each([
    // 1,024 GPUs (128 DGX H100, planned): 128 BMC + 112 PDU + 74 switch management ports = 314 → ⌈314 / 48⌉ = 7
    // leaves, each needing 1 × 100G uplink; one SN4600C takes 7 of its 64 ports: two tiers, 7 + 1 = 8 switches.
    { gpus: 1_024, ports: 314, leaf: 7, spine: 1, core: 0, spineCore: 0 },
    // 16,384 GPUs (2,048 DGX H100, planned): 5,687 ports → ⌈5,687 / 48⌉ = 119 leaves > 64, so three tiers: groups
    // of 32, 32, 32 and 23 leaves, one spine each; 4 × 32 uplinks (the last spine cabled in full) = 128, and 2 cores
    // of 64 ports take them: 119 + 4 + 2 = 125 switches.
    { gpus: 16_384, ports: 5_687, leaf: 119, spine: 4, core: 2, spineCore: 128 },
  ])(
    'sizes the out-of-band network of a $gpus-GPU DGX H100 pod: $leaf leaves, $spine spines, $core cores',
    (row) => {
      const s = sized({
        fabric: 'oob',
        nodes: row.ports,
        portsPerNode: 1,
        switch: catalogSwitch('nvidia-sn2201'),
        spineSwitch: catalogSwitch('nvidia-sn4600c'),
        railOptimised: false,
      });
      expect(s.counts).toEqual({ leaf: row.leaf, spine: row.spine, core: row.core });
      expect(s.links.spineCore).toBe(row.spineCore);
    },
  );

  it('needs a spine of the uplink speed for a fixed-uplink leaf', () => {
    const r = sizeFabric({
      nodes: 127,
      portsPerNode: 1,
      switch: catalogSwitch('nvidia-sn2201'),
      railOptimised: false,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('spineSwitch');
  });

  it('uses a single leaf and no spine when one leaf holds every port', () => {
    const s = sized({ fabric: 'inband', nodes: 10, portsPerNode: 2, radix: 64, railOptimised: false });
    expect(s.counts).toEqual({ leaf: 1, spine: 0, core: 0 });
    expect(s.tiers).toBe(1);
    expect(s.links.leafSpine).toBe(0);
  });
});

describe('When the input is wrong', () => {
  it.each([
    [{ nodes: 0, portsPerNode: 8, radix: 64 }, 'nodes'],
    [{ nodes: 1.5, portsPerNode: 8, radix: 64 }, 'nodes'],
    [{ nodes: 8, portsPerNode: 0, radix: 64 }, 'portsPerNode'],
    [{ nodes: 8, portsPerNode: 8 }, 'radix'],
    [{ nodes: 8, portsPerNode: 8, radix: 1 }, 'radix'],
    [{ nodes: 8, portsPerNode: 8, radix: 64, suNodes: 0 }, 'suNodes'],
    [{ nodes: 8, portsPerNode: 8, radix: 64, breakout: 0 }, 'breakout'],
    [{ nodes: 8, portsPerNode: 8, radix: 64, oversubscription: { down: 0, up: 1 } }, 'oversubscription'],
  ] as const)('rejects %o naming %s', (input, field) => {
    const r = sizeFabric(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });
});

describe('Regressions found by the property tests', () => {
  it('measures a partly built leaf on the ports it uses (fast-check seed -290073213, path 4:2:4)', () => {
    // 7 nodes × 4 ports over 48-port leaves, not rail-optimised, built partly: 2 leaves of 14 ports, 14 uplinks each.
    const s = sized({
      nodes: 7,
      portsPerNode: 4,
      radix: 48,
      suNodes: 4,
      railOptimised: false,
      provisionFullSu: false,
    });
    expect(s.leaves.map((l) => [l.downUsed, l.up])).toEqual([
      [14, 14],
      [14, 14],
    ]);
    expect(s.oversubscription).toBe(1);
    expect(s.warnings).toEqual([]);
  });
});
