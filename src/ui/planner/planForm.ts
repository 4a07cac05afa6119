/**
 * The "Plan a pod" dialog's form: what the user typed (text, so a half-typed number is kept), its defaults, and
 * the core's `PodPlanRequest` it stands for. A field that does not read as a number says which field and what
 * it got, and nothing is planned.
 */
import type {
  Catalog,
  CoolingApproach,
  Layout,
  NetworkRole,
  PodLimits,
  PodPlanRequest,
  PowerPath,
} from '../../core';
import { defaultChoices, NETWORK_ROLES, parseOversubscription, RACK_SCALE_PRESETS } from '../../core';

export type TargetKind = 'gpus' | 'itMw' | 'fill';
export type Envelope = 'size' | 'pod';

export interface NetworkDraft {
  readonly on: boolean;
  /** Oversubscription at the leaves, `down:up` (1:1 is non-blocking). */
  readonly ratio: string;
}

export interface PlanDraft {
  readonly targetKind: TargetKind;
  /** Target GPUs (count). */
  readonly gpus: string;
  /** Target IT load, MW at max draw. */
  readonly itMw: string;
  /** A GPU server SKU or a rack-scale preset id. */
  readonly platform: string;
  /** '' = the planner's default for the platform. */
  readonly cooling: CoolingApproach | '';
  readonly rackSku: string;
  /** kW per compute rack at max draw; '' = the rack's design limit. */
  readonly maxRackKw: string;
  readonly powerPath: PowerPath;
  readonly pduSku: string;
  readonly powerShelfSku: string;
  /** `size`: the utility feed, facility water and room air are sized to the plan; `pod`: held to the figures below. */
  readonly envelope: Envelope;
  readonly feedKw: string;
  readonly waterKw: string;
  readonly roomAirKw: string;
  readonly networks: Readonly<Record<NetworkRole, NetworkDraft>>;
  /** Battery ride-through at max draw, minutes; '' or 0 = no batteries. */
  readonly rideThroughMin: string;
}

/** The platform the dialog starts on: DGX H100 when the catalog has it, else the first GPU platform. */
export function platformOptions(catalog: Catalog): { readonly id: string; readonly label: string }[] {
  const servers = [...catalog.items.values()]
    .filter((i) => i.kind === 'server' && i.gpuCount > 0)
    .map((i) => ({
      id: i.sku as string,
      label: `${i.name} (${i.kind === 'server' ? i.gpuCount : 0} GPUs, ${(i.kind === 'server' ? i.power.maxW / 1000 : 0).toLocaleString('en-US', { maximumFractionDigits: 1 })} kW)`,
    }));
  const presets = RACK_SCALE_PRESETS.filter((p) =>
    p.items.every((x) => catalog.items.has(x.sku as never)),
  ).map((p) => ({ id: p.id, label: `${p.name} (rack-scale)` }));
  return [...servers, ...presets];
}

export function initialDraft(catalog: Catalog, layout: Layout): PlanDraft {
  const options = platformOptions(catalog);
  const platform = options.find((o) => o.id === 'nvidia-dgx-h100')?.id ?? options[0]?.id ?? '';
  const defaults = defaultChoices(catalog);
  const networks = {} as Record<NetworkRole, NetworkDraft>;
  for (const role of NETWORK_ROLES) networks[role] = { on: defaults[role] !== undefined, ratio: '1:1' };
  const l = layout.limits;
  return {
    targetKind: 'gpus',
    gpus: '256',
    itMw: '1',
    platform,
    cooling: '',
    rackSku: '',
    maxRackKw: '',
    powerPath: 'ab-2n',
    pduSku: '',
    powerShelfSku: '',
    envelope: 'size',
    feedKw: String(l.utilityFeedKw),
    waterKw: String(l.facilityWaterKw),
    roomAirKw: String(l.roomAirKw),
    networks,
    rideThroughMin: '',
  };
}

type Parsed =
  { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly error: string };

/** '' is "not given"; anything else must be a number above 0 (a whole one when `whole`). */
function parseNumber(text: string, field: string, unit: string, whole = false): Parsed {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return { ok: true, value: undefined };
  const v = Number(t);
  if (!Number.isFinite(v) || v <= 0 || (whole && !Number.isInteger(v)))
    return {
      ok: false,
      error: `${field}: expected ${whole ? 'a whole number' : 'a number'} above 0${unit ? ` ${unit}` : ''}, got '${text}'.`,
    };
  return { ok: true, value: v };
}

/** The request the draft stands for, or the first field that is wrong, in words. */
export function requestOf(
  draft: PlanDraft,
  catalog: Catalog,
): { readonly ok: true; readonly request: PodPlanRequest } | { readonly ok: false; readonly error: string } {
  const numbers = {
    gpus: parseNumber(draft.gpus, 'Target GPUs', '', true),
    itMw: parseNumber(draft.itMw, 'Target IT load', 'MW'),
    maxRackKw: parseNumber(draft.maxRackKw, 'kW per rack', 'kW'),
    feedKw: parseNumber(draft.feedKw, 'Utility feed', 'kW'),
    waterKw: parseNumber(draft.waterKw, 'Facility water', 'kW'),
    roomAirKw: parseNumber(draft.roomAirKw, 'Room air cooling', 'kW'),
    rideThroughMin: parseNumber(draft.rideThroughMin, 'Battery ride-through', 'min'),
  };
  for (const p of Object.values(numbers)) if (!p.ok) return p;
  const v = (k: keyof typeof numbers) => (numbers[k] as { value: number | undefined }).value;
  let target: PodPlanRequest['target'];
  if (draft.targetKind === 'gpus') {
    const gpus = v('gpus');
    if (gpus === undefined) return { ok: false, error: 'Target GPUs: enter how many GPUs to plan for.' };
    target = { kind: 'gpus', gpus };
  } else if (draft.targetKind === 'itMw') {
    const mw = v('itMw');
    if (mw === undefined) return { ok: false, error: 'Target IT load: enter the IT load in MW.' };
    target = { kind: 'itKw', kw: mw * 1000 };
  } else target = { kind: 'fill' };
  if (draft.platform === '') return { ok: false, error: 'Platform: the catalog has no GPU platform.' };
  const limits: { -readonly [K in keyof PodLimits]?: PodLimits[K] } = {};
  if (draft.envelope === 'pod' || draft.targetKind === 'fill') {
    const feed = v('feedKw');
    const water = v('waterKw');
    const air = v('roomAirKw');
    if (feed !== undefined) limits.utilityFeedKw = feed;
    if (water !== undefined) limits.facilityWaterKw = water;
    if (air !== undefined) limits.roomAirKw = air;
  }
  const defaults = defaultChoices(catalog);
  const networks: { -readonly [K in NetworkRole]?: NonNullable<PodPlanRequest['networks']>[K] } = {};
  for (const role of NETWORK_ROLES) {
    const n = draft.networks[role];
    const d = defaults[role];
    if (!n.on || !d) {
      networks[role] = null;
      continue;
    }
    const ratio = parseOversubscription(n.ratio);
    if (!ratio)
      return {
        ok: false,
        error: `Oversubscription (${role}): expected down:up such as 1:1 or 2:1, got '${n.ratio}'.`,
      };
    networks[role] = { ...d, oversubscription: ratio };
  }
  const maxRackKw = v('maxRackKw');
  const ride = v('rideThroughMin');
  const request: PodPlanRequest = {
    target,
    platform: draft.platform,
    ...(draft.cooling !== '' && { cooling: draft.cooling }),
    ...(draft.rackSku !== '' && { rackSku: draft.rackSku }),
    ...(maxRackKw !== undefined && { maxRackKw }),
    ...(draft.powerPath !== 'ab-2n' && { powerPath: draft.powerPath }),
    ...(draft.pduSku !== '' && { pduSku: draft.pduSku }),
    ...(draft.powerShelfSku !== '' && { powerShelfSku: draft.powerShelfSku }),
    ...(Object.keys(limits).length > 0 && { limits }),
    networks,
    ...(ride !== undefined && { rideThroughMin: ride }),
  };
  return { ok: true, request };
}

/**
 * The pod the plan is laid on: an empty pod that keeps the working pod's name, limits (power factor, derating,
 * coolant), floor pitch, quote, imported catalog items, prices and saved scenarios.
 */
export function planBase(layout: Layout): Layout {
  return {
    ...layout,
    racks: [],
    devices: [],
    sideItems: [],
    floorUnits: [],
    links: [],
    oversubscriptionTargets: [],
  };
}
