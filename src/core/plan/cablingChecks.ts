/**
 * `network.*` diagnostics about cabling: a link longer than its medium's reach, speeds that differ without a
 * breakout, a port (or lane) used twice, a switch with more links than ports, and a switch whose down:up bandwidth is
 * above its fabric's target. Tiers are inferred from the links: switches with end devices are leaves, the switches
 * they reach are one tier up, and so on.
 */
import type { Catalog, CatalogItem, NetworkRole, PortGroup } from '../model/catalog';
import type { DeviceId, LinkId } from '../model/ids';
import type { Layout } from '../model/layout';
import type { Diagnostic } from '../model/report';
import { diagnostic, target } from '../rules/diagnostic';
import type { MediumKind, MediumSpec } from './cableMedia';
import { MEDIUM_LABELS } from './cableMedia';
import type { Oversubscription } from './fabricTypes';
import { NON_BLOCKING, fmtInt, formatQuotient, formatRatio } from './fabricTypes';
import { physicalPort } from './portNames';

export interface CheckEnd {
  readonly device: DeviceId;
  readonly port: string;
  readonly item: CatalogItem;
  readonly group: PortGroup;
  readonly lane: number | undefined;
}

/** One link end naming a device, resolved or not. */
export interface PortUse {
  readonly link: LinkId;
  readonly port: string;
  readonly resolved: boolean;
  /** Lanes of the port when this end is one lane of a breakout, else 1. */
  readonly laneOf: number;
}

export interface Mismatch {
  readonly link: LinkId;
  readonly a: CheckEnd;
  readonly b: CheckEnd;
  /** `speed`: whole ports of different speeds; `lane`: a lane the port cannot break out into. */
  readonly reason: 'speed' | 'lane';
}

export interface BeyondReach {
  readonly link: LinkId;
  readonly lengthM: number;
  readonly routeMm: number;
  readonly row: MediumSpec;
  readonly forced: MediumKind | null;
  readonly speedGbps: number;
}

export interface CablingFacts {
  readonly uses: ReadonlyMap<DeviceId, readonly PortUse[]>;
  readonly mismatches: readonly Mismatch[];
  readonly links: readonly {
    readonly id: LinkId;
    readonly a: CheckEnd;
    readonly b: CheckEnd;
    readonly speedGbps: number;
  }[];
  readonly beyondReach: readonly BeyondReach[];
  readonly skipped: readonly LinkId[];
  readonly targets: Partial<Record<NetworkRole, Oversubscription>>;
}

export function checkCabling(layout: Layout, catalog: Catalog, facts: CablingFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const devices = new Map(layout.devices.map((d) => [d.id as string, d]));
  const label = (device: DeviceId): string => {
    const d = devices.get(device);
    const item = d ? catalog.items.get(d.sku) : undefined;
    return `'${d?.name ?? device}'${item ? ` (${item.name})` : ''}`;
  };
  const endText = (e: { device: DeviceId; port: string }) => `${label(e.device)} ${e.port}`;

  for (const b of facts.beyondReach) {
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
      if (b.row.reachM >= b.lengthM) continue;
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

  for (const m of facts.mismatches) {
    const t = [target('link', m.link)];
    const text =
      m.reason === 'speed'
        ? `Link '${m.link}': ${endText(m.a)} runs at ${m.a.group.speedGbps} Gb/s but ${endText(m.b)} at ${m.b.group.speedGbps} Gb/s, and no end names a breakout lane (e.g. ${m.a.group.speedGbps > m.b.group.speedGbps ? m.a.port : m.b.port}:1).`
        : laneText(m);
    out.push(diagnostic('error', 'network.linkSpeedMismatch', text, t));
  }

  for (const [device, list] of facts.uses) {
    portReuse(device, list, label, out);
    const d = devices.get(device);
    const item = d ? catalog.items.get(d.sku) : undefined;
    if (item?.kind !== 'switch') continue;
    const demand = list.reduce((s, u) => s + 1 / u.laneOf, 0);
    const capacity = item.ports.reduce((s, g) => s + g.count, 0);
    if (demand > capacity + 1e-9) {
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
  }

  oversubscription(facts, label, out);

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

const trimPorts = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function laneText(m: Mismatch): string {
  const laned = m.a.lane !== undefined ? m.a : m.b;
  const other = laned === m.a ? m.b : m.a;
  const factor = laned.group.speedGbps / other.group.speedGbps;
  if (other.lane !== undefined)
    return `Link '${m.link}': both ends (${laned.port}, ${other.port}) name breakout lanes; a lane joins a whole port.`;
  if (!Number.isInteger(factor) || factor < 2)
    return `Link '${m.link}': ${laned.port} (${laned.group.speedGbps} Gb/s) cannot break out into ${other.group.speedGbps} Gb/s lanes for ${other.port}.`;
  return `Link '${m.link}': ${laned.port} names lane ${laned.lane}, but a ${laned.group.speedGbps} Gb/s port breaks out into ${factor} × ${other.group.speedGbps} Gb/s lanes.`;
}

function portReuse(
  device: DeviceId,
  list: readonly PortUse[],
  label: (d: DeviceId) => string,
  out: Diagnostic[],
): void {
  const byPort = new Map<string, PortUse[]>();
  for (const u of list) {
    if (!u.resolved) continue;
    const key = physicalPort(u.port);
    const l = byPort.get(key);
    if (l) l.push(u);
    else byPort.set(key, [u]);
  }
  for (const [port, users] of byPort) {
    if (users.length < 2) continue;
    const whole = users.filter((u) => u.port === port);
    const lanes = new Map<string, LinkId[]>();
    for (const u of users) if (u.port !== port) lanes.set(u.port, [...(lanes.get(u.port) ?? []), u.link]);
    const clash =
      whole.length > 1 ||
      (whole.length === 1 && lanes.size > 0) ||
      [...lanes.values()].some((l) => l.length > 1);
    if (!clash) continue;
    const parts = users.map(
      (u) => `'${u.link}'${u.port === port ? '' : ` (lane ${u.port.slice(port.length + 1)})`}`,
    );
    out.push(
      diagnostic(
        'error',
        'network.portReused',
        `${label(device)} port ${port} is used by ${users.length} links: ${parts.join(', ')}; a port (or each lane of a broken-out port) takes one link.`,
        [target('device', device), ...users.map((u) => target('link', u.link))],
      ),
    );
  }
}

function oversubscription(facts: CablingFacts, label: (d: DeviceId) => string, out: Diagnostic[]): void {
  const endBw = new Map<DeviceId, { bw: number; n: number }>();
  const adj = new Map<DeviceId, { to: DeviceId; bw: number }[]>();
  const fabricOf = new Map<DeviceId, NetworkRole>();
  const isSwitch = (e: CheckEnd) => e.item.kind === 'switch';
  for (const l of facts.links) {
    for (const e of [l.a, l.b]) if (e.item.kind === 'switch') fabricOf.set(e.device, e.item.fabric);
    if (isSwitch(l.a) && isSwitch(l.b)) {
      for (const [x, y] of [
        [l.a, l.b],
        [l.b, l.a],
      ] as const) {
        const list = adj.get(x.device) ?? [];
        list.push({ to: y.device, bw: l.speedGbps });
        adj.set(x.device, list);
      }
    } else {
      const sw = isSwitch(l.a) ? l.a : isSwitch(l.b) ? l.b : undefined;
      if (!sw) continue;
      // A switch's own management port on another network is not a downlink of this switch.
      const endPort = sw === l.a ? l.a.group : l.b.group;
      if (endPort.role !== 'downlink' && endPort.role !== 'uplink') continue;
      const e = endBw.get(sw.device) ?? { bw: 0, n: 0 };
      e.bw += l.speedGbps;
      e.n += 1;
      endBw.set(sw.device, e);
    }
  }
  const level = new Map<DeviceId, number>();
  let frontier = [...endBw.keys()];
  for (const d of frontier) level.set(d, 1);
  for (let depth = 2; frontier.length > 0; depth++) {
    const next: DeviceId[] = [];
    for (const d of frontier)
      for (const { to } of adj.get(d) ?? [])
        if (!level.has(to)) {
          level.set(to, depth);
          next.push(to);
        }
    frontier = next;
  }
  const tierName = (n: number) =>
    n === 1 ? 'leaf' : n === 2 ? 'spine' : n === 3 ? 'core' : `tier-${n} switch`;
  const sorted = [...level].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [device, lv] of sorted) {
    let down = endBw.get(device)?.bw ?? 0;
    let downN = endBw.get(device)?.n ?? 0;
    let up = 0;
    let upN = 0;
    for (const { to, bw } of adj.get(device) ?? []) {
      const other = level.get(to);
      if (other === lv - 1) {
        down += bw;
        downN++;
      } else if (other === lv + 1) {
        up += bw;
        upN++;
      }
    }
    if (up === 0 || down === 0) continue;
    const fabric = fabricOf.get(device) ?? 'compute';
    const goal = facts.targets[fabric] ?? NON_BLOCKING;
    const ratio = down / up;
    if (ratio <= goal.down / goal.up + 1e-9) continue;
    out.push(
      diagnostic(
        'warning',
        'network.oversubscriptionAboveTarget',
        `${label(device)}, a ${tierName(lv)} of the ${fabric} fabric: ${fmtInt(down)} Gb/s down (${downN} links) against ${fmtInt(up)} Gb/s up (${upN} links) is ${formatQuotient(ratio)}, above the ${formatRatio(goal)} target.`,
        [target('device', device)],
      ),
    );
  }
}
