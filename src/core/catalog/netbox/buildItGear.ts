/**
 * Servers, switches and other rack-mount gear from a NetBox device type: system power from the PSU rule
 * (`psuPower.ts`), per-U fallbacks when the file has no draw, plausibility checks on what it does say.
 */
import type { PowerSpec, RackMountGear, Server, Switch } from '../../model/catalog';
import type { BuildContext, ItemSpecific } from './buildContext';
import { checkRackHeight, estimateU, resolveAirflow, resolveWeight } from './buildContext';
import { deviceText } from './classify';
import { derived, estimate, fmtW } from './findings';
import { inletOf, plugCircuit } from './powerPlugs';
import { buildPortGroups, missingPortNames, portPowerFloorW, switchFabric } from './ports';
import { systemPower } from './psuPower';
import { systemPowerFromText } from './textHints';

export type ItGearSpecific = ItemSpecific<Server> | ItemSpecific<Switch> | ItemSpecific<RackMountGear>;

/** A single PSU above this rating is implausible for rack gear (the largest common ones are 5.5–6 kW). */
export const MAX_PLAUSIBLE_PSU_W = 6000;
/** Per-GPU floor for a GPU server's max draw (an A100 SXM alone is 400 W), plus 300 W for CPUs and fans. */
export const MIN_W_PER_GPU = 300;

const PSU_BAY = /\b(?:PSU|PS|PWR|power[\s-]?supply)[\s-]?\d*\b/i;

export function buildItGear(ctx: BuildContext): ItGearSpecific {
  const { dt, f, cls, tally, fallbacks } = ctx;
  const kind = cls.kind === 'switch' ? 'switch' : cls.kind === 'server' ? 'server' : 'rackmount';
  const klass = kind === 'server' && cls.gpu ? 'gpuServer' : kind;
  const uHeight = checkRackHeight(ctx, true);
  if (dt.subdeviceRole === 'child') f.note('subdevice_role child: a sled for a parent chassis');
  if (dt.deviceBays.length > 0) {
    f.note(
      `parent chassis with ${dt.deviceBays.length} device bays: its children are separate NetBox devices`,
    );
  }

  // Passive: no power by design and nothing that would draw it (patch and blanking panels).
  const passive = dt.isPowered === false && tally.dataPorts === 0 && !cls.gpu;
  const maxKgPerU = klass === 'gpuServer' ? 40 : 25;
  const weightKg = resolveWeight(ctx, fallbacks.kgPerU[klass], maxKgPerU);
  const airflow = resolveAirflow(ctx, passive);

  const gpuCount = resolveGpuCount(ctx);
  const power = resolvePower(ctx, klass, passive, gpuCount);

  const owner = kind === 'switch' ? 'switch' : 'server';
  const ports = buildPortGroups(tally, owner);
  noteInterfaces(ctx);

  const liquid = /liquid[- ]cooled|direct[- ]to[- ]chip|\bDLC\b|cold[- ]?plate/i.exec(deviceText(dt));
  let liquidFraction = 0;
  if (liquid) {
    liquidFraction = 0.8;
    f.miss(
      'thermal.liquidFraction',
      `the text says '${liquid[0]}' but gives no liquid/air split; estimate 0.8 (direct-to-chip)`,
      estimate('direct-to-chip liquid cooling takes ~80 % of the heat'),
    );
  } else {
    f.source('thermal.liquidFraction', 'estimate', 'NetBox has no cooling data; assumed air-cooled');
  }

  const common = {
    placement: 'rack-u' as const,
    uHeight,
    fullDepth: dt.isFullDepth,
    weightKg,
    power,
    thermal: { liquidFraction, airflow: airflow.direction },
    ports,
    gpuCount,
  };
  if (kind === 'switch') {
    const fabric = switchFabric(tally);
    f.infer(
      'fabric',
      `${fabric} (${tally.infiniband ? 'InfiniBand ports' : tally.maxDataSpeedGbps > 0 ? `fastest data port ${tally.maxDataSpeedGbps} Gb/s` : 'no data ports listed'}); NetBox does not say which network a switch serves`,
      derived('from the switch port speeds'),
    );
    return { kind, fabric, ...common };
  }
  return { kind, ...common };
}

function resolveGpuCount(ctx: BuildContext): number {
  const { cls, f } = ctx;
  if (cls.gpuCount !== null) {
    f.infer('gpuCount', cls.gpuWhy ?? `${cls.gpuCount}`, derived(cls.gpuWhy ?? 'from the file text'));
    return cls.gpuCount;
  }
  if (cls.kind === 'server' && cls.gpu) {
    f.miss(
      'gpuCount',
      'GPU server, but the file does not say how many GPUs; 0 until set',
      estimate('unknown'),
    );
  }
  return 0;
}

function resolvePower(
  ctx: BuildContext,
  klass: keyof BuildContext['fallbacks']['wattsPerU'],
  passive: boolean,
  gpuCount: number,
): PowerSpec {
  const { dt, f, fallbacks, tally } = ctx;
  const wPerU = fallbacks.wattsPerU[klass];
  const estW = wPerU * estimateU(dt.uHeight);
  const estHow = `estimate ${fmtW(estW)} (${wPerU} W/U × ${estimateU(dt.uHeight)} U)`;
  const typicalOf = (maxW: number): number => Math.round(maxW * fallbacks.typicalFraction);
  const typicalPct = `${Math.round(fallbacks.typicalFraction * 100)} %`;

  if (passive) {
    f.infer('power.maxW', 'is_powered: false and no active parts: draws no power by design → 0 W');
    return { typicalW: 0, maxW: 0, psuCount: 0, psuRedundancy: 'none', inputVoltageV: 0, inlet: 'hardwired' };
  }
  if (dt.isPowered === false && dt.powerPorts.length === 0) {
    // Busbar-fed trays (GB300 compute tray, NVLink switch tray): no inlet by design, but they do draw power, from
    // the rack's power shelf. NetBox cannot say how much, so the figure is missing, never a silent zero.
    const why =
      'is_powered: false: fed from the rack busbar/power shelf, which NetBox does not model as a draw';
    f.miss('power.maxW', `${why}; ${estHow}`, estimate(`${wPerU} W per U, no draw in the NetBox file`));
    f.miss(
      'power.typicalW',
      `${typicalPct} of the estimated max`,
      estimate(`${typicalPct} of the estimated max`),
    );
    f.source('power.inputVoltageV', 'estimate', '48 V DC busbar assumed');
    return {
      typicalW: typicalOf(estW),
      maxW: estW,
      psuCount: 0,
      psuRedundancy: 'busbar',
      inputVoltageV: 48,
      inlet: 'busbar',
    };
  }

  const sp = systemPower(dt.powerPorts);
  for (const n of sp.notes) f.note(`power: ${n}`);
  const psuBays = dt.moduleBays.filter((b) => PSU_BAY.test(b.name) || PSU_BAY.test(b.position ?? '')).length;
  const firstType = dt.powerPorts[0]?.type ?? null;
  const inlet = inletOf(firstType) ?? 'hardwired';
  if (firstType !== null && inletOf(firstType) === null) {
    f.infer('power.inlet', `NetBox '${firstType}' has no podplan inlet type; recorded as hardwired`);
  }
  const plugV = plugCircuit(firstType)?.voltageV;
  const inputVoltageV = plugV ?? (firstType === 'dc-terminal' ? 48 : 230);
  if (plugV === undefined) {
    f.source(
      'power.inputVoltageV',
      'estimate',
      firstType === 'dc-terminal'
        ? '48 V DC assumed for a DC terminal'
        : '230 V assumed (the inlet fixes no voltage)',
    );
  }

  let maxW: number;
  let typicalW: number;
  // When the ports' maximum_draw is implausible, their allocated_draw is not trusted either.
  let drawsTrusted = true;
  const textPower = systemPowerFromText(deviceText(dt));
  const fromText = (figure: NonNullable<typeof textPower>, why: string): number => {
    f.infer(
      'power.maxW',
      `${why}${fmtW(figure.value)} from the text '${figure.text}'`,
      derived(`text '${figure.text}'`),
    );
    return figure.value;
  };
  if (sp.maxW === null && textPower) {
    maxW = fromText(textPower, '');
  } else if (sp.maxW === null) {
    const why =
      dt.powerPorts.length === 0
        ? psuBays > 0
          ? `no power-ports: the PSUs sit in ${psuBays} module bays and their draw in PSU module types, which this importer does not read`
          : 'no power-ports and no PSU module bays'
        : `${dt.powerPorts.length} power port${dt.powerPorts.length === 1 ? '' : 's'} without maximum_draw`;
    f.miss('power.maxW', `${why}; ${estHow}`, estimate(`${wPerU} W per U, no draw in the NetBox file`));
    maxW = estW;
  } else {
    maxW = sp.maxW;
    f.infer(
      'power.maxW',
      sp.maxHow ?? fmtW(maxW),
      derived(`PSU rule (${sp.redundancy}) on the file's maximum_draw`),
    );
    const floorW = Math.max(portPowerFloorW(tally), gpuCount > 0 ? gpuCount * MIN_W_PER_GPU + 300 : 0);
    if (sp.psuRatingW !== null && sp.psuRatingW > MAX_PLAUSIBLE_PSU_W) {
      f.miss(
        'power.maxW',
        `a PSU rated ${fmtW(sp.psuRatingW)} is implausible (above ${fmtW(MAX_PLAUSIBLE_PSU_W)}); kept ${fmtW(maxW)} as published (safe side for budgets), confirm it`,
      );
    } else if (maxW < floorW && textPower && textPower.value >= floorW) {
      drawsTrusted = false;
      maxW = fromText(textPower, `the file's ${fmtW(maxW)} is implausibly low (under ${fmtW(floorW)}); `);
    } else if (maxW < floorW) {
      drawsTrusted = false;
      const replaced = Math.max(estW, Math.ceil(floorW));
      f.miss(
        'power.maxW',
        `the file's ${fmtW(maxW)} is implausibly low: its ${gpuCount > 0 ? `${gpuCount} GPUs and ` : ''}ports alone need about ${fmtW(floorW)}; using ${fmtW(replaced)}, the larger of that floor and the ${wPerU} W/U × ${estimateU(dt.uHeight)} U estimate`,
        estimate(`replaces an implausible ${fmtW(maxW)} from the NetBox file`),
      );
      maxW = replaced;
    }
    if (psuBays > 0 && psuBays !== dt.powerPorts.length) {
      f.miss(
        'power.maxW',
        `${dt.powerPorts.length} power ports but ${psuBays} PSU module bays: computed for the ${dt.powerPorts.length} ports (${sp.redundancy}); confirm the PSU count`,
      );
    }
  }
  const maxEstimated = ctx.f.fields['power.maxW']?.grade === 'estimate';
  if (sp.typicalW !== null && !maxEstimated && drawsTrusted) {
    typicalW = Math.min(sp.typicalW, maxW);
    f.infer('power.typicalW', sp.typicalHow ?? fmtW(typicalW), derived('PSU rule on the allocated_draw'));
  } else if (maxEstimated) {
    typicalW = typicalOf(maxW);
    f.miss(
      'power.typicalW',
      `${typicalPct} of the estimated max`,
      estimate(`${typicalPct} of the estimated max`),
    );
  } else {
    typicalW = typicalOf(maxW);
    f.infer(
      'power.typicalW',
      `no allocated_draw: ${typicalPct} of max → ${fmtW(typicalW)}`,
      estimate(`${typicalPct} of max draw`),
    );
  }

  const psuCount = dt.powerPorts.length > 0 ? dt.powerPorts.length : psuBays;
  const spec: PowerSpec = {
    typicalW,
    maxW,
    psuCount,
    psuRedundancy: dt.powerPorts.length > 0 ? sp.redundancy : psuBays > 0 ? 'unknown' : 'none',
    inputVoltageV,
    inlet,
  };
  return sp.psuRatingW !== null ? { ...spec, psuRatingW: sp.psuRatingW } : spec;
}

function noteInterfaces(ctx: BuildContext): void {
  const { dt, f, tally } = ctx;
  const absent = missingPortNames(dt.interfaces);
  if (absent.length > 0) {
    f.miss(
      'ports',
      `the interface list looks incomplete: ${absent.join(', ')} absent while the other cages list every sub-port; counts are as listed`,
    );
  }
  if (tally.otherTypes.size > 0) {
    const list = [...tally.otherTypes].map(([t, n]) => `${n} × ${t}`).join(', ');
    f.note(`interfaces podplan cannot map, counted as 'other': ${list}`);
  }
  if (tally.ignoredLogical > 0) f.note(`${tally.ignoredLogical} virtual/lag/bridge interfaces ignored`);
  if (tally.ignoredBackplane > 0)
    f.note(`${tally.ignoredBackplane} backplane interfaces ignored (not cabled)`);
  if (dt.moduleBays.length > 0) f.note(`${dt.moduleBays.length} module bays (modules are not imported)`);
}
