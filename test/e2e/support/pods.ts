/** Layouts for the end-to-end tests, built with the core's pure ops and serialized with the core's serializer. */
import { readFileSync } from 'node:fs';
import type { Layout } from '../../../src/core';
import {
  addFloorUnit,
  addRack,
  addSideItem,
  deviceId,
  emptyLayout,
  floorUnitId,
  placeDevice,
  rackId,
  sku,
} from '../../../src/core';
import { serializeLayout } from '../../../src/core';

export const DGX_H100 = 'nvidia-dgx-h100';
export const DGX_H100_MAX_KW = 10.2;

/** Two 48U racks with A and B 415 V 60 A PDUs, the first empty; plus a small 230 V rack to overload. */
export function testPod(): Layout {
  let l = emptyLayout('E2E pod');
  const racks = [
    { id: 'r1', name: 'A1', slot: 0, pdu: 'raritan-px3-5878-415v-60a' },
    { id: 'r2', name: 'A2', slot: 1, pdu: 'raritan-px3-5878-415v-60a' },
    { id: 'r3', name: 'A3', slot: 2, pdu: 'pdu-230v-1ph-32a-0u' },
  ];
  for (const r of racks) {
    l = addRack(l, {
      id: rackId(r.id),
      sku: sku('rack-48u-600x1200'),
      name: r.name,
      position: { row: 0, slot: r.slot },
    });
    l = addSideItem(l, {
      id: deviceId(`${r.id}-pdu-a`),
      sku: sku(r.pdu),
      rack: rackId(r.id),
      side: 'left',
      feed: 'A',
    });
    l = addSideItem(l, {
      id: deviceId(`${r.id}-pdu-b`),
      sku: sku(r.pdu),
      rack: rackId(r.id),
      side: 'right',
      feed: 'B',
    });
  }
  l = placeDevice(l, {
    id: deviceId('sw-1'),
    sku: sku('nvidia-qm9700'),
    rack: rackId('r2'),
    u: 46,
    face: 'rear',
  });
  l = placeDevice(l, { id: deviceId('srv-1'), sku: sku(DGX_H100), rack: rackId('r2'), u: 2, face: 'front' });
  l = placeDevice(l, { id: deviceId('srv-2'), sku: sku(DGX_H100), rack: rackId('r2'), u: 11, face: 'front' });
  l = addFloorUnit(l, {
    id: floorUnitId('cool-1'),
    sku: sku('inrow-cooler-40kw'),
    position: { row: 0, slot: 4 },
  });
  return l;
}

export const testPodJson = (): string => serializeLayout(testPod());

/**
 * The liquid NVL72 example (254.18 kW IT max, three 100 kW / 200 kWh battery cabinets) with a 0.1 MW/min ramp limit
 * and a 20 kW allowed swing: storage sizing hand-worked in test/cli/powerStorage.test.ts (3 cabinets by power, 1 by
 * energy, the ramp binds).
 */
export function podWithStorage(): string {
  const file = JSON.parse(readFileSync('public/examples/liquid-nvl72.json', 'utf8')) as Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...file, storage: { grid: { rampMwPerMin: 0.1, allowedSwingKw: 20 } } });
}

/**
 * The liquid NVL72 example with its three battery cabinets replaced by two Megapack 2 XL 2-hour units and one
 * Megapack 3 (example prices 1,000,000.00 and 1,300,000.00 each).
 */
export function podWithMegapacks(): string {
  const file = JSON.parse(readFileSync('public/examples/liquid-nvl72.json', 'utf8')) as {
    floorUnits: { sku: string }[];
  };
  const megapacks = ['tesla-megapack-2xl', 'tesla-megapack-2xl', 'tesla-megapack-3'];
  let next = 0;
  file.floorUnits = file.floorUnits.map((u) =>
    u.sku === 'battery-cabinet-200kwh' ? { ...u, sku: megapacks[next++] ?? u.sku } : u,
  );
  return JSON.stringify(file);
}
