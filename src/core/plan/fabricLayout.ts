/**
 * `fabricStudyLayout`: a whole pod laid out for one sized fabric, for studies, benchmarks and tests: each SU's node
 * racks followed by its leaf rack, then racks of spines, cores and extra endpoints (UFM), filled along rows of the
 * floor grid, with every link wired. The app places switches into the user's own racks instead (`wireFabric`).
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import { uHeightOf } from '../model/catalog';
import type { DeviceId, Sku } from '../model/ids';
import { deviceId, rackId } from '../model/ids';
import type { DevicePlacement, Layout, RackPlacement } from '../model/layout';
import { emptyLayout } from '../model/layout';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { FabricSizing } from './fabricTypes';
import { wireFabric } from './fabricWiring';

export interface StudyLayoutOptions {
  readonly rackSku: Sku;
  readonly nodeSku: Sku;
  readonly leafSku: Sku;
  /** Default: the leaf SKU. */
  readonly spineSku?: Sku;
  /** Default: the spine SKU. */
  readonly coreSku?: Sku;
  /** One SKU per `extraEndpoints` group (e.g. the UFM appliance). */
  readonly extraSkus?: readonly Sku[];
  /** Default 4 (DGX H100-class at about 41 kW per rack). */
  readonly nodesPerRack?: number;
  /** Racks per row. Default 16. */
  readonly positionsPerRow?: number;
  /** Aisle between rows, mm. Default 1,200. */
  readonly aisleMm?: number;
  readonly name?: string;
}

export function fabricStudyLayout(
  sizing: FabricSizing,
  catalog: Catalog,
  o: StudyLayoutOptions,
): Result<Layout, string> {
  const item = (s: Sku): CatalogItem | string => catalog.items.get(s) ?? `SKU '${s}' is not in the catalog`;
  const rackItem = item(o.rackSku);
  if (typeof rackItem === 'string') return err(rackItem);
  if (rackItem.kind !== 'rack') return err(`'${o.rackSku}' is not a rack`);
  const heightU = rackItem.heightU;
  const spineSku = o.spineSku ?? o.leafSku;
  const coreSku = o.coreSku ?? spineSku;
  const heights = new Map<string, number>();
  for (const s of [o.nodeSku, o.leafSku, spineSku, coreSku, ...(o.extraSkus ?? [])]) {
    const it = item(s);
    if (typeof it === 'string') return err(it);
    heights.set(s, Math.max(1, uHeightOf(it)));
  }
  const nodesPerRack = o.nodesPerRack ?? 4;
  const nodeU = heights.get(o.nodeSku) ?? 1;
  if (nodesPerRack * nodeU > heightU)
    return err(`${nodesPerRack} nodes of ${nodeU}U do not fit a ${heightU}U rack.`);

  const racks: RackPlacement[] = [];
  const devices: DevicePlacement[] = [];
  const perRow = o.positionsPerRow ?? 16;
  const newRack = (): RackPlacement => {
    const i = racks.length;
    const rack: RackPlacement = {
      id: rackId(`rack-${i + 1}`),
      sku: o.rackSku,
      name: `R${Math.floor(i / perRow) + 1}-${(i % perRow) + 1}`,
      position: { row: Math.floor(i / perRow), slot: i % perRow },
    };
    racks.push(rack);
    return rack;
  };
  // Fills racks bottom-up; a device that does not fit starts a new rack.
  let open: { rack: RackPlacement; nextU: number } | undefined;
  const put = (id: string, s: Sku, fresh = false): DeviceId => {
    const h = heights.get(s) ?? 1;
    if (!open || fresh || open.nextU + h - 1 > heightU) open = { rack: newRack(), nextU: 1 };
    const d: DevicePlacement = { id: deviceId(id), sku: s, rack: open.rack.id, u: open.nextU, face: 'front' };
    open.nextU += h;
    devices.push(d);
    return d.id;
  };

  const nodes: DeviceId[] = [];
  const leaves: DeviceId[] = new Array<DeviceId>(sizing.counts.leaf);
  const leavesBySu = new Map<number, number[]>();
  sizing.leaves.forEach((l, i) => leavesBySu.set(l.su, [...(leavesBySu.get(l.su) ?? []), i]));
  const perSu = sizing.railOptimised ? sizing.suNodes : sizing.nodes;
  const units = sizing.railOptimised ? sizing.suCount : 1;
  for (let su = 0; su < units; su++) {
    const first = su * perSu;
    const last = Math.min(sizing.nodes, first + perSu);
    for (let n = first; n < last; n++)
      nodes.push(put(`node-${n + 1}`, o.nodeSku, (n - first) % nodesPerRack === 0));
    let fresh = true;
    for (const li of leavesBySu.get(su) ?? []) {
      leaves[li] = put(`leaf-${li + 1}`, o.leafSku, fresh);
      fresh = false;
    }
  }
  const spines: DeviceId[] = [];
  const cores: DeviceId[] = [];
  const extras: DeviceId[] = [];
  let fresh = true;
  for (let i = 0; i < sizing.counts.spine; i++, fresh = false)
    spines.push(put(`spine-${i + 1}`, spineSku, fresh));
  for (let i = 0; i < sizing.counts.core; i++) cores.push(put(`core-${i + 1}`, coreSku, i === 0));
  sizing.extraEndpoints.forEach((g, gi) => {
    const s = o.extraSkus?.[gi];
    for (let d = 0; d < g.devices; d++)
      if (s !== undefined) extras.push(put(`${g.label.toLowerCase()}-${d + 1}`, s, extras.length === 0));
  });
  if (extras.length !== sizing.extraEndpoints.reduce((s, g) => s + g.devices, 0))
    return err('give one SKU per extra endpoint group (extraSkus).');

  const skuOf = new Map<string, Sku>(devices.map((d) => [d.id, d.sku]));
  const links = wireFabric(
    sizing,
    { nodes, extras, leaves, spines, cores, skuOf: (d) => skuOf.get(d) },
    catalog,
  );
  if (!links.ok) return links;
  const base = emptyLayout(o.name ?? `${sizing.fabric} fabric study`);
  return ok({
    ...base,
    floor: {
      rows: Math.max(1, Math.ceil(racks.length / perRow)),
      positionsPerRow: perRow,
      pitchMm: rackItem.widthMm,
      rowDepthMm: rackItem.depthMm,
      aisleMm: o.aisleMm ?? 1200,
    },
    racks,
    devices,
    links: links.value,
  });
}
