/**
 * fast-check arbitraries of layouts the schema accepts (every field within its bounds, ids unique in their space), for
 * the round-trip and loader property tests.
 */
import fc from 'fast-check';
import { MIN_POSITIVE } from '../../src/core/model/bounds';
import { deviceId, floorUnitId, linkId, rackId, sku } from '../../src/core/model/ids';
import { LAYOUT_SCHEMA_VERSION } from '../../src/core/model/layout';
import type {
  DevicePlacement,
  FloorUnitPlacement,
  Layout,
  LinkPlacement,
  RackPlacement,
  SideItemPlacement,
} from '../../src/core/model/layout';

/** Text of 1 to `max` UTF-16 code units: printable ASCII, or any code point (2 units at most each). */
const text = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: Math.floor(max / 2) }),
  );
const id = text(100);
const name = text(200);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** A number above 0 and at most `max` (the bounds of model/bounds.ts). */
const upTo = (max: number) => fc.double({ min: MIN_POSITIVE, max, noNaN: true });
const position = fc.record({ row: fc.nat(999), slot: fc.nat(999) });
const feed = fc.constantFrom('A' as const, 'B' as const);

const rack: fc.Arbitrary<RackPlacement> = fc
  .record({ id, sku: id, name, position, rearDoor: optional(id) })
  .map((r) => ({
    id: rackId(r.id),
    sku: sku(r.sku),
    name: r.name,
    position: r.position,
    ...(r.rearDoor !== undefined && { rearDoor: sku(r.rearDoor) }),
  }));

const device: fc.Arbitrary<DevicePlacement> = fc
  .record({
    id,
    sku: id,
    rack: id,
    u: fc.integer({ min: 1, max: 60 }),
    face: fc.constantFrom('front' as const, 'rear' as const),
    feed: optional(feed),
    name: optional(name),
    powerFactor: optional(upTo(1)),
  })
  .map((d) => ({
    id: deviceId(d.id),
    sku: sku(d.sku),
    rack: rackId(d.rack),
    u: d.u,
    face: d.face,
    ...(d.feed !== undefined && { feed: d.feed }),
    ...(d.name !== undefined && { name: d.name }),
    ...(d.powerFactor !== undefined && { powerFactor: d.powerFactor }),
  }));

const sideItem: fc.Arbitrary<SideItemPlacement> = fc
  .record({
    id,
    sku: id,
    rack: id,
    side: fc.constantFrom('left' as const, 'right' as const),
    feed,
    name: optional(name),
  })
  .map((s) => ({
    id: deviceId(s.id),
    sku: sku(s.sku),
    rack: rackId(s.rack),
    side: s.side,
    feed: s.feed,
    ...(s.name !== undefined && { name: s.name }),
  }));

const floorUnit: fc.Arbitrary<FloorUnitPlacement> = fc
  .record({ id, sku: id, position, serves: optional(fc.array(id, { maxLength: 4 })), name: optional(name) })
  .map((f) => ({
    id: floorUnitId(f.id),
    sku: sku(f.sku),
    position: f.position,
    ...(f.serves !== undefined && { serves: f.serves.map(rackId) }),
    ...(f.name !== undefined && { name: f.name }),
  }));

const portGroup = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((g) => !g.startsWith('/') && !/[\n\r\u2028\u2029]/.test(g));
const portRef = fc
  .record({ device: id, group: portGroup, index: fc.integer({ min: 1, max: 999_999 }) })
  .map((p) => ({ device: deviceId(p.device), port: `${p.group}/${p.index}` }));
const link: fc.Arbitrary<LinkPlacement> = fc
  .record({ id, a: portRef, b: portRef })
  .map((l) => ({ id: linkId(l.id), a: l.a, b: l.b }));

/** Devices and side items share one id space, so they are drawn together and then split. */
const devicesAndSideItems = fc
  .uniqueArray(
    fc.oneof(
      device.map((d) => ({ device: d })),
      sideItem.map((s) => ({ side: s })),
    ),
    { selector: (x) => ('device' in x ? x.device.id : x.side.id), maxLength: 8 },
  )
  .map((items) => ({
    devices: items.flatMap((x) => ('device' in x ? [x.device] : [])),
    sideItems: items.flatMap((x) => ('side' in x ? [x.side] : [])),
  }));

/** Any layout the schema accepts. */
export const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    name,
    limits: fc.record({
      utilityFeedKw: upTo(1e6),
      utilityVoltageV: upTo(1e5),
      facilityWaterKw: upTo(1e6),
      roomAirKw: upTo(1e6),
      floorRatingKgPerM2: upTo(1e5),
      airDeltaTC: fc.double({ min: 1, max: 50, noNaN: true }),
      coolantDeltaTC: fc.double({ min: 1, max: 50, noNaN: true }),
      coolant: fc.constantFrom('water' as const, 'pg25' as const),
      deratingFraction: fc.double({ min: MIN_POSITIVE, max: 1, noNaN: true }),
    }),
    floor: fc.record({
      rows: fc.integer({ min: 1, max: 200 }),
      positionsPerRow: fc.integer({ min: 1, max: 200 }),
      pitchMm: upTo(2e4),
      rowDepthMm: upTo(2e4),
      aisleMm: upTo(2e4),
    }),
    racks: fc.uniqueArray(rack, { selector: (r) => r.id, maxLength: 8 }),
    devicesAndSideItems,
    floorUnits: fc.uniqueArray(floorUnit, { selector: (f) => f.id, maxLength: 4 }),
    links: fc.uniqueArray(link, { selector: (l) => l.id, maxLength: 6 }),
  })
  .map(({ devicesAndSideItems: d, ...rest }) => ({
    schemaVersion: LAYOUT_SCHEMA_VERSION,
    name: rest.name,
    limits: rest.limits,
    floor: rest.floor,
    racks: rest.racks,
    devices: d.devices,
    sideItems: d.sideItems,
    floorUnits: rest.floorUnits,
    links: rest.links,
  }));
