/**
 * The cabling of a layout's explicit links, as `validate` and `bom` use it: the power transceivers and active cable
 * ends add to each device (unless the device's max draw already includes its optics), the cable and transceiver BOM
 * lines, and the cabling diagnostics. Memoized on the identity of everything cabling reads, so an unchanged layout
 * costs nothing; an edit cables again only the links of the devices and racks it changed and the links it added
 * (`plan/cablingIncremental.ts`); the diagnostics are worked out when first read.
 */
import type { Catalog } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import type { CableBomLine, CablingPlan } from '../plan/cabling';
import { IncrementalCabling } from '../plan/cablingIncremental';
import type { NetworkRole } from '../model/catalog';
import type { Oversubscription } from '../plan/fabricTypes';

export interface CablingFigures {
  readonly plan: CablingPlan;
  /** Extra W (typical, max) per device id, only for devices whose max draw excludes optics. */
  readonly extraW: ReadonlyMap<string, { readonly typicalW: number; readonly maxW: number }>;
  readonly bomLines: readonly CableBomLine[];
  /** Diagnostics the link rules (`rules/network.checkLinks`) do not already give. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Codes `checkLinks` already reports for every link; the planner's versions are left out to avoid duplicates. */
const ALREADY_CHECKED = new Set(['network.portReused', 'network.linkSpeedMismatch', 'network.linkNotCabled']);

interface Key {
  readonly links: Layout['links'];
  readonly devices: Layout['devices'];
  readonly sideItems: Layout['sideItems'];
  readonly racks: Layout['racks'];
  readonly floor: Layout['floor'];
  readonly targets: Layout['oversubscriptionTargets'];
  readonly catalog: Catalog;
}
let last: { key: Key; figures: CablingFigures } | undefined;
const cabling = new IncrementalCabling();

const sameKey = (a: Key, b: Key) =>
  a.links === b.links &&
  a.devices === b.devices &&
  a.sideItems === b.sideItems &&
  a.racks === b.racks &&
  a.floor === b.floor &&
  a.targets === b.targets &&
  a.catalog === b.catalog;

export function cablingFigures(layout: Layout, catalog: Catalog): CablingFigures | undefined {
  if (layout.links.length === 0) return undefined;
  const key: Key = {
    links: layout.links,
    devices: layout.devices,
    sideItems: layout.sideItems,
    racks: layout.racks,
    floor: layout.floor,
    targets: layout.oversubscriptionTargets,
    catalog,
  };
  if (last && sameKey(last.key, key)) return last.figures;
  const targetOversubscription: Partial<Record<NetworkRole, Oversubscription>> = {};
  for (const t of layout.oversubscriptionTargets ?? [])
    targetOversubscription[t.role] = { down: t.down, up: t.up };
  const plan = cabling.update(layout, catalog, { targetOversubscription });
  const skuOf = new Map<string, string>();
  for (const d of layout.devices) skuOf.set(d.id, d.sku);
  for (const s of layout.sideItems) skuOf.set(s.id, s.sku);
  const extraW = new Map<string, { typicalW: number; maxW: number }>();
  for (const [device, p] of plan.power) {
    const item = catalog.items.get(skuOf.get(device) as never);
    const includes = item && 'power' in item && item.power.includesOptics === true;
    if (!includes) extraW.set(device, p);
  }
  let diagnostics: readonly Diagnostic[] | undefined;
  const figures: CablingFigures = {
    plan,
    extraW,
    bomLines: plan.bomLines,
    get diagnostics() {
      return (diagnostics ??= plan.diagnostics.filter((d) => !ALREADY_CHECKED.has(d.code)));
    },
  };
  last = { key, figures };
  return figures;
}
