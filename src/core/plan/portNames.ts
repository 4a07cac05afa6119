/**
 * Port names with breakout lanes. A port is `<group>/<index>` (index from 1, as in `model/layout.ts`); one lane of a
 * broken-out port is `<group>/<index>:<lane>` (lane from 1), e.g. `down/3:2` is the second 400G half of 800G port 3.
 */
import type { CatalogItem, PortGroup } from '../model/catalog';
import { portsOf } from '../model/catalog';

export interface ResolvedPort {
  /** The item whose port this is. */
  readonly item: CatalogItem;
  readonly group: PortGroup;
  /** From 1. */
  readonly index: number;
  /** From 1, when the reference names one lane of a broken-out port. */
  readonly lane?: number;
  /** The physical port, `<group>/<index>` (the lane stripped). */
  readonly physical: string;
  /** The physical port as a number: its place among all the item's ports (groups in catalog order), from 0. */
  readonly slot: number;
}

/** Resolves `<group>/<index>` or `<group>/<index>:<lane>` on an item; undefined when the port does not exist. */
export function resolvePort(item: CatalogItem, port: string): ResolvedPort | undefined {
  const slash = port.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const rest = port.slice(slash + 1);
  const colon = rest.indexOf(':');
  const index = Number(colon < 0 ? rest : rest.slice(0, colon));
  const lane = colon < 0 ? undefined : Number(rest.slice(colon + 1));
  const name = port.slice(0, slash);
  let offset = 0;
  let group: PortGroup | undefined;
  for (const g of portsOf(item)) {
    if (g.name === name) {
      group = g;
      break;
    }
    offset += g.count;
  }
  if (!group || !Number.isInteger(index) || index < 1 || index > group.count) return undefined;
  const physical = `${group.name}/${index}`;
  const slot = offset + index - 1;
  if (lane === undefined) return { item, group, index, physical, slot };
  if (!Number.isInteger(lane) || lane < 1) return undefined;
  return { item, group, index, lane, physical, slot };
}

const resolvedByItem = new WeakMap<CatalogItem, Map<string, ResolvedPort | null>>();

/**
 * `resolvePort` remembered per catalog item and port name (items are immutable), so a pod with 50,000 links parses
 * each distinct port name once per item rather than once per link end.
 */
export function resolvePortOnce(item: CatalogItem, port: string): ResolvedPort | undefined {
  let byName = resolvedByItem.get(item);
  if (!byName) {
    byName = new Map();
    resolvedByItem.set(item, byName);
  }
  let hit = byName.get(port);
  if (hit === undefined) {
    hit = resolvePort(item, port) ?? null;
    byName.set(port, hit);
  }
  return hit ?? undefined;
}

/** The physical port a reference names (the lane stripped): `down/3:2` → `down/3`. */
export const physicalPort = (port: string): string => {
  const colon = port.indexOf(':', port.lastIndexOf('/'));
  return colon < 0 ? port : port.slice(0, colon);
};

const names = (g: PortGroup, breakout: number): string[] => {
  const out: string[] = [];
  for (let i = 1; i <= g.count; i++) {
    if (breakout === 1) out.push(`${g.name}/${i}`);
    else for (let lane = 1; lane <= breakout; lane++) out.push(`${g.name}/${i}:${lane}`);
  }
  return out;
};

/**
 * Logical port names of a switch in the order the sizing numbers them: the data pool (downlink groups, then uplink
 * groups when they pool, each port as `breakout` lanes), then a fixed uplink group.
 */
export function switchPortNames(item: CatalogItem, breakout: number): string[] {
  const groups = portsOf(item);
  const down = groups.filter((g) => g.role === 'downlink');
  const up = groups.filter((g) => g.role === 'uplink');
  const first = down[0] ?? up[0];
  const pooled =
    first !== undefined &&
    [...down, ...up].every((g) => g.speedGbps === first.speedGbps && g.formFactor === first.formFactor);
  if (pooled || down.length === 0 || up.length === 0)
    return [...down, ...up].flatMap((g) => names(g, breakout));
  return [...down.flatMap((g) => names(g, breakout)), ...up.flatMap((g) => names(g, 1))];
}

/** Port names of an end device on one network role, in order (`compute/1`, `compute/2`, …). */
export function endpointPortNames(item: CatalogItem, role: string): string[] {
  return portsOf(item)
    .filter((g) => g.role === role)
    .flatMap((g) => names(g, 1));
}
