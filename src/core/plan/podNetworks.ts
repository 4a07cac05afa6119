/**
 * `sizePodNetworks(layout, catalog, choices)`: sizes each network of a pod (compute, storage, in-band, out-of-band)
 * from the ports its devices carry by role and the switch model chosen for it. What "Plan network" shows before it
 * places switches.
 *
 * - Nodes are the devices sharing the most common port count on that role (servers only, on the compute fabric);
 *   every other device with such ports (UFM appliances, storage nodes) is an extra endpoint, grouped by SKU.
 * - Only ports of the nodes' speed are sized; ports of other speeds are reported as left out.
 * - The compute fabric is rail-optimised; the others spread ports evenly over their leaves.
 * - The out-of-band network also serves the management ports of every switch the plan adds, its own included
 *   (found by repeating the sizing until the count settles). Switches already in the layout are not counted: the plan
 *   replaces them.
 * - A switch faster than the endpoints breaks out (800G as 2 × 400G) when the speeds divide; the reasoning says so.
 */
import type { Catalog, CatalogItem, NetworkRole, Switch } from '../model/catalog';
import { NETWORK_ROLES } from '../model/catalog';
import type { DeviceId, Sku } from '../model/ids';
import type { Layout } from '../model/layout';
import type { ExtraEndpoints, FabricSizing, Oversubscription } from './fabricTypes';
import { sizeFabric } from './fabricSizing';
import { switchSpecOf } from './switchSpec';

export interface NetworkChoice {
  /** Leaf model. */
  readonly switch: Sku;
  /** Spine and core model; default the leaf model. Needed when the leaf's uplinks are a fixed group (SN2201). */
  readonly spineSwitch?: Sku;
  readonly oversubscription?: Oversubscription;
  readonly suNodes?: number;
  readonly provisionFullSu?: boolean;
  /** Default: switch port speed / endpoint speed when that is a whole number above 1, else 1. */
  readonly breakout?: number;
  /** Default: true for compute, false for the others. */
  readonly railOptimised?: boolean;
}

export type PodNetworkChoices = Partial<Record<NetworkRole, NetworkChoice>>;

export interface PodNetworkPlan {
  readonly role: NetworkRole;
  readonly status: 'sized' | 'no-endpoints' | 'no-switch' | 'error';
  readonly sizing?: FabricSizing;
  /** Why the network was not sized (status `no-switch` or `error`). */
  readonly message?: string;
  /** Node devices in node order (layout order), to bind with `wireFabric`. */
  readonly nodes: readonly DeviceId[];
  /**
   * Extra endpoint devices, in `sizing.extraEndpoints` order. The last group, `switch management`, stands for the
   * management ports of switches the plan adds; bind those once they are placed.
   */
  readonly extras: readonly DeviceId[];
  /** Endpoint ports not sized (another speed than the nodes'). */
  readonly leftOut: readonly string[];
}

interface Endpoint {
  readonly device: DeviceId;
  readonly item: CatalogItem;
  readonly ports: number;
  readonly speedGbps: number;
}

/** Devices with ports on `role` (switch data ports excluded), in layout order. */
function endpointsOf(layout: Layout, catalog: Catalog, role: NetworkRole): Endpoint[] {
  const out: Endpoint[] = [];
  const visit = (device: DeviceId, item: CatalogItem | undefined) => {
    if (!item || !('ports' in item) || item.kind === 'switch') return;
    const groups = item.ports.filter((g) => g.role === role);
    const first = groups[0];
    if (!first) return;
    out.push({ device, item, ports: groups.reduce((s, g) => s + g.count, 0), speedGbps: first.speedGbps });
  };
  for (const d of layout.devices) visit(d.id, catalog.items.get(d.sku));
  for (const s of layout.sideItems) visit(s.id, catalog.items.get(s.sku));
  return out;
}

const oobPortsOf = (item: CatalogItem | undefined): number =>
  item && 'ports' in item ? item.ports.filter((g) => g.role === 'oob').reduce((s, g) => s + g.count, 0) : 0;

export function sizePodNetworks(
  layout: Layout,
  catalog: Catalog,
  choices: PodNetworkChoices,
): PodNetworkPlan[] {
  const plans = new Map<NetworkRole, PodNetworkPlan>();
  let plannedMgmtPorts = 0;
  const order: NetworkRole[] = NETWORK_ROLES.filter((r) => r !== 'oob');
  for (const role of order) {
    const plan = sizeOne(layout, catalog, role, choices[role], 0);
    plans.set(role, plan);
    if (plan.sizing) plannedMgmtPorts += mgmtPortsOf(plan.sizing, catalog, choices[role]);
  }
  // The out-of-band network serves its own switches too: repeat until the switch count settles.
  let oob = sizeOne(layout, catalog, 'oob', choices.oob, plannedMgmtPorts);
  for (let i = 0; i < 8 && oob.sizing; i++) {
    const own = mgmtPortsOf(oob.sizing, catalog, choices.oob);
    const next = sizeOne(layout, catalog, 'oob', choices.oob, plannedMgmtPorts + own);
    const same = next.sizing && next.sizing.extraPorts === oob.sizing.extraPorts;
    oob = next;
    if (same) break;
  }
  plans.set('oob', oob);
  return NETWORK_ROLES.map((r) => plans.get(r) as PodNetworkPlan);
}

function mgmtPortsOf(s: FabricSizing, catalog: Catalog, choice: NetworkChoice | undefined): number {
  if (!choice) return 0;
  const leaf = oobPortsOf(catalog.items.get(choice.switch));
  const spine = oobPortsOf(catalog.items.get(choice.spineSwitch ?? choice.switch));
  return s.counts.leaf * leaf + (s.counts.spine + s.counts.core) * spine;
}

function sizeOne(
  layout: Layout,
  catalog: Catalog,
  role: NetworkRole,
  choice: NetworkChoice | undefined,
  switchMgmtPorts: number,
): PodNetworkPlan {
  const base = { role, nodes: [] as DeviceId[], extras: [] as DeviceId[], leftOut: [] as string[] };
  let ends = endpointsOf(layout, catalog, role);
  if (role === 'compute') ends = ends.filter((e) => e.item.kind === 'server' || e.item.kind === 'rackmount');
  if (ends.length === 0 && switchMgmtPorts === 0) return { ...base, status: 'no-endpoints' };
  if (!choice) return { ...base, status: 'no-switch', message: `No ${role} switch model chosen.` };
  const leafItem = catalog.items.get(choice.switch);
  if (leafItem?.kind !== 'switch')
    return { ...base, status: 'error', message: `'${choice.switch}' is not a switch in the catalog.` };
  const spineItem = choice.spineSwitch === undefined ? undefined : catalog.items.get(choice.spineSwitch);
  if (choice.spineSwitch !== undefined && spineItem?.kind !== 'switch')
    return { ...base, status: 'error', message: `'${choice.spineSwitch}' is not a switch in the catalog.` };

  // Nodes: the most common port count among servers (any device off the compute fabric), at their speed.
  const candidates = role === 'compute' ? ends.filter((e) => e.item.kind === 'server') : ends;
  const tally = new Map<string, number>();
  for (const e of candidates)
    tally.set(`${e.ports}|${e.speedGbps}`, (tally.get(`${e.ports}|${e.speedGbps}`) ?? 0) + 1);
  const top = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const [portsText, speedText] = (top ?? `0|${role === 'oob' ? 1 : 0}`).split('|');
  const portsPerNode = Number(portsText);
  const speed = Number(speedText);
  const nodes = candidates.filter((e) => e.ports === portsPerNode && e.speedGbps === speed);
  const nodeSet = new Set(nodes.map((n) => n.device));
  const extras = new Map<Sku, { label: string; devices: DeviceId[]; ports: number }>();
  const leftOut: string[] = [];
  for (const e of ends) {
    if (nodeSet.has(e.device)) continue;
    if (e.speedGbps !== speed && portsPerNode > 0) {
      leftOut.push(`'${e.device}' (${e.item.name}): ${e.ports} × ${e.speedGbps} Gb/s`);
      continue;
    }
    const key = `${e.item.sku}#${e.ports}` as Sku;
    const g = extras.get(key) ?? { label: e.item.name, devices: [], ports: e.ports };
    g.devices.push(e.device);
    extras.set(key, g);
  }
  const extraEndpoints: ExtraEndpoints[] = [...extras.values()].map((g) => ({
    label: g.label,
    devices: g.devices.length,
    portsPerDevice: g.ports,
  }));
  if (switchMgmtPorts > 0)
    extraEndpoints.push({ label: 'switch management', devices: switchMgmtPorts, portsPerDevice: 1 });

  const leafSpec = switchSpecOf(leafItem as Switch);
  const endSpeed = speed > 0 ? speed : leafSpec.speedGbps;
  const auto = leafSpec.speedGbps / endSpeed;
  const breakout = choice.breakout ?? (Number.isInteger(auto) && auto > 1 ? auto : 1);
  const useNodes = nodes.length > 0;
  const result = sizeFabric({
    fabric: role,
    nodes: useNodes ? nodes.length : (extraEndpoints[0]?.devices ?? 1),
    portsPerNode: useNodes ? portsPerNode : (extraEndpoints[0]?.portsPerDevice ?? 1),
    nodePortGbps: endSpeed,
    switch: leafSpec,
    ...(spineItem?.kind === 'switch' ? { spineSwitch: switchSpecOf(spineItem) } : {}),
    breakout,
    railOptimised: choice.railOptimised ?? role === 'compute',
    ...(choice.suNodes !== undefined ? { suNodes: choice.suNodes } : {}),
    ...(choice.oversubscription ? { oversubscription: choice.oversubscription } : {}),
    ...(choice.provisionFullSu !== undefined ? { provisionFullSu: choice.provisionFullSu } : {}),
    extraEndpoints: useNodes ? extraEndpoints : extraEndpoints.slice(1),
  });
  if (!result.ok) return { ...base, leftOut, status: 'error', message: result.error.message };
  const groups = [...extras.values()];
  return {
    role,
    status: 'sized',
    sizing: result.value,
    nodes: useNodes ? nodes.map((n) => n.device) : (groups[0]?.devices ?? []),
    extras: (useNodes ? groups : groups.slice(1)).flatMap((g) => g.devices),
    leftOut,
  };
}
