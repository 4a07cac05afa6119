/**
 * The example pods shipped in public/examples, built in code so every U, feed and figure is deliberate. Run
 * `npx tsx scripts/buildExamples.ts` to write the files; test/examples.test.ts checks they are current and that the
 * three realistic pods validate cleanly while the broken one trips every rule family.
 */
import type {
  DevicePlacement,
  FeedSide,
  FloorUnitPlacement,
  Layout,
  RackPlacement,
  SideItemPlacement,
} from '../src/core';
import { deviceId, emptyLayout, floorUnitId, rackId, sku } from '../src/core';

const rack = (id: string, s: string, row: number, slot: number, rearDoor?: string): RackPlacement => ({
  id: rackId(id),
  sku: sku(s),
  name: id,
  position: { row, slot },
  ...(rearDoor ? { rearDoor: sku(rearDoor) } : {}),
});

const dev = (id: string, s: string, inRack: string, u: number, feed?: FeedSide): DevicePlacement => ({
  id: deviceId(id),
  sku: sku(s),
  rack: rackId(inRack),
  u,
  face: 'front',
  ...(feed ? { feed } : {}),
});

/** PDUs in the side channels: `perFeed` on each of feeds A and B, alternating sides. */
function pdus(inRack: string, s: string, perFeed: number): SideItemPlacement[] {
  const out: SideItemPlacement[] = [];
  for (let i = 0; i < perFeed; i++) {
    for (const feed of ['A', 'B'] as const) {
      const side = i % 2 === 0 ? (feed === 'A' ? 'left' : 'right') : feed === 'A' ? 'right' : 'left';
      out.push({
        id: deviceId(`${inRack}-pdu-${feed}${i + 1}`),
        sku: sku(s),
        rack: rackId(inRack),
        side,
        feed,
      });
    }
  }
  return out;
}

const unit = (id: string, s: string, row: number, slot: number, serves?: string[]): FloorUnitPlacement => ({
  id: floorUnitId(id),
  sku: sku(s),
  name: id,
  position: { row, slot },
  ...(serves ? { serves: serves.map(rackId) } : {}),
});

const base = (name: string, limits: Partial<Layout['limits']>, floor: Partial<Layout['floor']>): Layout => {
  const l = emptyLayout(name);
  return { ...l, limits: { ...l.limits, ...limits }, floor: { ...l.floor, ...floor } };
};

/** 16 DGX H100 (4 per 42U rack, 40.8 kW each) with active rear doors, plus a network rack. */
export function airCooledDgxPod(): Layout {
  const computeRacks = ['C1', 'C2', 'C3', 'C4'];
  const devices: DevicePlacement[] = computeRacks.flatMap((r) =>
    [2, 10, 18, 26].map((u, i) => dev(`${r}-dgx${i + 1}`, 'nvidia-dgx-h100', r, u)),
  );
  devices.push(
    ...[1, 2, 3, 4].map((i) => dev(`N1-leaf${i}`, 'nvidia-qm9700', 'N1', 10 + i)),
    dev('N1-storage1', 'nvidia-qm9700-storage', 'N1', 16),
    dev('N1-inband1', 'nvidia-sn5600-inband', 'N1', 18),
    dev('N1-oob1', 'nvidia-sn2201', 'N1', 21),
  );
  return {
    ...base(
      'Air-cooled DGX H100 pod (128 GPUs)',
      { utilityFeedKw: 250, facilityWaterKw: 300, roomAirKw: 30, floorRatingKgPerM2: 1220 },
      { rows: 1, positionsPerRow: 6 },
    ),
    racks: [
      ...computeRacks.map((r, i) => rack(r, 'rack-42u-600x1200', 0, i, 'rdhx-active-60kw')),
      rack('N1', 'rack-42u-600x1200', 0, 4),
    ],
    devices,
    sideItems: [
      ...computeRacks.flatMap((r) => pdus(r, 'raritan-px3-5878-415v-60a', 2)),
      ...pdus('N1', 'raritan-px3-5878-415v-60a', 1),
    ],
  };
}

/** Two GB200 NVL72-class racks on busbar power shelves, a floor CDU, passive doors, a network rack and batteries. */
export function liquidNvl72Pod(): Layout {
  const devices: DevicePlacement[] = [];
  for (const r of ['L1', 'L2']) {
    const shelf = (u: number, i: number) =>
      dev(`${r}-shelf${i}`, 'orv3-power-shelf-33kw', r, u, i % 2 === 1 ? 'A' : 'B');
    devices.push(...[1, 2, 3, 4].map((u, i) => shelf(u, i + 1)));
    for (let i = 0; i < 9; i++) devices.push(dev(`${r}-tray${i + 1}`, 'nvidia-gb200-compute-tray', r, 5 + i));
    for (let i = 0; i < 9; i++)
      devices.push(dev(`${r}-nvswitch${i + 1}`, 'nvidia-gb200-nvlink-switch-tray', r, 14 + i));
    for (let i = 0; i < 9; i++)
      devices.push(dev(`${r}-tray${i + 10}`, 'nvidia-gb200-compute-tray', r, 23 + i));
    devices.push(...[32, 33, 34, 35].map((u, i) => shelf(u, i + 5)));
    devices.push(dev(`${r}-mgmt1`, 'nvidia-sn2201', r, 37), dev(`${r}-mgmt2`, 'nvidia-sn2201', r, 38));
  }
  devices.push(
    ...[1, 2, 3, 4, 5].map((i) => dev(`N1-leaf${i}`, 'nvidia-qm9700', 'N1', 10 + i)),
    dev('N1-storage1', 'nvidia-qm9700-storage', 'N1', 16),
    dev('N1-storage2', 'nvidia-qm9700-storage', 'N1', 17),
    dev('N1-inband1', 'nvidia-sn5600-inband', 'N1', 19),
  );
  return {
    ...base(
      'Liquid-cooled GB200 NVL72 pod (144 GPUs)',
      { utilityFeedKw: 400, facilityWaterKw: 400, roomAirKw: 30, floorRatingKgPerM2: 2500 },
      { rows: 2, positionsPerRow: 8 },
    ),
    racks: [
      rack('L1', 'rack-nvl72', 0, 0, 'rdhx-passive-35kw'),
      rack('L2', 'rack-nvl72', 0, 1, 'rdhx-passive-35kw'),
      rack('N1', 'rack-42u-600x1200', 0, 2),
    ],
    devices,
    sideItems: [
      ...pdus('L1', 'pdu-230v-1ph-32a-0u', 1),
      ...pdus('L2', 'pdu-230v-1ph-32a-0u', 1),
      ...pdus('N1', 'raritan-px3-5878-415v-60a', 1),
    ],
    floorUnits: [
      unit('CDU1', 'coolit-chx2000', 1, 0, ['L1', 'L2']),
      unit('BAT1', 'battery-cabinet-200kwh', 1, 2),
      unit('BAT2', 'battery-cabinet-200kwh', 1, 4),
      unit('BAT3', 'battery-cabinet-200kwh', 1, 6),
    ],
  };
}

/** A small air-cooled inference pod: two 8-GPU HGX servers, CPU servers, storage and its own switches. */
export function smallInferencePod(): Layout {
  return {
    ...base(
      'Small inference pod (16 GPUs)',
      { utilityFeedKw: 60, facilityWaterKw: 0, roomAirKw: 50, floorRatingKgPerM2: 1220 },
      { rows: 1, positionsPerRow: 4 },
    ),
    racks: [rack('R1', 'rack-42u-600x1200', 0, 0), rack('R2', 'rack-42u-600x1200', 0, 1)],
    devices: [
      dev('R1-gpu1', 'supermicro-sys-821ge-tnhr', 'R1', 2),
      dev('R1-gpu2', 'supermicro-sys-821ge-tnhr', 'R1', 10),
      ...[1, 2, 3, 4].map((i) => dev(`R1-cpu${i}`, 'cpu-server-1u', 'R1', 18 + i)),
      dev('R2-leaf1', 'nvidia-qm9700', 'R2', 30),
      dev('R2-storage-switch', 'nvidia-qm9700-storage', 'R2', 31),
      dev('R2-inband1', 'nvidia-sn4600c', 'R2', 32),
      dev('R2-oob1', 'nvidia-sn2201', 'R2', 34),
      dev('R2-nvme1', 'storage-node-2u-nvme', 'R2', 10),
      dev('R2-nvme2', 'storage-node-2u-nvme', 'R2', 12),
      dev('R2-mgmt1', 'mgmt-server-1u', 'R2', 15),
    ],
    sideItems: [...pdus('R1', 'raritan-px3-5878-415v-60a', 1), ...pdus('R2', 'pdu-415v-3ph-32a-0u', 1)],
  };
}

/** A deliberately broken pod: every rule family fires at least once. */
export function brokenPod(): Layout {
  return {
    ...base(
      'Broken pod (every rule fires)',
      { utilityFeedKw: 50, facilityWaterKw: 20, roomAirKw: 20, floorRatingKgPerM2: 800 },
      { rows: 1, positionsPerRow: 3 },
    ),
    racks: [
      rack('B1', 'rack-42u-600x1200', 0, 0),
      rack('B2', 'rack-42u-600x1200', 0, 1),
      rack('B3', 'rack-42u-600x1200', 0, 1),
    ],
    devices: [
      // space: B1-dgx2 overlaps B1-dgx1; B1-dgx5 runs past U42. power: 5 × 10.2 kW on 34.5 kW feeds.
      ...[1, 5, 13, 21].map((u, i) => dev(`B1-dgx${i + 1}`, 'nvidia-dgx-h100', 'B1', u)),
      dev('B1-dgx5', 'nvidia-dgx-h100', 'B1', 37),
      // airflow: a rear-to-front switch among front-to-rear servers. network: one 32-port leaf for 40 ports.
      dev('B1-oob', 'nvidia-sn2201-c2p', 'B1', 30),
      dev('B2-leaf', 'nvidia-qm9700', 'B2', 40),
      // cooling: direct-to-chip servers with no CDU.
      dev('B2-dlc1', 'hgx-b200-4u-dlc', 'B2', 1),
      dev('B2-dlc2', 'hgx-b200-4u-dlc', 'B2', 5),
      // references: an unknown SKU and a device in a rack that does not exist.
      dev('B2-mystery', 'acme-mystery-box', 'B2', 20),
      dev('B9-ghost', 'cpu-server-1u', 'B9', 1),
    ],
    sideItems: [...pdus('B1', 'raritan-px3-5878-415v-60a', 1), ...pdus('B2', 'pdu-230v-1ph-32a-0u', 1)],
  };
}

export const EXAMPLES: readonly { file: string; description: string; build: () => Layout }[] = [
  {
    file: 'air-cooled-dgx-h100.json',
    description: '4 racks of 4 DGX H100 (40.8 kW per rack) with active rear doors, and a network rack',
    build: airCooledDgxPod,
  },
  {
    file: 'liquid-nvl72.json',
    description:
      'Two GB200 NVL72-class racks on 33 kW power shelves, a 2 MW floor CDU, batteries and a network rack',
    build: liquidNvl72Pod,
  },
  {
    file: 'small-inference.json',
    description: 'Two Supermicro HGX H100 servers, CPU servers, NVMe storage and their switches in two racks',
    build: smallInferencePod,
  },
  { file: 'broken.json', description: 'Deliberately broken: every rule family fires', build: brokenPod },
];
