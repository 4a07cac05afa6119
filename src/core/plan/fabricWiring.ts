/**
 * `wireFabric`: binds a sized fabric's links to devices placed in a layout and names their ports, giving the
 * `LinkPlacement`s the layout stores. The caller places the switches (the app: into chosen racks or a network rack);
 * this only says which port of which device goes where. Broken-out ports are named by lane (`down/3:2`); between two
 * broken-out switches, lanes that pair up on whole ports (b consecutive links to the same peer) become one link on
 * the whole ports, so the layout holds fewer, faster switch-to-switch links than the sizing's logical count.
 */
import type { Catalog, CatalogItem } from '../model/catalog';
import type { DeviceId, Sku } from '../model/ids';
import { linkId } from '../model/ids';
import type { LinkPlacement } from '../model/layout';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { FabricSizing } from './fabricTypes';
import type { FabricLinkSpec } from './fabricTopology';
import { fabricLinks } from './fabricTopology';
import { endpointPortNames, physicalPort, switchPortNames } from './portNames';

export interface FabricBinding {
  /** One device per node, in node order (SU by SU). */
  readonly nodes: readonly DeviceId[];
  /** One device per extra endpoint device, in `extraEndpoints` order. */
  readonly extras?: readonly DeviceId[];
  readonly leaves: readonly DeviceId[];
  readonly spines?: readonly DeviceId[];
  readonly cores?: readonly DeviceId[];
  /** The SKU of every bound device. */
  readonly skuOf: (device: DeviceId) => Sku | undefined;
  /** The port role the nodes use on this fabric. Default: the sizing's `fabric` name. */
  readonly role?: string;
  /** Link ids are `<prefix>-<n>` from 1. Default `<fabric>-link`. */
  readonly linkIdPrefix?: string;
}

/** The links as layout records, or a message naming the device that lacks a port. */
export function wireFabric(
  sizing: FabricSizing,
  binding: FabricBinding,
  catalog: Catalog,
  specs: readonly FabricLinkSpec[] = fabricLinks(sizing),
): Result<LinkPlacement[], string> {
  const role = binding.role ?? sizing.fabric;
  const prefix = binding.linkIdPrefix ?? `${sizing.fabric}-link`;
  const counts: Record<string, number> = {
    node: sizing.nodes,
    extra: sizing.extraEndpoints.reduce((s, e) => s + e.devices, 0),
    leaf: sizing.counts.leaf,
    spine: sizing.counts.spine,
    core: sizing.counts.core,
  };
  const lists: Record<string, readonly DeviceId[]> = {
    node: binding.nodes,
    extra: binding.extras ?? [],
    leaf: binding.leaves,
    spine: binding.spines ?? [],
    core: binding.cores ?? [],
  };
  for (const [tier, need] of Object.entries(counts)) {
    const have = lists[tier]?.length ?? 0;
    if (have !== need)
      return err(`The ${sizing.fabric} fabric needs ${need} ${tier} devices; ${have} were given.`);
  }

  const nameCache = new Map<string, string[]>();
  const itemOf = (device: DeviceId): CatalogItem | undefined => {
    const s = binding.skuOf(device);
    return s === undefined ? undefined : catalog.items.get(s);
  };
  const portNames = (tier: string, device: DeviceId): string[] | string => {
    const item = itemOf(device);
    if (!item) return `device '${device}' has no catalog item`;
    const breakout =
      tier === 'leaf' ? sizing.breakout : tier === 'node' || tier === 'extra' ? 0 : sizing.spineBreakout;
    const key = `${item.sku}|${breakout}`;
    let names = nameCache.get(key);
    if (!names) {
      names = breakout === 0 ? endpointPortNames(item, role) : switchPortNames(item, breakout);
      nameCache.set(key, names);
    }
    return names;
  };
  const end = (tier: string, index: number, port: number) => {
    const device = lists[tier]?.[index];
    if (device === undefined) return `no ${tier} device at index ${index}`;
    const names = portNames(tier, device);
    if (typeof names === 'string') return names;
    const name = names[port];
    if (name === undefined)
      return `${tier} '${device}' has ${names.length} ${tier === 'node' || tier === 'extra' ? `${role} ` : ''}ports; the fabric needs port ${port + 1}`;
    return { device, port: name };
  };

  const laneCount = (tier: string): number =>
    tier === 'leaf' ? sizing.breakout : tier === 'spine' || tier === 'core' ? sizing.spineBreakout : 1;
  const links: LinkPlacement[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as FabricLinkSpec;
    const a = end(spec.lower, spec.lowerIndex, spec.lowerPort);
    if (typeof a === 'string') return err(a);
    const b = end(spec.upper, spec.upperIndex, spec.upperPort);
    if (typeof b === 'string') return err(b);
    const lanes = wholePortRun(specs, i, laneCount(spec.lower), laneCount(spec.upper));
    if (lanes > 1 && a.port.endsWith(':1') && b.port.endsWith(':1')) {
      // Between two broken-out switches, b aligned lanes to the same peer are one cable on whole ports.
      links.push({
        id: linkId(`${prefix}-${links.length + 1}`),
        a: { device: a.device, port: physicalPort(a.port) },
        b: { device: b.device, port: physicalPort(b.port) },
      });
      i += lanes - 1;
      continue;
    }
    links.push({ id: linkId(`${prefix}-${links.length + 1}`), a, b });
  }
  return ok(withoutSelfLinks(links, prefix));
}

/**
 * A switch that is also an endpoint of its own fabric (an out-of-band leaf whose management port the out-of-band
 * network serves) may be given one of its own downlinks. Swap that link's switch end with another link's whose
 * devices differ, so the management port goes to another switch of the fabric; with no such link (a fabric of one
 * switch) the port is left uncabled, since a device never serves itself. Link ids are renumbered in order.
 */
const portGroup = (port: string): string => port.split('/')[0] ?? port;

export function withoutSelfLinks(links: readonly LinkPlacement[], prefix: string): LinkPlacement[] {
  const out = [...links];
  const dropped = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    const self = out[i] as LinkPlacement;
    if (self.a.device !== self.b.device) continue;
    const j = out.findIndex(
      (l, k) =>
        k !== i &&
        !dropped.has(k) &&
        l.b.device !== self.a.device &&
        l.a.device !== self.b.device &&
        l.a.device !== l.b.device &&
        portGroup(l.b.port) === portGroup(self.b.port),
    );
    const other = out[j];
    if (j < 0 || !other) {
      dropped.add(i);
      continue;
    }
    out[i] = { ...self, b: other.b };
    out[j] = { ...other, b: self.b };
  }
  if (dropped.size === 0) return out;
  return out.filter((_, k) => !dropped.has(k)).map((l, k) => ({ ...l, id: linkId(`${prefix}-${k + 1}`) }));
}

/** How many specs from `i` form whole ports on both ends (same pair, aligned consecutive lanes); 1 when none. */
function wholePortRun(
  specs: readonly FabricLinkSpec[],
  i: number,
  lowerLanes: number,
  upperLanes: number,
): number {
  const first = specs[i];
  if (!first || first.kind === 'node-leaf' || lowerLanes !== upperLanes || lowerLanes < 2) return 1;
  const b = lowerLanes;
  if (first.lowerPort % b !== 0 || first.upperPort % b !== 0) return 1;
  for (let j = 1; j < b; j++) {
    const s = specs[i + j];
    if (
      !s ||
      s.kind !== first.kind ||
      s.lowerIndex !== first.lowerIndex ||
      s.upperIndex !== first.upperIndex ||
      s.lowerPort !== first.lowerPort + j ||
      s.upperPort !== first.upperPort + j
    )
      return 1;
  }
  return b;
}
