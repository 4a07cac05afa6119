/**
 * NetBox interfaces → podplan port groups. One NetBox interface is one logical port (a QM9700 twin-port OSFP cage
 * is listed as two interfaces). Roles are inferred: `mgmt_only` → `oob`; on servers InfiniBand or ≥ 200 Gb/s →
 * `compute`, a port described as storage → `storage`, the rest → `inband`; on switches the most numerous data speed
 * is `downlink` and faster minorities are `uplink`; on power and cooling gear every port is `oob`.
 */
import type { FormFactor, NetworkRole, PortGroup, PortRole } from '../../model/catalog';
import type { NbInterface } from './deviceType';
import type { InterfaceSpec } from './interfaceTypes';
import { classifyInterfaceType, speedKey } from './interfaceTypes';

interface TalliedPort {
  readonly name: string;
  readonly spec: InterfaceSpec;
  readonly mgmt: boolean;
  readonly description: string;
}

export interface InterfaceTally {
  readonly ports: readonly TalliedPort[];
  /** Interfaces whose type podplan cannot map, by NetBox type. */
  readonly otherTypes: ReadonlyMap<string, number>;
  readonly ignoredLogical: number;
  readonly ignoredBackplane: number;
  /** Non-management ports, mapped or not. */
  readonly dataPorts: number;
  readonly portsBySpeedGbps: Readonly<Record<string, number>>;
  readonly infiniband: boolean;
  /** InfiniBand data ports. */
  readonly infinibandPorts: number;
  /** Fastest data port, Gb/s (0 when none). */
  readonly maxDataSpeedGbps: number;
}

export function tallyInterfaces(interfaces: readonly NbInterface[]): InterfaceTally {
  const ports: TalliedPort[] = [];
  const otherTypes = new Map<string, number>();
  const bySpeed: Record<string, number> = {};
  let ignoredLogical = 0;
  let ignoredBackplane = 0;
  let dataPorts = 0;
  let infinibandPorts = 0;
  let maxDataSpeedGbps = 0;
  for (const itf of interfaces) {
    const cls = classifyInterfaceType(itf.type);
    if (cls.kind === 'ignored') {
      if (cls.why === 'logical') ignoredLogical++;
      else ignoredBackplane++;
      continue;
    }
    if (!itf.mgmtOnly) dataPorts++;
    if (cls.kind === 'other') {
      const t = itf.type ?? '(no type)';
      otherTypes.set(t, (otherTypes.get(t) ?? 0) + 1);
      bySpeed['other'] = (bySpeed['other'] ?? 0) + 1;
      continue;
    }
    const key = speedKey(cls.spec.speedGbps);
    bySpeed[key] = (bySpeed[key] ?? 0) + 1;
    ports.push({ name: itf.name, spec: cls.spec, mgmt: itf.mgmtOnly, description: itf.description ?? '' });
    if (!itf.mgmtOnly) {
      if (cls.spec.infiniband) infinibandPorts++;
      maxDataSpeedGbps = Math.max(maxDataSpeedGbps, cls.spec.speedGbps);
    }
  }
  return {
    ports,
    otherTypes,
    ignoredLogical,
    ignoredBackplane,
    dataPorts,
    portsBySpeedGbps: bySpeed,
    infiniband: infinibandPorts > 0,
    infinibandPorts,
    maxDataSpeedGbps,
  };
}

export type PortOwner = 'server' | 'switch' | 'power';

/** The port groups of an item, named `<role>-<speed>g` (with the form factor when two groups would share a name). */
export function buildPortGroups(tally: InterfaceTally, owner: PortOwner): PortGroup[] {
  const roleOf = portRoleFunction(tally, owner);
  const groups = new Map<
    string,
    { role: PortRole; speedGbps: number; formFactor: FormFactor; count: number }
  >();
  for (const p of tally.ports) {
    const role = roleOf(p);
    const key = `${role}|${p.spec.speedGbps}|${p.spec.formFactor}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { role, speedGbps: p.spec.speedGbps, formFactor: p.spec.formFactor, count: 1 });
  }
  const list = [...groups.values()];
  const baseName = (g: (typeof list)[number]): string => `${g.role}-${speedLabel(g.speedGbps)}`;
  const nameCount = new Map<string, number>();
  for (const g of list) nameCount.set(baseName(g), (nameCount.get(baseName(g)) ?? 0) + 1);
  return list.map((g) => ({
    name:
      (nameCount.get(baseName(g)) ?? 0) > 1 ? `${baseName(g)}-${slugFormFactor(g.formFactor)}` : baseName(g),
    count: g.count,
    speedGbps: g.speedGbps,
    formFactor: g.formFactor,
    role: g.role,
  }));
}

function portRoleFunction(tally: InterfaceTally, owner: PortOwner): (p: TalliedPort) => PortRole {
  if (owner === 'power') return () => 'oob';
  if (owner === 'server') {
    return (p) => {
      if (p.mgmt) return 'oob';
      if (/storage/i.test(p.description)) return 'storage';
      if (p.spec.infiniband || p.spec.speedGbps >= 200) return 'compute';
      return 'inband';
    };
  }
  // Switch: the most numerous data speed serves the devices below; faster minorities go up.
  const counts = new Map<number, number>();
  for (const p of tally.ports)
    if (!p.mgmt) counts.set(p.spec.speedGbps, (counts.get(p.spec.speedGbps) ?? 0) + 1);
  let downSpeed = 0;
  let downCount = -1;
  for (const [speed, count] of counts) {
    if (count > downCount || (count === downCount && speed > downSpeed)) {
      downSpeed = speed;
      downCount = count;
    }
  }
  return (p) => (p.mgmt ? 'oob' : p.spec.speedGbps > downSpeed ? 'uplink' : 'downlink');
}

/** The fabric a switch most likely serves: InfiniBand or ≥ 200 Gb/s → compute; ≤ 1 Gb/s → oob; else in-band. */
export function switchFabric(tally: InterfaceTally): NetworkRole {
  if (tally.infiniband || tally.maxDataSpeedGbps >= 200) return 'compute';
  if (tally.maxDataSpeedGbps > 0 && tally.maxDataSpeedGbps <= 1) return 'oob';
  return 'inband';
}

const speedLabel = (gbps: number): string => (gbps < 1 ? `${gbps * 1000}m` : `${gbps}g`);
const slugFormFactor = (ff: FormFactor): string => ff.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A floor under any device's max draw from its ports alone (switch ASIC and PHYs, no optics): 5 W plus, per port,
 * 0.3 W at ≤ 1G, 1 W at 10G, 1.5 W at 25G, 2 W at 40/50G, 3 W at 100G, 5 W at 200G, 8 W at 400G, 12 W at 800G.
 * A published max below it is implausible (FS N5860-48SC: 48 × 10G + 8 × 100G "37 W" against a 77 W floor).
 */
export function portPowerFloorW(tally: InterfaceTally): number {
  let w = 5;
  for (const p of tally.ports) w += perPortFloor(p.spec.speedGbps);
  return w;
}

function perPortFloor(gbps: number): number {
  if (gbps <= 5) return 0.3;
  if (gbps <= 10) return 1;
  if (gbps <= 25) return 1.5;
  if (gbps <= 56) return 2;
  if (gbps <= 100) return 3;
  if (gbps <= 200) return 5;
  if (gbps <= 400) return 8;
  return 12;
}

/**
 * Interfaces that look left out of a regular list: when names like `P7.0`/`P7.1` show that most cages list the same
 * sub-ports and a few list fewer (QM9700: `P22.1` and `P23.0` are absent), the absent names.
 */
export function missingPortNames(interfaces: readonly NbInterface[]): string[] {
  const groups = new Map<string, { sep: string; subs: Set<string> }>();
  for (const itf of interfaces) {
    const m = /^(.*?)(\d+)([./:])(\d+)$/.exec(itf.name);
    if (!m) continue;
    const cage = `${m[1]}${m[2]}`;
    const g = groups.get(cage) ?? { sep: m[3]!, subs: new Set<string>() };
    g.subs.add(m[4]!);
    groups.set(cage, g);
  }
  if (groups.size < 4) return [];
  const patterns = new Map<string, number>();
  for (const g of groups.values()) {
    const key = [...g.subs].sort().join(',');
    patterns.set(key, (patterns.get(key) ?? 0) + 1);
  }
  let modal = '';
  let modalCount = 0;
  for (const [key, count] of patterns) {
    if (count > modalCount) {
      modal = key;
      modalCount = count;
    }
  }
  if (modalCount < groups.size * 0.75) return [];
  const expected = modal.split(',');
  const absent: string[] = [];
  for (const [cage, g] of groups) {
    if (![...g.subs].every((s) => expected.includes(s))) continue;
    for (const s of expected) if (!g.subs.has(s)) absent.push(`${cage}${g.sep}${s}`);
  }
  return absent;
}
