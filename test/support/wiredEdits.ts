/**
 * Random edits of a wired pod for property tests: place, remove and move a device, move a rack, add a link (ends
 * drawn from the pod's devices and a few that come and go or never exist, ports whole, lanes or unknown), remove a
 * link, and jump back to an earlier layout as undo does.
 */
import fc from 'fast-check';
import type { Layout, LinkPlacement } from '../../src/core';
import {
  addLink,
  deviceId,
  linkId,
  placeDevice,
  rackId,
  removeItems,
  sku,
  updateDevice,
  updateRack,
} from '../../src/core';

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

/** Edits of `base`. */
export function wiredEditArb(base: Layout) {
  const deviceIds = [...base.devices.map((d) => d.id as string), 'p0', 'p1', 'p2', 'ghost'];
  const portRef = fc.record({ device: fc.constantFrom(...deviceIds), port: fc.constantFrom(...PORTS) });
  return fc.oneof(
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
}
export type WiredEdit = ReturnType<typeof wiredEditArb> extends fc.Arbitrary<infer T> ? T : never;

let fresh = 0;
/** `e` applied to `l`; `history` holds the layouts before it, for undo. */
export function applyWiredEdit(l: Layout, e: WiredEdit, history: readonly Layout[]): Layout {
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
