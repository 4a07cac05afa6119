/**
 * "Plan network", the pure part: sizes the pod's networks with the core (`sizePodNetworks`), finds U space for the
 * switches (the chosen racks from the top down, or new network racks powered like the pod's other racks), wires them
 * (`wireFabric`) and returns the candidate layout. The `placeNetwork` command commits it as one undo step; the dialog
 * calls the same function to preview it, so what is shown is what is committed.
 */
import type { Catalog, CatalogItem, NetworkRole, Switch } from '../model/catalog';
import type { DeviceId, Sku } from '../model/ids';
import type {
  DevicePlacement,
  Face,
  Layout,
  LinkPlacement,
  RackPlacement,
  SideItemPlacement,
} from '../model/layout';
import type { Result } from '../model/result';
import type { NetworkChoice, PodNetworkChoices, PodNetworkPlan } from '../plan/podNetworks';
import { NETWORK_ROLES, isFullDepth, uHeightOf } from '../model/catalog';
import { deviceId, linkId, rackId } from '../model/ids';
import { err, ok } from '../model/result';
import { removeItems } from '../ops/layoutOps';
import { NON_BLOCKING } from '../plan/fabricTypes';
import { wireFabric } from '../plan/fabricWiring';
import { sizePodNetworks } from '../plan/podNetworks';
import { physicalPort } from '../plan/portNames';
import { switchSpecOf } from '../plan/switchSpec';
import { faceOccupancy, firstFreeFloor, floorSpanOf } from './freeSpace';
import { racksInFloorOrder } from './layoutIndex';

export const NETWORK_LABELS: Readonly<Record<NetworkRole, string>> = {
  compute: 'Compute',
  storage: 'Storage',
  inband: 'In-band management',
  oob: 'Out-of-band management',
};

export type SwitchTier = 'leaf' | 'spine' | 'core';

export type NetworkPlacementTarget =
  | { readonly kind: 'new-rack'; readonly rackSku?: Sku }
  | { readonly kind: 'racks'; readonly racks: readonly string[] };

export interface NetworkRequest {
  /** One choice per network to plan; networks left out are not touched. */
  readonly choices: PodNetworkChoices;
  readonly target: NetworkPlacementTarget;
  /** Remove the switches already on the planned networks (and their links) first. Default true. */
  readonly replaceExisting?: boolean;
}

export interface PlacedSwitch {
  readonly role: NetworkRole;
  readonly tier: SwitchTier;
  readonly device: DeviceId;
  readonly sku: Sku;
  readonly rack: string;
  /** Lowest U. */
  readonly u: number;
}

export interface NetworkPlacement {
  readonly layout: Layout;
  readonly plans: readonly PodNetworkPlan[];
  readonly switches: readonly PlacedSwitch[];
  readonly newRacks: readonly RackPlacement[];
  /** Links added, per network. */
  readonly links: Readonly<Partial<Record<NetworkRole, number>>>;
  readonly removedSwitches: number;
  /** Links removed: those of replaced switches and those on ports the new links take. */
  readonly removedLinks: number;
  /** Racks the replaced switches left empty that now hold the new switches (re-planning reuses them). */
  readonly reusedRacks: readonly RackPlacement[];
  /** Network racks an earlier plan added that the replaced switches left empty: removed with their PDUs. */
  readonly removedRacks: readonly RackPlacement[];
  /** What was done, in the past tense, for the status bar and the undo label's tooltip. */
  readonly summary: string;
  /** The same, in the future tense, for the dialog's preview before anything is placed. */
  readonly preview: string;
}

/** Racks an earlier "Plan network" added carry ids `net-<n>` (see `addNetworkRack`). */
const isPlannedNetworkRack = (rack: RackPlacement): boolean => /^net-\d+$/.test(rack.id);

/**
 * Racks whose every device was one of the replaced switches: the switches' old home. Re-planning puts the new
 * switches there first instead of leaving them empty, with their PDUs, beside a new network rack.
 */
function racksEmptiedBy(layout: Layout, replaced: readonly DevicePlacement[]): RackPlacement[] {
  const gone = new Set(replaced.map((d) => d.id as string));
  const holding = new Set(replaced.map((d) => d.rack as string));
  return racksInFloorOrder(layout.racks).filter(
    (r) => holding.has(r.id) && layout.devices.every((d) => d.rack !== r.id || gone.has(d.id)),
  );
}

const isSwitch = (item: CatalogItem | undefined): item is Switch => item?.kind === 'switch';

/** Switches in catalog order, those made for `role` first. */
export function switchesFor(catalog: Catalog, role: NetworkRole): Switch[] {
  const all = [...catalog.items.values()].filter(isSwitch);
  return [...all.filter((s) => s.fabric === role), ...all.filter((s) => s.fabric !== role)];
}

/**
 * A spine for a leaf whose uplinks are a fixed group of another speed (SN2201: 4 × 100G up): the first switch whose
 * ports run at that speed, preferring one made for the same network. Undefined when the leaf can be its own spine.
 */
export function defaultSpineFor(catalog: Catalog, leaf: Switch): Switch | undefined {
  const fixed = switchSpecOf(leaf).fixedUplinks;
  if (!fixed) return undefined;
  const fits = (s: Switch) => {
    const spec = switchSpecOf(s);
    return !spec.fixedUplinks && spec.speedGbps === fixed.speedGbps && spec.ports > 0;
  };
  const all = switchesFor(catalog, leaf.fabric);
  return all.find(fits);
}

/** The catalog's defaults: the first switch made for each network, with a fitting spine where the leaf needs one. */
export function defaultChoices(catalog: Catalog): Record<NetworkRole, NetworkChoice | undefined> {
  const out = {} as Record<NetworkRole, NetworkChoice | undefined>;
  for (const role of NETWORK_ROLES) {
    const leaf = [...catalog.items.values()].find((i): i is Switch => isSwitch(i) && i.fabric === role);
    if (!leaf) {
      out[role] = undefined;
      continue;
    }
    const spine = defaultSpineFor(catalog, leaf);
    out[role] = spine ? { switch: leaf.sku, spineSwitch: spine.sku } : { switch: leaf.sku };
  }
  return out;
}

/** Switches already in the layout on the given networks (by the catalog's `fabric`). */
export function existingSwitches(
  layout: Layout,
  catalog: Catalog,
  roles: ReadonlySet<NetworkRole>,
): DevicePlacement[] {
  return layout.devices.filter((d) => {
    const item = catalog.items.get(d.sku);
    return isSwitch(item) && roles.has(item.fabric);
  });
}

interface Wanted {
  readonly role: NetworkRole;
  readonly tier: SwitchTier;
  readonly sku: Sku;
  readonly item: Switch;
}

/** Half-U occupancy of both faces of a rack, updated as switches are placed. */
export interface RackSpace {
  readonly rack: RackPlacement;
  readonly heightU: number;
  readonly front: Uint8Array;
  readonly rear: Uint8Array;
}

const FACE: Face = 'front';

export function spaceOf(layout: Layout, catalog: Catalog, rack: RackPlacement): RackSpace {
  const item = catalog.items.get(rack.sku);
  const heightU = item?.kind === 'rack' ? item.heightU : 0;
  return {
    rack,
    heightU,
    front: faceOccupancy(layout, catalog, rack.id, 'front'),
    rear: faceOccupancy(layout, catalog, rack.id, 'rear'),
  };
}

const freeU = (s: RackSpace): number => {
  let half = 0;
  for (let i = 0; i < s.front.length; i++) if (!s.front[i]) half++;
  return half / 2;
};

/** The highest U where the item fits (switches go to the top of the rack), marking it taken; null when full. */
export function takeTopU(s: RackSpace, item: CatalogItem): number | null {
  const h = Math.max(1, Math.ceil(uHeightOf(item)));
  const faces = isFullDepth(item) ? [s.front, s.rear] : [FACE === 'front' ? s.front : s.rear];
  for (let u = s.heightU - h + 1; u >= 1; u--) {
    const start = (u - 1) * 2;
    const end = start + h * 2;
    if (faces.every((f) => f.subarray(start, end).every((x) => x === 0))) {
      for (const f of faces) f.fill(1, start, end);
      return u;
    }
  }
  return null;
}

/** The rack SKU for new network racks: the request's, else the pod's most common, else the catalog's first. */
function networkRackSku(layout: Layout, catalog: Catalog, wanted: Sku | undefined): Sku | undefined {
  if (wanted !== undefined) return catalog.items.get(wanted)?.kind === 'rack' ? wanted : undefined;
  const counts = new Map<Sku, number>();
  for (const r of layout.racks) counts.set(r.sku, (counts.get(r.sku) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (common !== undefined) return common;
  return [...catalog.items.values()].find((i) => i.kind === 'rack')?.sku;
}

/** `NET1`, `NET2`, … skipping names in use. */
function networkRackName(layout: Layout): string {
  const taken = new Set(layout.racks.map((r) => r.name));
  let n = 1;
  while (taken.has(`NET${n}`)) n++;
  return `NET${n}`;
}

/** A new rack at the first free floor position, with the 0U PDUs of the pod's first rack of that model. */
function addNetworkRack(
  layout: Layout,
  catalog: Catalog,
  rackSku: Sku,
  fresh: (prefix: string) => string,
): Result<{ layout: Layout; rack: RackPlacement }, string> {
  const item = catalog.items.get(rackSku);
  const position = firstFreeFloor(layout, catalog, floorSpanOf(item, layout.floor.pitchMm));
  if (!position)
    return err(
      `There is no free floor position for a network rack (${layout.floor.rows} × ${layout.floor.positionsPerRow} positions, all taken). Enlarge the floor or place the switches in chosen racks.`,
    );
  const rack: RackPlacement = {
    id: rackId(fresh('net')),
    sku: rackSku,
    name: networkRackName(layout),
    position,
  };
  const template = racksInFloorOrder(layout.racks).find(
    (r) => r.sku === rackSku && layout.sideItems.some((s) => s.rack === r.id),
  );
  const pdus: SideItemPlacement[] = template
    ? layout.sideItems
        .filter((s) => s.rack === template.id)
        .map((s, i) => ({
          id: deviceId(`${rack.id}-pdu-${i + 1}`),
          sku: s.sku,
          rack: rack.id,
          side: s.side,
          feed: s.feed,
        }))
    : [];
  return ok({
    layout: { ...layout, racks: [...layout.racks, rack], sideItems: [...layout.sideItems, ...pdus] },
    rack,
  });
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Fresh ids `<prefix>-<n>` for one planning pass, as `nextId` gives them (one past the highest number in use), with
 * the layout's ids read once instead of once per id: a 16,384-GPU pod has over 60,000 of them.
 */
function idAllocator(layout: Layout): (prefix: string) => string {
  const next = new Map<string, number>();
  for (const list of [layout.racks, layout.devices, layout.sideItems, layout.floorUnits, layout.links])
    for (const { id } of list) {
      const dash = id.lastIndexOf('-');
      if (dash <= 0) continue;
      const k = Number(id.slice(dash + 1));
      if (!Number.isInteger(k) || k < 1) continue;
      const prefix = id.slice(0, dash);
      if (k >= (next.get(prefix) ?? 1)) next.set(prefix, k + 1);
    }
  return (prefix) => {
    const n = next.get(prefix) ?? 1;
    next.set(prefix, n + 1);
    return `${prefix}-${n}`;
  };
}

/** What the request would do, or why it cannot be done (the message names the network, rack or device). */
export function placeNetwork(
  layout: Layout,
  catalog: Catalog,
  request: NetworkRequest,
): Result<NetworkPlacement, string> {
  // New network racks bring PDUs whose management ports the out-of-band network must serve too: when a plan adds
  // racks, plan again with those racks in place from the start, until the count settles.
  // Trial runs place the switches without wiring them (the wiring is most of the work and does not change how many
  // racks the switches take); the settled run is wired.
  let pre = 0;
  for (let i = 0; i < 5; i++) {
    const trial = attempt(layout, catalog, request, pre, false);
    if (!trial.ok) return trial;
    const added = trial.value.newRacks.length;
    if (added === pre || request.choices.oob === undefined) break;
    pre = added;
  }
  return attempt(layout, catalog, request, pre, true);
}

function attempt(
  layout: Layout,
  catalog: Catalog,
  request: NetworkRequest,
  preRacks: number,
  wire: boolean,
): Result<NetworkPlacement, string> {
  const roles = new Set(NETWORK_ROLES.filter((r) => request.choices[r] !== undefined));
  if (roles.size === 0) return err('Choose at least one network to plan.');
  const fresh = idAllocator(layout);

  // 1. Replace: take out the planned networks' switches (their links go with them).
  const replaced = request.replaceExisting === false ? [] : existingSwitches(layout, catalog, roles);
  let next =
    replaced.length > 0
      ? removeItems(
          layout,
          replaced.map((d) => d.id),
        )
      : layout;
  const emptied = racksEmptiedBy(layout, replaced);
  // Into chosen racks, a network rack an earlier plan added and this one empties goes, PDUs and all, before sizing
  // (its PDUs are no longer out-of-band endpoints); into new racks it is reused. A rack the user placed stays.
  const chosen = request.target.kind === 'racks' ? new Set<string>(request.target.racks) : null;
  const removedRacks = chosen ? emptied.filter((r) => !chosen.has(r.id) && isPlannedNetworkRack(r)) : [];
  if (removedRacks.length > 0)
    next = removeItems(
      next,
      removedRacks.map((r) => r.id),
    );
  const linksBefore = layout.links.length;
  const linksAfterReplace = next.links.length;
  if (request.target.kind === 'racks' && request.target.racks.length === 0)
    return err('Choose at least one rack for the switches, or a new network rack.');
  const rackSku =
    request.target.kind === 'new-rack' ? networkRackSku(next, catalog, request.target.rackSku) : undefined;
  if (request.target.kind === 'new-rack' && rackSku === undefined)
    return err('The catalog has no rack model for a network rack.');
  const spaces: RackSpace[] = [];
  const newRacks: RackPlacement[] = [];
  for (let i = 0; i < preRacks && rackSku !== undefined; i++) {
    const added = addNetworkRack(next, catalog, rackSku, fresh);
    if (!added.ok) return added;
    next = added.value.layout;
    newRacks.push(added.value.rack);
  }

  // 2. Size.
  const plans = sizePodNetworks(next, catalog, request.choices);
  const wanted: Wanted[] = [];
  for (const plan of plans) {
    if (!roles.has(plan.role)) continue;
    if (plan.status === 'no-endpoints') continue;
    if (plan.status !== 'sized' || !plan.sizing)
      return err(`${NETWORK_LABELS[plan.role]}: ${plan.message ?? 'could not be sized.'}`);
    const choice = request.choices[plan.role] as NetworkChoice;
    const leaf = catalog.items.get(choice.switch);
    const upperSku = choice.spineSwitch ?? choice.switch;
    const upper = catalog.items.get(upperSku);
    if (!isSwitch(leaf) || !isSwitch(upper))
      return err(`${NETWORK_LABELS[plan.role]}: the chosen switch is not in the catalog.`);
    const { counts } = plan.sizing;
    for (let i = 0; i < counts.leaf; i++)
      wanted.push({ role: plan.role, tier: 'leaf', sku: choice.switch, item: leaf });
    for (let i = 0; i < counts.spine; i++)
      wanted.push({ role: plan.role, tier: 'spine', sku: upperSku, item: upper });
    for (let i = 0; i < counts.core; i++)
      wanted.push({ role: plan.role, tier: 'core', sku: upperSku, item: upper });
  }
  if (wanted.length === 0)
    return err('No device in the pod has ports on the chosen networks, so there is nothing to plan.');

  // 3. Find U space: chosen racks in the order given, or the racks the old switches left empty, then new racks.
  const reuse = request.target.kind === 'new-rack' ? emptied : [];
  for (const rack of reuse) spaces.push(spaceOf(next, catalog, rack));
  for (const rack of newRacks) spaces.push(spaceOf(next, catalog, rack));
  if (request.target.kind === 'racks')
    for (const id of request.target.racks) {
      const rack = next.racks.find((r) => r.id === id);
      if (!rack) return err(`Rack '${id}' is not in the pod.`);
      spaces.push(spaceOf(next, catalog, rack));
    }

  const placed: PlacedSwitch[] = [];
  const devices: DevicePlacement[] = [];
  const freshDeviceId = (prefix: string): DeviceId => deviceId(fresh(prefix));
  const tierCount = new Map<string, number>();
  let current = 0;
  for (const [i, w] of wanted.entries()) {
    let u: number | null = null;
    while (current < spaces.length && u === null) {
      u = takeTopU(spaces[current] as RackSpace, w.item);
      if (u === null) current++;
    }
    if (u === null && rackSku !== undefined) {
      const added = addNetworkRack(next, catalog, rackSku, fresh);
      if (!added.ok) return added;
      next = added.value.layout;
      newRacks.push(added.value.rack);
      const space = spaceOf(next, catalog, added.value.rack);
      spaces.push(space);
      current = spaces.length - 1;
      u = takeTopU(space, w.item);
      if (u === null)
        return err(
          `${w.item.name} (${uHeightOf(w.item)} U) does not fit an empty ${space.heightU} U network rack.`,
        );
    }
    if (u === null) {
      const needU = wanted.reduce((s, x) => s + Math.max(1, Math.ceil(uHeightOf(x.item))), 0);
      const free = spaces.map((s) => `${s.rack.name}: ${freeU(spaceOf(next, catalog, s.rack))} U free`);
      return err(
        `The ${plural(wanted.length, 'switch', 'switches')} need ${needU} U; the chosen racks have room for only ${i} of them (${free.join(', ')}). Choose more racks or place them in a new network rack.`,
      );
    }
    const space = spaces[current] as RackSpace;
    const key = `${w.role}-${w.tier}`;
    const n = (tierCount.get(key) ?? 0) + 1;
    tierCount.set(key, n);
    const id = freshDeviceId(key);
    devices.push({
      id,
      sku: w.sku,
      rack: space.rack.id,
      u,
      face: FACE,
      name: `${NETWORK_LABELS[w.role].split(' ')[0]} ${w.tier} ${n}`,
    });
    placed.push({ role: w.role, tier: w.tier, device: id, sku: w.sku, rack: space.rack.id, u });
  }
  next = { ...next, devices: [...next.devices, ...devices] };
  const used = new Set(devices.map((d) => d.rack as string));
  const reusedRacks = reuse.filter((r) => used.has(r.id));

  if (!wire)
    return ok({
      layout: next,
      plans,
      switches: placed,
      newRacks,
      links: {},
      removedSwitches: replaced.length,
      removedLinks: 0,
      reusedRacks,
      removedRacks,
      summary: '',
      preview: '',
    });

  // 4. Wire each network; the out-of-band network also serves every new switch's management port.
  const skuOf = new Map<string, Sku>();
  for (const d of next.devices) skuOf.set(d.id, d.sku);
  for (const s of next.sideItems) skuOf.set(s.id, s.sku);
  const mgmt: DeviceId[] = [];
  const oobPorts = (s: Sku) => {
    const item = catalog.items.get(s);
    return item && 'ports' in item
      ? item.ports.filter((g) => g.role === 'oob').reduce((t, g) => t + g.count, 0)
      : 0;
  };
  for (const role of NETWORK_ROLES)
    for (const p of placed) if (p.role === role && oobPorts(p.sku) > 0) mgmt.push(p.device);

  const added: LinkPlacement[] = [];
  const linksByRole: Partial<Record<NetworkRole, number>> = {};
  for (const plan of plans) {
    if (!roles.has(plan.role) || !plan.sizing) continue;
    const mine = (tier: SwitchTier) =>
      placed.filter((p) => p.role === plan.role && p.tier === tier).map((p) => p.device);
    const serveMgmt = plan.sizing.extraEndpoints.some((e) => e.label === 'switch management');
    const nodes = plan.nodes.length === 0 && serveMgmt ? mgmt : plan.nodes;
    const extras = serveMgmt && plan.nodes.length > 0 ? [...plan.extras, ...mgmt] : plan.extras;
    const wired = wireFabric(
      plan.sizing,
      {
        nodes,
        extras,
        leaves: mine('leaf'),
        spines: mine('spine'),
        cores: mine('core'),
        skuOf: (d) => skuOf.get(d),
        role: plan.role,
      },
      catalog,
    );
    if (!wired.ok) return err(`${NETWORK_LABELS[plan.role]}: ${wired.error}`);
    const prefix = `${plan.role}-link`;
    for (const l of wired.value) added.push({ ...l, id: linkId(fresh(prefix)) });
    linksByRole[plan.role] = wired.value.length;
  }

  // 5. The new links take their ports: older links on those ports go.
  let kept = next.links;
  if (kept.length > 0) {
    const taken = new Set<string>();
    for (const l of added) {
      taken.add(`${l.a.device}\u0000${physicalPort(l.a.port)}`);
      taken.add(`${l.b.device}\u0000${physicalPort(l.b.port)}`);
    }
    kept = kept.filter(
      (l) =>
        !taken.has(`${l.a.device}\u0000${physicalPort(l.a.port)}`) &&
        !taken.has(`${l.b.device}\u0000${physicalPort(l.b.port)}`),
    );
  }
  next = { ...next, links: [...kept, ...added] };
  // Remember what each planned network was sized for, so the cabling checks hold it to that and not to 1:1.
  const planned = new Set(placed.map((p) => p.role));
  const targets = [
    ...(next.oversubscriptionTargets ?? []).filter((t) => !planned.has(t.role)),
    ...[...planned].map((role) => {
      const o = request.choices[role]?.oversubscription ?? NON_BLOCKING;
      return { role, down: o.down, up: o.up };
    }),
  ];
  next = { ...next, oversubscriptionTargets: targets };
  const removedLinks = linksBefore - linksAfterReplace + (linksAfterReplace - kept.length);

  const byRole = NETWORK_ROLES.filter((r) => placed.some((p) => p.role === r)).map(
    (r) => `${NETWORK_LABELS[r].split(' ')[0]?.toLowerCase()} ${placed.filter((p) => p.role === r).length}`,
  );
  const names = new Map(next.racks.map((r) => [r.id as string, r.name]));
  const where = [...new Set(placed.map((p) => names.get(p.rack) ?? p.rack))];
  const left = emptied.filter((r) => !used.has(r.id) && !removedRacks.includes(r));
  const tail = (past: boolean) =>
    (replaced.length > 0
      ? `, ${past ? 'replacing' : 'replacing'} ${plural(replaced.length, 'switch', 'switches')}`
      : '') +
    (reusedRacks.length > 0
      ? `; ${past ? 'reused' : 'reuses'} ${reusedRacks.map((r) => r.name).join(', ')}`
      : '') +
    (newRacks.length > 0
      ? `; new ${newRacks.length === 1 ? 'rack' : 'racks'} ${newRacks.map((r) => r.name).join(', ')}`
      : '') +
    (removedRacks.length > 0
      ? `; ${past ? 'removed' : 'removes'} the emptied ${removedRacks.map((r) => r.name).join(', ')} and ${removedRacks.length === 1 ? 'its' : 'their'} PDUs`
      : '') +
    (left.length > 0
      ? `; ${left.map((r) => r.name).join(', ')} ${past ? (left.length === 1 ? 'is' : 'are') : 'will be'} left empty`
      : '') +
    '.';
  const what = `${plural(placed.length, 'switch', 'switches')} (${byRole.join(', ')}) in ${where.join(', ')} and ${plural(added.length, 'link')}`;
  const summary = `Placed ${what}${tail(true)}`;
  const preview = `Will place ${what}${tail(false)}`;
  return ok({
    layout: next,
    plans,
    switches: placed,
    newRacks,
    links: linksByRole,
    removedSwitches: replaced.length,
    removedLinks,
    reusedRacks,
    removedRacks,
    summary,
    preview,
  });
}
