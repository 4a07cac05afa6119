/**
 * `network.*` diagnostics about cabling: a link longer than its medium's reach, speeds that differ without a
 * breakout, a port (or lane) used twice, a switch with more links than ports, and a switch whose down:up bandwidth is
 * above its fabric's target. Tiers are inferred from the links: switches with end devices are leaves, the switches
 * they reach are one tier up, and so on.
 */
import type { Catalog, CatalogItem, NetworkRole } from '../model/catalog';
import type { DeviceId, LinkId } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { diagnostic, target } from '../rules/diagnostic';
import type { MediumKind, MediumSpec } from './cableMedia';
import { MEDIUM_LABELS } from './cableMedia';
import type { Mismatch, ResolvedLink, ResolvedLinks } from './cableResolve';
import type { Oversubscription } from './fabricTypes';
import { NON_BLOCKING, fmtInt, formatQuotient, formatRatio } from './fabricTypes';
import { physicalPort } from './portNames';

export interface BeyondReach {
  readonly link: LinkId;
  readonly lengthM: number;
  readonly routeMm: number;
  readonly row: MediumSpec;
  readonly forced: MediumKind | null;
  readonly speedGbps: number;
}

export interface CablingFacts {
  readonly resolved: ResolvedLinks;
  readonly beyondReach: readonly BeyondReach[];
  readonly skipped: readonly LinkId[];
  readonly targets: Partial<Record<NetworkRole, Oversubscription>>;
}

export function checkCabling(layout: Layout, catalog: Catalog, facts: CablingFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const devices = new Map(layout.devices.map((d) => [d.id as string, d]));
  const label = (device: DeviceId): string => deviceText(device, devices.get(device), catalog);
  const endText = (e: { device: DeviceId; port: string }) => `${label(e.device)} ${e.port}`;

  for (const b of facts.beyondReach) beyondReach(b, out);

  for (const m of facts.resolved.mismatches) {
    const t = [target('link', m.link)];
    const text =
      m.reason === 'speed'
        ? `Link '${m.link}': ${endText(m.a)} runs at ${m.a.group.speedGbps} Gb/s but ${endText(m.b)} at ${m.b.group.speedGbps} Gb/s, and no end names a breakout lane (e.g. ${m.a.group.speedGbps > m.b.group.speedGbps ? m.a.port : m.b.port}:1).`
        : laneText(m);
    out.push(diagnostic('error', 'network.linkSpeedMismatch', text, t));
  }

  let clashing = false;
  for (const [device, use] of facts.resolved.uses) {
    if (use.clashes) clashing = true;
    const d = devices.get(device);
    switchOverPorts(device, d, d ? catalog.items.get(d.sku) : undefined, use.demand, label, out);
  }
  if (clashing) portReuse(layout, facts.resolved, label, out);

  const graph = new SwitchGraph();
  for (const l of facts.resolved.links) graph.addLink(l);
  graph.warnings(facts.targets, label, out);

  if (facts.skipped.length > 0) {
    const shown = facts.skipped.slice(0, 5).map((id) => `'${id}'`);
    const more = facts.skipped.length > 5 ? ` and ${facts.skipped.length - 5} more` : '';
    out.push(
      diagnostic(
        'info',
        'network.linkNotCabled',
        `${fmtInt(facts.skipped.length)} link${facts.skipped.length === 1 ? '' : 's'} (${shown.join(', ')}${more}) could not be cabled: a device, rack or port is unknown.`,
        facts.skipped.slice(0, 50).map((id) => target('link', id)),
      ),
    );
  }
  return out;
}

/** How cabling messages name a device: `'name' (item name)`. */
export function deviceText(
  device: DeviceId,
  d: { readonly name?: string; readonly sku: string } | undefined,
  catalog: Catalog,
): string {
  const item = d ? catalog.items.get(d.sku as never) : undefined;
  return `'${d?.name ?? device}'${item ? ` (${item.name})` : ''}`;
}

/** A link longer than its medium reaches, or planned on another medium than the one asked for. */
export function beyondReach(b: BeyondReach, out: Diagnostic[]): void {
  const t = [target('link', b.link)];
  if (b.forced !== null && b.forced !== b.row.kind) {
    out.push(
      diagnostic(
        'warning',
        'network.mediumUnavailable',
        `Link '${b.link}': ${MEDIUM_LABELS[b.forced]} is not offered at ${b.speedGbps} Gb/s; planned as ${MEDIUM_LABELS[b.row.kind]}.`,
        t,
      ),
    );
    if (b.row.reachM >= b.lengthM) return;
  }
  out.push(
    diagnostic(
      'error',
      'network.linkBeyondReach',
      `Link '${b.link}': the route is about ${(b.routeMm / 1000).toFixed(1)} m (a ${b.lengthM} m cable), but ${b.speedGbps} Gb/s ${MEDIUM_LABELS[b.row.kind]} reaches ${b.row.reachM} m; move the devices closer or use a longer-reach medium.`,
      t,
    ),
  );
}

/** A switch with more ports' worth of links (`demand`) than ports. */
export function switchOverPorts(
  device: DeviceId,
  d: unknown,
  item: CatalogItem | undefined,
  demand: number,
  label: (device: DeviceId) => string,
  out: Diagnostic[],
): void {
  if (!d || item?.kind !== 'switch') return;
  const capacity = item.ports.reduce((s, g) => s + g.count, 0);
  if (demand <= capacity + 1e-9) return;
  const groups = item.ports.map((g) => `${g.count} × ${g.speedGbps} Gb/s ${g.name}`).join(' + ');
  out.push(
    diagnostic(
      'error',
      'network.switchOverPorts',
      `${label(device)} has ${trimPorts(demand)} ports' worth of links but ${capacity} ports (${groups}): ${trimPorts(demand - capacity)} over.`,
      [target('device', device)],
    ),
  );
}

const trimPorts = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function laneText(m: Mismatch): string {
  const laned = m.a.lane !== undefined ? m.a : m.b;
  const other = laned === m.a ? m.b : m.a;
  const factor = laned.group.speedGbps / other.group.speedGbps;
  if (other.lane !== undefined)
    return `Link '${m.link}': lane ${laned.port} (${laned.group.speedGbps} Gb/s port) and lane ${other.port} (${other.group.speedGbps} Gb/s port) run at different lane speeds.`;
  if (!Number.isInteger(factor) || factor < 2)
    return `Link '${m.link}': ${laned.port} (${laned.group.speedGbps} Gb/s) cannot break out into ${other.group.speedGbps} Gb/s lanes for ${other.port}.`;
  return `Link '${m.link}': ${laned.port} names lane ${laned.lane}, but a ${laned.group.speedGbps} Gb/s port breaks out into ${factor} × ${other.group.speedGbps} Gb/s lanes.`;
}

/** Lists the links on every clashing port (a rare path: it rescans the links). */
function portReuse(
  layout: Layout,
  resolved: ResolvedLinks,
  label: (d: DeviceId) => string,
  out: Diagnostic[],
): void {
  const users = new Map<
    string,
    { device: DeviceId; port: string; links: { link: LinkId; port: string }[] }
  >();
  for (const [device, use] of resolved.uses)
    for (const port of use.clashes ?? []) users.set(`${device}\u0000${port}`, { device, port, links: [] });
  for (const link of layout.links)
    for (const ref of [link.a, link.b]) {
      const entry = users.get(`${ref.device}\u0000${physicalPort(ref.port)}`);
      if (entry) entry.links.push({ link: link.id, port: ref.port });
    }
  for (const { device, port, links } of users.values()) {
    const parts = links.map(
      (u) => `'${u.link}'${u.port === port ? '' : ` (lane ${u.port.slice(port.length + 1)})`}`,
    );
    out.push(
      diagnostic(
        'error',
        'network.portReused',
        `${label(device)} port ${port} is used by ${links.length} links: ${parts.join(', ')}; a port (or each lane of a broken-out port) takes one link.`,
        [target('device', device), ...links.map((u) => target('link', u.link))],
      ),
    );
  }
}

interface SwitchNode {
  readonly device: DeviceId;
  fabric: NetworkRole;
  /** Bandwidth and links to end devices, Gb/s. */
  endBw: number;
  endN: number;
  readonly peers: number[];
  readonly peerBw: number[];
  level: number;
}

const isDataPort = (g: { readonly role: string }): boolean => g.role === 'downlink' || g.role === 'uplink';

/** What one link adds to the switch graph: a switch-to-switch edge, a switch's end-device link, or nothing. */
export type GraphEdge =
  | {
      readonly kind: 'peer';
      readonly a: DeviceId;
      readonly aItem: CatalogItem;
      readonly b: DeviceId;
      readonly bItem: CatalogItem;
      readonly bw: number;
    }
  | { readonly kind: 'end'; readonly sw: DeviceId; readonly item: CatalogItem; readonly bw: number }
  | null;

/** How a link between two resolved ports enters the switch graph: none, a peer edge, or an end link at `a` or `b`. */
export type EdgeKind = 'none' | 'peer' | 'endA' | 'endB';

export function edgeKind(
  aItem: CatalogItem,
  aGroup: { readonly role: string },
  bItem: CatalogItem,
  bGroup: { readonly role: string },
): EdgeKind {
  const aSw = aItem.kind === 'switch';
  const bSw = bItem.kind === 'switch';
  if (aSw && bSw) {
    // A switch's management port cabled to an out-of-band leaf is not part of the data fabric's tiers.
    return isDataPort(aGroup) && isDataPort(bGroup) ? 'peer' : 'none';
  }
  if (!aSw && !bSw) return 'none';
  // A switch's own management port on another network is not a downlink of this switch.
  if (!isDataPort(aSw ? aGroup : bGroup)) return 'none';
  return aSw ? 'endA' : 'endB';
}

export function graphEdge(l: ResolvedLink): GraphEdge {
  const kind = edgeKind(l.aSite.item, l.aPort.group, l.bSite.item, l.bPort.group);
  if (kind === 'peer')
    return {
      kind: 'peer',
      a: l.a.device,
      aItem: l.aSite.item,
      b: l.b.device,
      bItem: l.bSite.item,
      bw: l.speedGbps,
    };
  if (kind === 'none') return null;
  return kind === 'endA'
    ? { kind: 'end', sw: l.a.device, item: l.aSite.item, bw: l.speedGbps }
    : { kind: 'end', sw: l.b.device, item: l.bSite.item, bw: l.speedGbps };
}

/**
 * The switches and their links, kept as edges are added (`sign` 1) and taken away (`sign` -1), so an incremental
 * caller updates it per changed link. Tiers are inferred by breadth-first search from the switches with end devices.
 */
export class SwitchGraph {
  private readonly index = new Map<DeviceId, number>();
  private readonly nodes: SwitchNode[] = [];
  /** Tiers must be found again (a switch-to-switch edge, or a switch gaining its first or losing its last end). */
  private structural = true;
  /** Nodes whose own warning must be worked out again (their end links or label changed). */
  private readonly touched = new Set<number>();
  private readonly warned = new Map<number, Diagnostic>();

  /** Marks a switch whose label may have changed. */
  touch(device: DeviceId): void {
    // After a structural change every switch is judged again anyway.
    if (this.structural) return;
    const i = this.index.get(device);
    if (i !== undefined) this.touched.add(i);
  }

  private nodeOf(device: DeviceId, item: CatalogItem): SwitchNode {
    return this.nodes[this.nodeIndex(device, item)] as SwitchNode;
  }

  /** The number of a switch's node (made on first sight), its fabric set from `item`. */
  nodeIndex(device: DeviceId, item: CatalogItem): number {
    let i = this.index.get(device);
    const fabric = item.kind === 'switch' ? item.fabric : 'compute';
    if (i === undefined) {
      i = this.nodes.length;
      this.index.set(device, i);
      this.nodes.push({ device, fabric, endBw: 0, endN: 0, peers: [], peerBw: [], level: 0 });
    }
    (this.nodes[i] as SwitchNode).fabric = fabric;
    return i;
  }

  /**
   * Many edges at once into a graph with no edge yet, nodes by number (`nodeIndex`): end links (`endAt[k]` with
   * `endBw[k]` Gb/s) and switch-to-switch links (`peerA[k]`–`peerB[k]`, `peerBw[k]` Gb/s). The same graph as adding
   * them one by one, each node's peer lists made at their final length.
   */
  load(
    endAt: Int32Array,
    endBw: Float64Array,
    peerA: Int32Array,
    peerB: Int32Array,
    peerBw: Float64Array,
  ): void {
    const nodes = this.nodes;
    this.structural = true;
    for (let k = 0; k < endAt.length; k++) {
      const n = nodes[endAt[k] as number] as SwitchNode;
      n.endBw += endBw[k] as number;
      n.endN++;
    }
    const degree = new Int32Array(nodes.length);
    for (let k = 0; k < peerA.length; k++) {
      const x = peerA[k] as number;
      const y = peerB[k] as number;
      degree[x] = (degree[x] as number) + 1;
      degree[y] = (degree[y] as number) + 1;
    }
    const at = new Int32Array(nodes.length);
    nodes.forEach((n, i) => {
      const d = degree[i] as number;
      if (d === 0) return;
      at[i] = n.peers.length;
      n.peers.length += d;
      n.peerBw.length += d;
    });
    for (let k = 0; k < peerA.length; k++) {
      const bw = peerBw[k] as number;
      this.putPeer(peerA[k] as number, peerB[k] as number, bw, at);
      this.putPeer(peerB[k] as number, peerA[k] as number, bw, at);
    }
  }

  private putPeer(i: number, peer: number, bw: number, at: Int32Array): void {
    const n = this.nodes[i] as SwitchNode;
    const k = at[i] as number;
    n.peers[k] = peer;
    n.peerBw[k] = bw;
    at[i] = k + 1;
  }

  /** A resolved link added, as `add(graphEdge(l), 1)` without the edge record. */
  addLink(l: ResolvedLink): void {
    const kind = edgeKind(l.aSite.item, l.aPort.group, l.bSite.item, l.bPort.group);
    if (kind === 'peer') this.addPeer(l.a.device, l.aSite.item, l.b.device, l.bSite.item, l.speedGbps, 1);
    else if (kind === 'endA') this.addEnd(l.a.device, l.aSite.item, l.speedGbps, 1);
    else if (kind === 'endB') this.addEnd(l.b.device, l.bSite.item, l.speedGbps, 1);
  }

  add(e: GraphEdge, sign: 1 | -1): void {
    if (!e) return;
    if (e.kind === 'end') this.addEnd(e.sw, e.item, e.bw, sign);
    else this.addPeer(e.a, e.aItem, e.b, e.bItem, e.bw, sign);
  }

  /** A switch's link to an end device, of `bw` Gb/s, added (`sign` 1) or taken away (-1). */
  addEnd(sw: DeviceId, item: CatalogItem, bw: number, sign: 1 | -1): void {
    const n = this.nodeOf(sw, item);
    const wasLeaf = n.endN > 0;
    n.endBw += sign * bw;
    n.endN += sign;
    if (wasLeaf !== n.endN > 0) this.structural = true;
    this.touch(sw);
  }

  /** A switch-to-switch link, of `bw` Gb/s, added (`sign` 1) or taken away (-1). */
  addPeer(a: DeviceId, aItem: CatalogItem, b: DeviceId, bItem: CatalogItem, bw: number, sign: 1 | -1): void {
    this.structural = true;
    const x = this.nodeOf(a, aItem);
    const y = this.nodeOf(b, bItem);
    const xi = this.index.get(a) ?? 0;
    const yi = this.index.get(b) ?? 0;
    if (sign === 1) {
      x.peers.push(yi);
      x.peerBw.push(bw);
      y.peers.push(xi);
      y.peerBw.push(bw);
    } else {
      unpeer(x, yi, bw);
      unpeer(y, xi, bw);
    }
  }

  /**
   * A warning per switch whose down:up bandwidth is above its fabric's target. Tiers are searched again only after a
   * structural change; otherwise only the touched switches are judged again (a switch's ratio depends on its own end
   * links and on its peers' tiers).
   */
  warnings(
    targets: Partial<Record<NetworkRole, Oversubscription>>,
    label: (d: DeviceId) => string,
    out: Diagnostic[],
  ): void {
    const nodes = this.nodes;
    if (this.structural) {
      let frontier: number[] = [];
      nodes.forEach((n, i) => {
        n.level = n.endN > 0 ? 1 : 0;
        if (n.endN > 0) frontier.push(i);
      });
      for (let depth = 2; frontier.length > 0; depth++) {
        const next: number[] = [];
        for (const i of frontier)
          for (const j of nodes[i]?.peers ?? []) {
            const peer = nodes[j];
            if (peer && peer.level === 0) {
              peer.level = depth;
              next.push(j);
            }
          }
        frontier = next;
      }
      this.warned.clear();
      nodes.forEach((_, i) => this.judge(i, targets, label));
    } else for (const i of this.touched) this.judge(i, targets, label);
    this.structural = false;
    this.touched.clear();
    for (const d of this.warned.values()) out.push(d);
  }

  private judge(
    i: number,
    targets: Partial<Record<NetworkRole, Oversubscription>>,
    label: (d: DeviceId) => string,
  ): void {
    const n = this.nodes[i];
    const found: Diagnostic[] = [];
    if (n) overLimit(n, this.nodes, targets, label, found);
    if (found[0]) this.warned.set(i, found[0]);
    else this.warned.delete(i);
  }
}

function unpeer(n: SwitchNode, peer: number, bw: number): void {
  for (let k = n.peers.length - 1; k >= 0; k--)
    if (n.peers[k] === peer && n.peerBw[k] === bw) {
      n.peers.splice(k, 1);
      n.peerBw.splice(k, 1);
      return;
    }
}

const tierName = (n: number) =>
  n === 1 ? 'leaf' : n === 2 ? 'spine' : n === 3 ? 'core' : `tier-${n} switch`;

function overLimit(
  n: SwitchNode,
  nodes: readonly SwitchNode[],
  targets: Partial<Record<NetworkRole, Oversubscription>>,
  label: (d: DeviceId) => string,
  out: Diagnostic[],
): void {
  if (n.level === 0) return;
  let down = n.endBw;
  let downN = n.endN;
  let up = 0;
  let upN = 0;
  n.peers.forEach((j, k) => {
    const lv = nodes[j]?.level ?? 0;
    const bw = n.peerBw[k] ?? 0;
    if (lv === n.level - 1) {
      down += bw;
      downN++;
    } else if (lv === n.level + 1) {
      up += bw;
      upN++;
    }
  });
  if (up === 0 || down === 0) return;
  const goal = targets[n.fabric] ?? NON_BLOCKING;
  const ratio = down / up;
  if (ratio <= goal.down / goal.up + 1e-9) return;
  out.push(
    diagnostic(
      'warning',
      'network.oversubscriptionAboveTarget',
      `${label(n.device)}, a ${tierName(n.level)} of the ${n.fabric} fabric: ${fmtInt(down)} Gb/s down (${downN} links) against ${fmtInt(up)} Gb/s up (${upN} links) is ${formatQuotient(ratio)}, above the ${formatRatio(goal)} target.`,
      [target('device', n.device)],
    ),
  );
}
