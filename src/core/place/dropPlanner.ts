/**
 * Plans a drop without committing it: builds the candidate layout through the core's pure ops, validates it, and
 * compares its errors with the current ones. The drop commits exactly the candidate that was checked.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { DeviceId, RackId } from '../model/ids';
import type { FeedSide, Layout } from '../model/layout';
import { validate } from '../derive/validate';
import { uHeightOf } from '../model/catalog';
import { deviceId, floorUnitId, rackId } from '../model/ids';
import {
  addFloorUnit,
  addRack,
  addSideItem,
  nextId,
  placeDevice,
  updateDevice,
  updateFloorUnit,
  updateRack,
  updateSideItem,
} from '../ops/layoutOps';
import { firstFreeU, floorName } from './freeSpace';
import { newItemWords } from './newItemWords';
import { spanText } from './slotAnchor';
import { devicesByRack, findRecord, racksById, sideItemsByRack } from './layoutIndex';
import type { DropTarget, DropVerdict, Payload } from './types';

/** Whether a payload lands on the floor grid (racks, floor units) rather than in a rack. */
export function landsOnFloor(layout: Layout, catalog: Catalog, payload: Payload): boolean {
  if (payload.kind === 'sku') return catalog.items.get(payload.sku)?.placement === 'floor';
  const first = payload.ids[0];
  if (first === undefined) return false;
  const ref =
    findRecord(layout, { kind: 'rack', id: first }) ?? findRecord(layout, { kind: 'floorUnit', id: first });
  return ref !== null;
}

const ID_PREFIX: Record<CatalogItem['kind'], string> = {
  rack: 'rack',
  server: 'srv',
  switch: 'sw',
  rackmount: 'dev',
  pdu: 'pdu',
  'power-shelf': 'shelf',
  cdu: 'cdu',
  rdhx: 'door',
  'inrow-cooler': 'cool',
  battery: 'bat',
  ups: 'ups',
  transformer: 'tx',
  generator: 'gen',
  service: 'svc',
};

const idCache = new WeakMap<Layout, Map<string, string>>();
/** `nextId` memoized per layout, so hovering does not rescan 20k ids on every pointer move. */
export function freshId(layout: Layout, prefix: string): string {
  let map = idCache.get(layout);
  if (!map) idCache.set(layout, (map = new Map()));
  let id = map.get(prefix);
  if (id === undefined) map.set(prefix, (id = nextId(layout, prefix)));
  return id;
}

export const idPrefixFor = (item: CatalogItem): string => ID_PREFIX[item.kind];

/** The feed with fewer power sources in the rack (A on a tie), so new PDUs alternate A, B, A, B. */
export function lighterFeed(layout: Layout, rack: string, catalog: Catalog): FeedSide {
  let a = 0;
  let b = 0;
  for (const d of devicesByRack(layout.devices).get(rack) ?? []) {
    const kind = catalog.items.get(d.sku)?.kind;
    if (kind !== 'pdu' && kind !== 'power-shelf') continue;
    if (d.feed === 'B') b++;
    else a++;
  }
  for (const s of sideItemsByRack(layout.sideItems).get(rack) ?? []) {
    if (s.feed === 'B') b++;
    else a++;
  }
  return b < a ? 'B' : 'A';
}

interface Candidate {
  readonly layout: Layout;
  readonly subjectId: string;
  readonly summary: string;
}

function rackName(layout: Layout, id: string): string {
  return racksById(layout.racks).get(id)?.name ?? id;
}

function clampU(catalog: Catalog, layout: Layout, rack: string, u: number, h: number): number {
  const r = racksById(layout.racks).get(rack);
  const item = r ? catalog.items.get(r.sku) : undefined;
  const height = item?.kind === 'rack' ? item.heightU : 0;
  return Math.max(1, Math.min(Math.round(u), Math.max(1, height - Math.ceil(h) + 1)));
}

function addCandidate(
  layout: Layout,
  catalog: Catalog,
  item: CatalogItem,
  target: DropTarget,
): Candidate | null {
  // Services are quoted, never placed.
  if (item.placement === 'none') return null;
  const id = freshId(layout, idPrefixFor(item));
  if (item.placement === 'floor') {
    if (target.kind !== 'floor') return null;
    const where = `row ${target.position.row + 1}, position ${target.position.slot + 1}`;
    if (item.kind === 'rack') {
      const name = floorName(target.position);
      const next = addRack(layout, { id: rackId(id), sku: item.sku, name, position: target.position });
      return { layout: next, subjectId: id, summary: `${item.name} → rack ${name} (${where})` };
    }
    const next = addFloorUnit(layout, { id: floorUnitId(id), sku: item.sku, position: target.position });
    return { layout: next, subjectId: id, summary: `${item.name} → floor ${where}` };
  }
  if (target.kind === 'floor') return null;
  const rack = target.rack;
  if (!racksById(layout.racks).has(rack)) return null;
  if (item.placement === 'rack-door') {
    const next = updateRack(layout, rack as RackId, { rearDoor: item.sku });
    return {
      layout: next,
      subjectId: rack,
      summary: `${item.name} → rear door of rack ${rackName(layout, rack)}`,
    };
  }
  if (item.placement === 'rack-0u') {
    const sides = sideItemsByRack(layout.sideItems).get(rack) ?? [];
    const left = sides.filter((s) => s.side === 'left').length;
    const right = sides.length - left;
    const side = left <= right ? 'left' : 'right';
    const feed = lighterFeed(layout, rack, catalog);
    const next = addSideItem(layout, { id: deviceId(id), sku: item.sku, rack: rack as RackId, side, feed });
    return {
      layout: next,
      subjectId: id,
      summary: `${item.name} → rack ${rackName(layout, rack)}, ${side} side channel, feed ${feed}`,
    };
  }
  const h = uHeightOf(item);
  const face = target.kind === 'slot' ? target.face : 'front';
  const u =
    target.kind === 'slot'
      ? clampU(catalog, layout, rack, target.u, h)
      : firstFreeU(layout, catalog, rack, item, face);
  if (u === null) return null;
  const power = item.kind === 'pdu' || item.kind === 'power-shelf';
  const feed = power ? lighterFeed(layout, rack, catalog) : undefined;
  const next = placeDevice(layout, {
    id: deviceId(id),
    sku: item.sku,
    rack: rack as RackId,
    u,
    face,
    ...(feed !== undefined && { feed }),
  });
  return {
    layout: next,
    subjectId: id,
    summary: `${item.name} → rack ${rackName(layout, rack)}, ${spanText(u, h)} ${face}${feed ? `, feed ${feed}` : ''}`,
  };
}

function moveCandidate(
  layout: Layout,
  catalog: Catalog,
  ids: readonly string[],
  target: DropTarget,
): Candidate | null {
  const first = ids[0];
  if (first === undefined) return null;
  const rackRec = racksById(layout.racks).get(first);
  const unit = findRecord(layout, { kind: 'floorUnit', id: first });
  if (rackRec || unit) {
    if (target.kind !== 'floor') return null;
    const origin = rackRec
      ? rackRec.position
      : unit?.kind === 'floorUnit'
        ? unit.record.position
        : target.position;
    const dRow = target.position.row - origin.row;
    const dSlot = target.position.slot - origin.slot;
    let next = layout;
    for (const id of ids) {
      const r = racksById(layout.racks).get(id);
      if (r) {
        next = updateRack(next, r.id, {
          position: { row: r.position.row + dRow, slot: r.position.slot + dSlot },
        });
        continue;
      }
      const f = findRecord(layout, { kind: 'floorUnit', id });
      if (f?.kind === 'floorUnit') {
        const p = f.record.position;
        next = updateFloorUnit(next, f.record.id, { position: { row: p.row + dRow, slot: p.slot + dSlot } });
      }
    }
    const label = rackRec ? `rack ${rackRec.name}` : (unit?.record.id ?? first);
    return {
      layout: next,
      subjectId: first,
      summary: `Move ${ids.length > 1 ? `${ids.length} items` : label} → row ${target.position.row + 1}, position ${target.position.slot + 1}`,
    };
  }
  if (target.kind === 'floor') return null;
  const found = findRecord(layout, { kind: 'device', id: first });
  if (!found) return null;
  if (found.kind === 'side') {
    const next = updateSideItem(layout, found.record.id, { rack: target.rack as RackId });
    return {
      layout: next,
      subjectId: first,
      summary: `Move ${first} → rack ${rackName(layout, target.rack)}`,
    };
  }
  if (found.kind !== 'device') return null;
  const lead = found.record;
  const leadItem = catalog.items.get(lead.sku);
  const h = leadItem ? uHeightOf(leadItem) : 1;
  const face = target.kind === 'slot' ? target.face : lead.face;
  const u = target.kind === 'slot' ? clampU(catalog, layout, target.rack, target.u, h) : lead.u;
  const du = u - lead.u;
  let next = layout;
  for (const id of ids) {
    const d = findRecord(layout, { kind: 'device', id });
    if (d?.kind === 'device')
      next = updateDevice(next, d.record.id as DeviceId, {
        rack: target.rack as RackId,
        u: d.record.u + du,
        face,
      });
  }
  return {
    layout: next,
    subjectId: first,
    summary: `Move ${ids.length > 1 ? `${ids.length} devices` : (lead.name ?? lead.id)} → rack ${rackName(layout, target.rack)}, ${spanText(u, h)} ${face}`,
  };
}

const errorKeyCache = new WeakMap<Layout, { catalog: Catalog; keys: Set<string> }>();
function errorKeys(layout: Layout, catalog: Catalog): Set<string> {
  const hit = errorKeyCache.get(layout);
  if (hit && hit.catalog === catalog) return hit.keys;
  const keys = new Set<string>();
  for (const d of validate(layout, catalog).diagnostics)
    if (d.severity === 'error') keys.add(`${d.code}|${d.message}`);
  errorKeyCache.set(layout, { catalog, keys });
  return keys;
}

/**
 * The core's verdict on dropping `payload` at `target`, or null when the target cannot take it at all (a rack
 * dropped into a U slot). A drop that only breaks a budget (power, cooling, weight) is allowed and shown red, so the
 * planner sees the consequence; one that is physically impossible (overlap, off the grid) is refused.
 */
export function planDrop(
  layout: Layout,
  catalog: Catalog,
  payload: Payload,
  target: DropTarget,
): DropVerdict | null {
  let candidate: Candidate | null;
  if (payload.kind === 'sku') {
    const item = catalog.items.get(payload.sku);
    candidate = item ? addCandidate(layout, catalog, item, target) : null;
  } else candidate = moveCandidate(layout, catalog, payload.ids, target);
  if (!candidate) return null;
  if (candidate.layout === layout)
    return {
      base: layout,
      target,
      candidate: layout,
      allowed: true,
      problems: [],
      problemCodes: [],
      summary: candidate.summary,
      subjectId: candidate.subjectId,
    };
  const before = errorKeys(layout, catalog);
  const problems: string[] = [];
  const problemCodes: string[] = [];
  let allowed = true;
  const newItem = payload.kind === 'sku' ? catalog.items.get(payload.sku) : undefined;
  const subjectId = candidate.subjectId;
  const words = newItem ? newItemWords(candidate.layout, subjectId, newItem.name) : (m: string) => m;
  for (const d of validate(candidate.layout, catalog).diagnostics) {
    if (d.severity !== 'error' || before.has(`${d.code}|${d.message}`)) continue;
    // Physical problems first: they are why a drop is refused.
    if (d.code.startsWith('space.')) {
      allowed = false;
      problems.unshift(words(d.message));
      problemCodes.unshift(d.code);
    } else {
      problems.push(words(d.message));
      problemCodes.push(d.code);
    }
  }
  return {
    base: layout,
    target,
    candidate: candidate.layout,
    allowed,
    problems,
    problemCodes,
    summary: candidate.summary,
    subjectId: candidate.subjectId,
  };
}
