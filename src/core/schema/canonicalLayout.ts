/**
 * Rebuilds a layout record by record, key by key in the schema's order. The loader uses it so that its result holds
 * only validated fields (nothing of the input object is spread into it) with branded ids; the serializer uses it so
 * that files always list keys in the same order. Absent optional fields stay absent, never `undefined`.
 */
import { deviceId, floorUnitId, linkId, rackId, sku } from '../model/ids';
import { LAYOUT_SCHEMA_VERSION } from '../model/layout';
import type {
  DevicePlacement,
  FloorGrid,
  FloorPosition,
  FloorUnitPlacement,
  Layout,
  LinkPlacement,
  PodLimits,
  PortRef,
  RackPlacement,
  SideItemPlacement,
} from '../model/layout';
import type { QuoteDetails } from '../model/quote';
import type { ScenarioPod } from '../model/scenario';
import type { CatalogItemJson } from '../catalog/customCatalog/catalogSchema';
import { itemFromJson } from '../catalog/customCatalog/itemJson';
import type { WithPlainIds } from './layoutSchema';
import { quoteDocumentFields } from './quoteDocumentFields';
import { canonicalStorage } from './canonicalStorage';

type Plain<T> = WithPlainIds<T>;

/** JSON has no negative zero; normalising it keeps load(serialize(x)) the identity. */
const num = (n: number): number => (n === 0 ? 0 : n);

const limits = (l: Plain<PodLimits>): PodLimits => ({
  utilityFeedKw: num(l.utilityFeedKw),
  utilityVoltageV: num(l.utilityVoltageV),
  facilityWaterKw: num(l.facilityWaterKw),
  roomAirKw: num(l.roomAirKw),
  floorRatingKgPerM2: num(l.floorRatingKgPerM2),
  airDeltaTC: num(l.airDeltaTC),
  coolantDeltaTC: num(l.coolantDeltaTC),
  coolant: l.coolant,
  deratingFraction: num(l.deratingFraction),
  ...(l.powerFactor !== undefined && { powerFactor: num(l.powerFactor) }),
  ...(l.phaseImbalanceMaxPct !== undefined && { phaseImbalanceMaxPct: num(l.phaseImbalanceMaxPct) }),
  ...(l.coolingPlant !== undefined && {
    coolingPlant:
      l.coolingPlant.mode === 'cop'
        ? { mode: 'cop' as const, cop: num(l.coolingPlant.cop) }
        : { mode: 'pue' as const, pue: num(l.coolingPlant.pue) },
  }),
  ...(l.upsRedundancy !== undefined && { upsRedundancy: l.upsRedundancy }),
  ...(l.upsCarriesCduPumps !== undefined && { upsCarriesCduPumps: l.upsCarriesCduPumps }),
  ...(l.upsMinRuntimeMin !== undefined && { upsMinRuntimeMin: num(l.upsMinRuntimeMin) }),
});

const floor = (f: Plain<FloorGrid>): FloorGrid => ({
  rows: num(f.rows),
  positionsPerRow: num(f.positionsPerRow),
  pitchMm: num(f.pitchMm),
  rowDepthMm: num(f.rowDepthMm),
  aisleMm: num(f.aisleMm),
});

const position = (p: Plain<FloorPosition>): FloorPosition => ({ row: num(p.row), slot: num(p.slot) });

export const rack = (r: Plain<RackPlacement>): RackPlacement => ({
  id: rackId(r.id),
  sku: sku(r.sku),
  name: r.name,
  position: position(r.position),
  ...(r.rearDoor !== undefined && { rearDoor: sku(r.rearDoor) }),
  ...(r.powerScheme !== undefined && { powerScheme: r.powerScheme }),
});

export const device = (d: Plain<DevicePlacement>): DevicePlacement => ({
  id: deviceId(d.id),
  sku: sku(d.sku),
  rack: rackId(d.rack),
  u: num(d.u),
  face: d.face,
  ...(d.feed !== undefined && { feed: d.feed }),
  ...(d.name !== undefined && { name: d.name }),
  ...(d.powerFactor !== undefined && { powerFactor: num(d.powerFactor) }),
});

export const sideItem = (s: Plain<SideItemPlacement>): SideItemPlacement => ({
  id: deviceId(s.id),
  sku: sku(s.sku),
  rack: rackId(s.rack),
  side: s.side,
  feed: s.feed,
  ...(s.name !== undefined && { name: s.name }),
});

const floorUnit = (f: Plain<FloorUnitPlacement>): FloorUnitPlacement => ({
  id: floorUnitId(f.id),
  sku: sku(f.sku),
  position: position(f.position),
  ...(f.serves !== undefined && { serves: f.serves.map(rackId) }),
  ...(f.name !== undefined && { name: f.name }),
});

const portRef = (p: Plain<PortRef>): PortRef => ({ device: deviceId(p.device), port: p.port });

export const link = (l: Plain<LinkPlacement>): LinkPlacement => ({
  id: linkId(l.id),
  a: portRef(l.a),
  b: portRef(l.b),
});

const quote = (q: Plain<QuoteDetails>): QuoteDetails => ({
  customer: q.customer,
  quoteNumber: q.quoteNumber,
  date: q.date,
  validUntil: q.validUntil,
  currency: q.currency,
  locale: q.locale,
  preparedBy: q.preparedBy,
  notes: q.notes,
  discounts: {
    overallPct: num(q.discounts.overallPct),
    byKind: q.discounts.byKind.map((d) => ({ kind: d.kind, pct: num(d.pct) })),
    bySku: q.discounts.bySku.map((d) => ({ sku: sku(d.sku), pct: num(d.pct) })),
  },
  ...(q.services !== undefined && {
    services: q.services.map((x) => ({ sku: sku(x.sku), qty: num(x.qty) })),
  }),
  ...quoteDocumentFields(q),
});

/**
 * A fresh layout holding exactly the fields of `data`, in schema order, with branded ids. `data` must already be
 * valid (a `Layout`, or the output of `layoutSchema`).
 */
const scenarioPod = (p: Plain<ScenarioPod>): ScenarioPod => ({
  limits: limits(p.limits),
  floor: floor(p.floor),
  racks: p.racks.map(rack),
  devices: p.devices.map(device),
  sideItems: p.sideItems.map(sideItem),
  floorUnits: p.floorUnits.map(floorUnit),
  links: p.links.map(link),
});

export function canonicalLayout(data: Plain<Layout>): Layout {
  return {
    schemaVersion: LAYOUT_SCHEMA_VERSION,
    name: data.name,
    ...scenarioPod(data),
    ...(data.quote !== undefined && { quote: quote(data.quote) }),
    ...(data.catalogItems !== undefined && {
      catalogItems: data.catalogItems.map((item) => itemFromJson(item as CatalogItemJson)),
    }),
    ...(data.prices !== undefined && {
      prices: data.prices.map((p) => ({
        sku: sku(p.sku),
        amount: num(p.amount),
        currency: p.currency,
        ...(p.cost !== undefined && { cost: num(p.cost) }),
        ...(p.leadTimeWeeks !== undefined && { leadTimeWeeks: num(p.leadTimeWeeks) }),
      })),
    }),
    ...(data.oversubscriptionTargets !== undefined && {
      oversubscriptionTargets: data.oversubscriptionTargets.map((t) => ({
        role: t.role,
        down: num(t.down),
        up: num(t.up),
      })),
    }),
    ...(data.scenarios !== undefined && {
      scenarios: data.scenarios.map((s) => ({ id: s.id, name: s.name, pod: scenarioPod(s.pod) })),
    }),
    ...(data.activeScenario !== undefined && { activeScenario: data.activeScenario }),
    ...(data.storage !== undefined && { storage: canonicalStorage(data.storage) }),
  };
}
