/**
 * Network ports: for each network (compute, storage, in-band, out-of-band), the ports end devices need against the
 * downlink ports of that network's switches in the pod, by speed (a faster switch port can break out into several
 * slower ones of the same form factor family). Explicit links must join existing, compatible ports, each used once.
 * Leaf oversubscription (downlink : uplink bandwidth) is reported per switch model.
 */
import type { CatalogItem, FormFactor, NetworkRole, PortGroup } from '../model/catalog';
import { NETWORK_ROLES, portsOf } from '../model/catalog';
import type { ResolvedPort } from '../plan/portNames';
import { resolvePortOnce } from '../plan/portNames';
import type { DeviceId } from '../model/ids';
import type { LinkPlacement, PortRef } from '../model/layout';
import type { Diagnostic, PortTally } from '../model/report';
import { diagnostic, target } from './diagnostic';

/** Port counts keyed by `role|speedGbps|formFactor`. */
export type PortCounts = Map<string, number>;

export const portKey = (role: string, speedGbps: number, formFactor: FormFactor): string =>
  `${role}|${speedGbps}|${formFactor}`;

function parseKey(key: string): { role: string; speedGbps: number; formFactor: FormFactor } {
  const [role = '', speed = '0', ff = 'RJ45'] = key.split('|');
  return { role, speedGbps: Number(speed), formFactor: ff as FormFactor };
}

/** One port group of an item as the tallies count it: which tally, its key, how many ports. */
interface TallyEntry {
  readonly into: 'endpoints' | 'switchDown' | 'switchUp';
  readonly key: string;
  readonly count: number;
}

/** Each item's tally entries, worked out once: the keys are strings, and building them per device is most of the cost. */
const tallyEntries = new WeakMap<CatalogItem, readonly TallyEntry[]>();

function entriesOf(item: CatalogItem): readonly TallyEntry[] {
  let entries = tallyEntries.get(item);
  if (entries) return entries;
  const list: TallyEntry[] = [];
  for (const g of portsOf(item)) {
    if (g.role === 'downlink' || g.role === 'uplink') {
      if (item.kind !== 'switch') continue;
      const into = g.role === 'downlink' ? 'switchDown' : 'switchUp';
      list.push({ into, key: portKey(item.fabric, g.speedGbps, g.formFactor), count: g.count });
    } else list.push({ into: 'endpoints', key: portKey(g.role, g.speedGbps, g.formFactor), count: g.count });
  }
  entries = list;
  tallyEntries.set(item, entries);
  return entries;
}

/** Adds one item's ports to the endpoint and switch tallies. */
export function tallyPorts(
  item: CatalogItem,
  endpoints: PortCounts,
  switchDown: PortCounts,
  switchUp: PortCounts,
): void {
  for (const e of entriesOf(item)) {
    const into = e.into === 'endpoints' ? endpoints : e.into === 'switchDown' ? switchDown : switchUp;
    into.set(e.key, (into.get(e.key) ?? 0) + e.count);
  }
}

export function addCounts(into: PortCounts, from: PortCounts): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

export interface NetworkFigures {
  readonly tallies: readonly PortTally[];
}

/**
 * Compares end-device ports with switch downlinks per network. Within a network, each group of end ports (fastest
 * first) takes switch ports of the same speed, then faster ones that break out into a whole number of its speed.
 */
export function checkPortCapacity(
  endpoints: PortCounts,
  switchDown: PortCounts,
  out: Diagnostic[],
): NetworkFigures {
  const tallies: PortTally[] = [];
  for (const role of NETWORK_ROLES) {
    const ends = [...endpoints]
      .map(([k, n]) => ({ ...parseKey(k), n }))
      .filter((e) => e.role === role && e.n > 0);
    const pools = [...switchDown]
      .map(([k, n]) => ({ ...parseKey(k), left: n, total: n }))
      .filter((p) => p.role === role && p.total > 0);
    if (ends.length === 0) {
      for (const p of pools)
        tallies.push({
          role,
          speedGbps: p.speedGbps,
          formFactor: p.formFactor,
          endpointPorts: 0,
          switchPorts: p.total,
        });
      continue;
    }
    ends.sort((a, b) => b.speedGbps - a.speedGbps);
    pools.sort((a, b) => a.speedGbps - b.speedGbps);
    let shortTotal = 0;
    const shortParts: string[] = [];
    for (const e of ends) {
      let need = e.n;
      for (const p of pools) {
        if (need <= 0) break;
        if (p.left <= 0 || p.speedGbps < e.speedGbps || p.speedGbps % e.speedGbps !== 0) continue;
        const fanout = p.speedGbps / e.speedGbps;
        const usePorts = Math.min(p.left, Math.ceil(need / fanout));
        p.left -= usePorts;
        need -= usePorts * fanout;
      }
      if (need > 0) {
        shortTotal += need;
        shortParts.push(`${need} of ${e.n} × ${e.speedGbps} Gb/s ${e.formFactor}`);
      }
      const samePool = pools.find((p) => p.speedGbps === e.speedGbps && p.formFactor === e.formFactor);
      tallies.push({
        role,
        speedGbps: e.speedGbps,
        formFactor: e.formFactor,
        endpointPorts: e.n,
        switchPorts: samePool?.total ?? 0,
      });
    }
    for (const p of pools) {
      if (!ends.some((e) => e.speedGbps === p.speedGbps && e.formFactor === p.formFactor))
        tallies.push({
          role,
          speedGbps: p.speedGbps,
          formFactor: p.formFactor,
          endpointPorts: 0,
          switchPorts: p.total,
        });
    }
    const endTotal = ends.reduce((s, e) => s + e.n, 0);
    const word = ROLE_WORDS[role];
    if (pools.length === 0) {
      out.push(
        diagnostic(
          'warning',
          'network.noSwitch',
          `Pod: ${endTotal} ${word} ports (${ends.map((e) => `${e.n} × ${e.speedGbps} Gb/s ${e.formFactor}`).join(', ')}) and no ${word} switch in the pod; they must be cabled to switches elsewhere.`,
          [target('pod', 'pod')],
        ),
      );
    } else if (shortTotal > 0) {
      const have = pools.map((p) => `${p.total} × ${p.speedGbps} Gb/s ${p.formFactor}`).join(', ');
      out.push(
        diagnostic(
          'error',
          'network.portShortage',
          `Pod: the ${word} network is ${shortTotal} switch ports short: ${shortParts.join('; ')} have no free port (its switches offer ${have} downlinks).`,
          [target('pod', 'pod')],
        ),
      );
    }
  }
  return { tallies };
}

const ROLE_WORDS: Record<NetworkRole, string> = {
  compute: 'compute-fabric',
  storage: 'storage',
  inband: 'in-band management',
  oob: 'out-of-band management',
};

/** One info line per switch model: its leaf oversubscription (downlink : uplink bandwidth). */
export function reportOversubscription(
  switchItems: ReadonlyMap<string, CatalogItem>,
  out: Diagnostic[],
): void {
  for (const item of switchItems.values()) {
    if (item.kind !== 'switch') continue;
    let down = 0;
    let up = 0;
    for (const g of item.ports) {
      if (g.role === 'downlink') down += g.count * g.speedGbps;
      else if (g.role === 'uplink') up += g.count * g.speedGbps;
    }
    if (down === 0 || up === 0) continue;
    const ratio = down / up;
    out.push(
      diagnostic(
        'info',
        'network.oversubscription',
        `${item.name} as a leaf: ${down.toLocaleString('en-US')} Gb/s down, ${up.toLocaleString('en-US')} Gb/s up: oversubscription ${ratio >= 1 ? `${trim(ratio)}:1` : `1:${trim(1 / ratio)}`}.`,
        [target('sku', item.sku)],
      ),
    );
  }
}

const trim = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** Finds a port `<group>/<index>` (or one lane of it, `<group>/<index>:<lane>`) on an item. */
export function findPort(item: CatalogItem, port: string): PortGroup | undefined {
  return resolvePortOnce(item, port)?.group;
}

/** One resolved end of a link: the item, the port as named, and the port it resolves to (shared per item). */
export interface LinkEndHit {
  readonly item: CatalogItem;
  readonly port: string;
  readonly hit: ResolvedPort;
}

/** Resolves one end of a link; reports an unknown device or port. */
export function linkEnd(
  link: LinkPlacement,
  end: PortRef,
  item: CatalogItem | undefined,
  out: Diagnostic[],
): LinkEndHit | undefined {
  if (!item) {
    out.push(
      diagnostic(
        'error',
        'reference.linkDevice',
        `Link '${link.id}': device '${end.device}' is not in the layout.`,
        [target('link', link.id)],
      ),
    );
    return undefined;
  }
  const hit = resolvePortOnce(item, end.port);
  if (hit) return { item, port: end.port, hit };
  const names = portsOf(item)
    .map((g) => `${g.name}/1–${g.count}`)
    .join(', ');
  out.push(
    diagnostic(
      'error',
      'network.unknownPort',
      `Link '${link.id}': ${item.name} '${end.device}' has no port '${end.port}' (it has ${names || 'no ports'}).`,
      [target('link', link.id), target('device', end.device)],
    ),
  );
  return undefined;
}

/**
 * True when `linkPairProblems` has nothing to say about two resolved ends: two devices, equal speeds, one switch
 * port, one network. A cheap test made before building the ends' records (false only means: look closer).
 */
export function linkPairFine(
  link: LinkPlacement,
  aItem: CatalogItem,
  a: ResolvedPort,
  bItem: CatalogItem,
  b: ResolvedPort,
): boolean {
  return (
    link.a.device !== link.b.device &&
    a.group.speedGbps === b.group.speedGbps &&
    (isSwitchGroup(a.group) || isSwitchGroup(b.group)) &&
    networkOfPort(aItem, a.group) === networkOfPort(bItem, b.group)
  );
}

/** Speed and network of a link whose both ends resolved. */
export function linkPairProblems(link: LinkPlacement, a: LinkEndHit, b: LinkEndHit, out: Diagnostic[]): void {
  const t = [target('link', link.id)];
  if (link.a.device === link.b.device) {
    // A cable from a device back into itself (a switch's management port into its own data port) is never a
    // network link: it serves nothing and takes two ports.
    out.push(
      diagnostic(
        'error',
        'network.selfLink',
        `Link '${link.id}' joins two ports of the same device '${link.a.device}' ('${link.a.port}' and '${link.b.port}'); a link must join two devices.`,
        [...t, target('device', link.a.device)],
      ),
    );
  }
  const speedProblem = linkSpeedProblem(a, b);
  if (speedProblem)
    out.push(diagnostic('error', 'network.linkSpeedMismatch', `Link '${link.id}': ${speedProblem}.`, t));
  const roleMismatch = linkRoleProblem(a, b);
  if (roleMismatch)
    out.push(diagnostic('error', 'network.linkRoleMismatch', `Link '${link.id}': ${roleMismatch}.`, t));
}

/** Per physical port: the link using it whole, or the links using each of its lanes. */
export type PortSlots = Map<string, { whole?: string; lanes: Map<number, string> }>;

/** Takes a port (or one lane of it) for a link; reports it when another link already holds it. */
export function claimPort(
  used: PortSlots,
  key: string,
  link: LinkPlacement,
  end: PortRef,
  hit: ResolvedPort,
  out: Diagnostic[],
): void {
  let slot = used.get(key);
  if (!slot) {
    slot = { lanes: new Map<number, string>() };
    used.set(key, slot);
  }
  const first =
    hit.lane === undefined
      ? (slot.whole ?? slot.lanes.values().next().value)
      : (slot.whole ?? slot.lanes.get(hit.lane));
  if (first !== undefined) out.push(portReused(link, end, first));
  else if (hit.lane === undefined) slot.whole = link.id;
  else slot.lanes.set(hit.lane, link.id);
}

/** A link naming a port (or lane) that the link `first` already holds. */
export const portReused = (link: LinkPlacement, end: PortRef, first: string): Diagnostic =>
  diagnostic(
    'error',
    'network.portReused',
    `Link '${link.id}': port '${end.port}' of '${end.device}' is already used by link '${first}'.`,
    [target('link', link.id), target('device', end.device)],
  );

/**
 * Explicit links: endpoints exist, ports exist, each port (or each lane of a broken-out port) used once, speeds equal
 * or a whole breakout of a faster port, networks compatible.
 */
export function checkLinks(
  links: readonly LinkPlacement[],
  itemOf: (id: DeviceId) => CatalogItem | undefined,
  out: Diagnostic[],
): void {
  const used: PortSlots = new Map();
  for (const link of links) {
    const a = linkEnd(link, link.a, itemOf(link.a.device), out);
    if (a) claimPort(used, `${link.a.device}\u0000${a.hit.physical}`, link, link.a, a.hit, out);
    const b = linkEnd(link, link.b, itemOf(link.b.device), out);
    if (b) claimPort(used, `${link.b.device}\u0000${b.hit.physical}`, link, link.b, b.hit, out);
    if (a && b) linkPairProblems(link, a, b, out);
  }
}

/** Equal speeds, or one lane of a faster port broken out into a whole number of the slower speed. */
function linkSpeedProblem(a: LinkEndHit, b: LinkEndHit): string | undefined {
  const sa = a.hit.group.speedGbps;
  const sb = b.hit.group.speedGbps;
  if (sa === sb) return undefined;
  const [fast, slow] = sa > sb ? [a, b] : [b, a];
  const fanout = sa > sb ? sa / sb : sb / sa;
  const lane = fast.hit.lane;
  if (lane === undefined)
    return `${a.port} runs at ${sa} Gb/s but ${b.port} at ${sb} Gb/s (no breakout on this link: name a lane, e.g. ${fast.port}:1)`;
  if (!Number.isInteger(fanout) || lane > fanout)
    return `lane ${lane} of the ${fast.hit.group.speedGbps} Gb/s port ${fast.hit.physical} cannot carry ${slow.hit.group.speedGbps} Gb/s (${Number.isInteger(fanout) ? `it breaks out into ${fanout} lanes` : 'not a whole breakout'})`;
  return undefined;
}

const isSwitchGroup = (g: PortGroup): boolean => g.role === 'downlink' || g.role === 'uplink';
const networkOfPort = (item: CatalogItem, g: PortGroup): string =>
  isSwitchGroup(g) ? (item.kind === 'switch' ? item.fabric : '?') : g.role;
const networkOf = (e: LinkEndHit): string => networkOfPort(e.item, e.hit.group);
const isSwitchPort = (e: LinkEndHit) => isSwitchGroup(e.hit.group);

function linkRoleProblem(a: LinkEndHit, b: LinkEndHit): string | undefined {
  if (!isSwitchPort(a) && !isSwitchPort(b))
    return `${a.item.name} and ${b.item.name} are both end devices; connect each to a switch`;
  if (networkOf(a) !== networkOf(b))
    return `it joins the ${networkOf(a)} network (${a.item.name} ${a.hit.group.name}) to the ${networkOf(b)} network (${b.item.name} ${b.hit.group.name})`;
  return undefined;
}
