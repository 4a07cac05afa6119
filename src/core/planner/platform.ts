/**
 * Resolves a plan request against the catalog: the platform unit (a GPU server, or a rack-scale preset such as a
 * GB200 NVL72 rack), the rack, PDU, shelf, door, CDU and battery models, and the networks. Bad input gets a message
 * that names the field and the value.
 */
import type {
  Battery,
  Catalog,
  CatalogItem,
  Cdu,
  ItGear,
  NetworkRole,
  Pdu,
  PowerShelf,
  Rack,
  Rdhx,
} from '../model/catalog';
import { isItGear, NETWORK_ROLES } from '../model/catalog';
import type { PodLimits } from '../model/layout';
import { DEFAULT_LIMITS } from '../model/layout';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { defaultChoices } from '../place/networkPlacement';
import type { PodNetworkChoices } from '../plan/podNetworks';
import { pduUsableW } from '../rules/power';
import type { CoolingApproach, PodPlanRequest, PowerPath } from './types';
import { COOLING_APPROACHES, POWER_PATHS } from './types';

/** One platform unit: what is added to a rack for each unit the planner counts. */
export interface PlatformUnit {
  readonly id: string;
  readonly name: string;
  readonly items: readonly { readonly item: ItGear; readonly count: number }[];
  readonly gpus: number;
  /** Max draw of the unit, W. */
  readonly maxW: number;
  /** Of which on a DC busbar (power shelves), W. */
  readonly busbarW: number;
  /** Heat to liquid at max draw, W. */
  readonly liquidW: number;
  /** U the unit takes. */
  readonly uHeight: number;
  /** A rack-scale unit fills one rack of its own (`perRack` is 1). */
  readonly rackScale: boolean;
  readonly rackSku?: string;
}

/**
 * Rack-scale presets. GB200 NVL72: 18 compute trays (4 GPUs each, 72 GPUs) and 9 NVLink switch trays in one rack
 * (NVIDIA GB200 NVL72 product page and the DGX GB200 user guide; the tray figures are the catalog's, with their own
 * provenance).
 */
export const RACK_SCALE_PRESETS: readonly {
  readonly id: string;
  readonly name: string;
  readonly rackSku: string;
  readonly items: readonly { readonly sku: string; readonly count: number }[];
}[] = [
  {
    id: 'gb200-nvl72',
    name: 'GB200 NVL72 rack',
    rackSku: 'rack-nvl72',
    items: [
      { sku: 'nvidia-gb200-compute-tray', count: 18 },
      { sku: 'nvidia-gb200-nvlink-switch-tray', count: 9 },
    ],
  },
];

export interface ResolvedPlan {
  readonly unit: PlatformUnit;
  readonly powerPath: PowerPath;
  readonly cooling: CoolingApproach;
  readonly rack: Rack;
  /** W; Infinity when neither the request nor the rack gives one. */
  readonly maxRackW: number;
  readonly pdu: Pdu;
  readonly shelf: PowerShelf | undefined;
  readonly doors: readonly Rdhx[];
  readonly cdu: Cdu | undefined;
  readonly networkRack: Rack;
  readonly battery: Battery | undefined;
  readonly rideThroughMin: number;
  readonly choices: PodNetworkChoices;
  /** Limits the user stated (the rest are sized to the plan or taken from the base). */
  readonly stated: Partial<PodLimits>;
  /** Derating used to size PDUs (stated, else the base's). */
  readonly deratingFraction: number;
}

const of = <K extends CatalogItem['kind']>(catalog: Catalog, kind: K) =>
  [...catalog.items.values()].filter((i): i is Extract<CatalogItem, { kind: K }> => i.kind === kind);

function unitOf(catalog: Catalog, platform: string): Result<PlatformUnit, string> {
  const preset = RACK_SCALE_PRESETS.find((p) => p.id === platform);
  const parts: { item: ItGear; count: number }[] = [];
  if (preset) {
    for (const p of preset.items) {
      const item = catalog.items.get(p.sku as never);
      if (!item || !isItGear(item)) return err(`platform '${platform}': the catalog has no '${p.sku}'.`);
      parts.push({ item, count: p.count });
    }
  } else {
    const item = catalog.items.get(platform as never);
    if (!item)
      return err(`platform: '${platform}' is not in the catalog (a GPU server SKU or 'gb200-nvl72').`);
    if (item.kind !== 'server' || item.gpuCount <= 0)
      return err(
        `platform: '${platform}' is a ${item.kind} with no GPUs; choose a GPU server or 'gb200-nvl72'.`,
      );
    parts.push({ item, count: 1 });
  }
  const sum = (f: (i: ItGear) => number) => parts.reduce((s, p) => s + f(p.item) * p.count, 0);
  return ok({
    id: platform,
    name: preset?.name ?? (parts[0]?.item.name as string),
    items: parts,
    gpus: sum((i) => i.gpuCount),
    maxW: sum((i) => i.power.maxW),
    busbarW: sum((i) => (i.power.inlet === 'busbar' ? i.power.maxW : 0)),
    liquidW: sum((i) => i.power.maxW * i.thermal.liquidFraction),
    uHeight: sum((i) => i.uHeight),
    rackScale: preset !== undefined,
    ...(preset && { rackSku: preset.rackSku }),
  });
}

function pick<T extends CatalogItem>(
  catalog: Catalog,
  sku: string | undefined,
  field: string,
  accept: (i: CatalogItem) => i is T,
  fallback: () => T | undefined,
  what: string,
): Result<T | undefined, string> {
  if (sku === undefined) return ok(fallback());
  const item = catalog.items.get(sku as never);
  if (!item) return err(`${field}: '${sku}' is not in the catalog.`);
  if (!accept(item)) return err(`${field}: '${sku}' is a ${item.kind}, not ${what}.`);
  return ok(item);
}

const positive = (v: number | undefined, field: string, unit: string): string | null =>
  v !== undefined && !(Number.isFinite(v) && v > 0)
    ? `${field}: expected a number above 0 ${unit}, got ${v}.`
    : null;

/** Checks the request and fills its defaults; the message names the field and the value that is wrong. */
export function resolvePlan(
  request: PodPlanRequest,
  catalog: Catalog,
  baseLimits: PodLimits = DEFAULT_LIMITS,
): Result<ResolvedPlan, string> {
  const t = request.target;
  if (t.kind === 'gpus' && !(Number.isInteger(t.gpus) && t.gpus > 0))
    return err(`target.gpus: expected a whole number above 0, got ${t.gpus}.`);
  if (t.kind === 'itKw' && !(Number.isFinite(t.kw) && t.kw > 0))
    return err(`target.kw: expected a number above 0 kW, got ${t.kw}.`);
  const numbers: [number | undefined, string, string][] = [
    [request.maxRackKw, 'maxRackKw', 'kW'],
    [request.rideThroughMin, 'rideThroughMin', 'min'],
    ...Object.entries(request.limits ?? {})
      .filter(([k]) => k !== 'coolant')
      .map(([k, v]): [number, string, string] => [v as number, `limits.${k}`, '']),
  ];
  for (const [v, f, u] of numbers) {
    const bad = positive(v, f, u);
    if (bad) return err(bad);
  }
  if (request.cooling !== undefined && !COOLING_APPROACHES.includes(request.cooling))
    return err(
      `cooling: expected one of ${COOLING_APPROACHES.join(', ')}, got '${String(request.cooling)}'.`,
    );
  if (request.powerPath !== undefined && !POWER_PATHS.includes(request.powerPath))
    return err(`powerPath: expected one of ${POWER_PATHS.join(', ')}, got '${String(request.powerPath)}'.`);
  const unit = unitOf(catalog, request.platform);
  if (!unit.ok) return unit;
  const u = unit.value;
  const liquid = u.liquidW > 0;
  const cooling = request.cooling ?? (liquid ? 'liquid-floor' : 'rear-door');
  if (liquid && (cooling === 'air' || cooling === 'rear-door'))
    return err(
      `cooling: ${u.name} sends ${Math.round((u.liquidW / u.maxW) * 100)}% of its heat to liquid; choose liquid-floor or liquid-inrack, not ${cooling}.`,
    );
  const rack = pick(
    catalog,
    request.rackSku ?? u.rackSku ?? 'rack-42u-600x1200',
    'rackSku',
    (i): i is Rack => i.kind === 'rack',
    () => undefined,
    'a rack',
  );
  if (!rack.ok) return rack;
  const netRack = pick(
    catalog,
    request.networkRackSku ?? 'rack-42u-600x1200',
    'networkRackSku',
    (i): i is Rack => i.kind === 'rack',
    () => undefined,
    'a rack',
  );
  if (!netRack.ok) return netRack;
  const derating = request.limits?.deratingFraction ?? baseLimits.deratingFraction;
  const pdu = pick(
    catalog,
    request.pduSku,
    'pduSku',
    (i): i is Pdu => i.kind === 'pdu' && i.placement === 'rack-0u',
    () =>
      of(catalog, 'pdu')
        .filter((p) => p.placement === 'rack-0u')
        .sort((a, b) => pduUsableW(b, derating) - pduUsableW(a, derating))[0],
    'a 0U PDU',
  );
  if (!pdu.ok) return pdu;
  if (!pdu.value) return err('pduSku: the catalog has no 0U PDU.');
  const shelf = pick(
    catalog,
    request.powerShelfSku,
    'powerShelfSku',
    (i): i is PowerShelf => i.kind === 'power-shelf',
    () => of(catalog, 'power-shelf').sort((a, b) => b.outputW - a.outputW)[0],
    'a power shelf',
  );
  if (!shelf.ok) return shelf;
  if (u.busbarW > 0 && !shelf.value)
    return err(`powerShelfSku: ${u.name} is busbar-fed and the catalog has no power shelf.`);
  const doorSku = request.doorSku;
  const doors =
    doorSku !== undefined
      ? pick(
          catalog,
          doorSku,
          'doorSku',
          (i): i is Rdhx => i.kind === 'rdhx',
          () => undefined,
          'a rear door',
        )
      : ok(undefined);
  if (!doors.ok) return doors;
  const doorList = doors.value
    ? [doors.value]
    : of(catalog, 'rdhx').sort((a, b) => a.airCapacityW - b.airCapacityW);
  const wantPlacement = cooling === 'liquid-inrack' ? 'rack-u' : 'floor';
  const cdu = pick(
    catalog,
    request.cduSku,
    'cduSku',
    (i): i is Cdu => i.kind === 'cdu',
    () => {
      const list = of(catalog, 'cdu').filter((c) => c.placement === wantPlacement);
      // In-rack: the largest (most heat per rack); floor: the least own draw per kW moved.
      return wantPlacement === 'rack-u'
        ? list.sort((a, b) => b.liquidCapacityW - a.liquidCapacityW)[0]
        : list.sort((a, b) => a.powerW / a.liquidCapacityW - b.powerW / b.liquidCapacityW)[0];
    },
    'a CDU',
  );
  if (!cdu.ok) return cdu;
  if (cooling.startsWith('liquid') && !cdu.value)
    return err(`cduSku: the catalog has no ${wantPlacement} CDU.`);
  if (cdu.value && cooling.startsWith('liquid') && cdu.value.placement !== wantPlacement)
    return err(
      `cduSku: '${cdu.value.sku}' is a ${cdu.value.placement} CDU; ${cooling} needs a ${wantPlacement} one.`,
    );
  if (cooling === 'rear-door' && doorList.length === 0) return err('doorSku: the catalog has no rear door.');
  const battery = pick(
    catalog,
    request.batterySku ?? (request.rideThroughMin ? 'battery-cabinet-200kwh' : undefined),
    'batterySku',
    (i): i is Battery => i.kind === 'battery',
    () => undefined,
    'a battery',
  );
  if (!battery.ok) return battery;
  const choices = networkChoices(catalog, request.networks);
  if (!choices.ok) return choices;
  const maxRackW =
    request.maxRackKw !== undefined
      ? request.maxRackKw * 1000
      : (rack.value?.maxW ?? Number.POSITIVE_INFINITY);
  return ok({
    unit: u,
    powerPath: request.powerPath ?? 'ab-2n',
    cooling,
    rack: rack.value as Rack,
    maxRackW,
    pdu: pdu.value,
    shelf: shelf.value,
    doors: doorList,
    cdu: cooling.startsWith('liquid') ? cdu.value : undefined,
    networkRack: netRack.value as Rack,
    battery: battery.value,
    rideThroughMin: request.rideThroughMin ?? 0,
    choices: choices.value,
    stated: request.limits ?? {},
    deratingFraction: derating,
  });
}

function networkChoices(
  catalog: Catalog,
  wanted: PodPlanRequest['networks'],
): Result<PodNetworkChoices, string> {
  const defaults = defaultChoices(catalog);
  const out: Partial<Record<NetworkRole, PodNetworkChoices[NetworkRole]>> = {};
  for (const role of NETWORK_ROLES) {
    const w = wanted?.[role];
    if (w === null) continue;
    const choice = w ?? defaults[role];
    if (!choice) continue;
    const item = catalog.items.get(choice.switch);
    if (item?.kind !== 'switch')
      return err(`networks.${role}.switch: '${choice.switch}' is not a switch in the catalog.`);
    out[role] = choice;
  }
  return ok(out as PodNetworkChoices);
}
