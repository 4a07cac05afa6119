/**
 * `podplan plan --gpus N --platform SKU [...]`: plans a complete pod with the core's planner (the same function as
 * the app's "Plan a pod"), writes the layout (`-o`) with its alternatives saved as scenarios, and prints the summary,
 * the binding constraint and the alternatives.
 */
import type { CoolingApproach, Layout, PlanVariant, PodPlanRequest, PowerPath } from '../../core';
import {
  POWER_PATHS,
  builtinCatalog,
  COOLING_APPROACHES,
  formatMoney,
  fromMinor,
  planVariants,
  serializeLayout,
} from '../../core';
import { parse } from '../args';
import { CATALOG_HELP, CATALOG_OPTION, catalogFor } from '../catalogOption';
import type { CliCommand } from '../command';
import { EXIT } from '../command';

const USAGE =
  'podplan plan (--gpus N | --it-kw KW | --fill) --platform SKU [--cooling liquid] [--feed-kw 2000] [--json] [-o pod.json]';

const HELP = `${USAGE}

Plans a complete pod: compute racks filled as far as the rules allow, PDUs (or power shelves) on feeds A and B,
rear doors or CDUs, the networks sized, placed and wired, and batteries when asked. The plan validates with zero
errors, or it is the most that fits and the binding limit is named with its numbers. Limits you do not state are
sized to the plan and reported. Three or more alternatives are planned too and saved as scenarios in the layout.

Options:
  --gpus <n>              target GPUs (rounded up to whole servers or racks)
  --it-kw <kw>            or: target IT load, kW at max draw
  --fill                  or: as much as the stated envelope holds (--feed-kw, --rows ... required to bound it)
  --platform <sku>        GPU server SKU (e.g. nvidia-dgx-h100) or 'gb200-nvl72' (required)
  --cooling <c>           ${COOLING_APPROACHES.join(' | ')} ('liquid' = liquid-floor); default: liquid-floor
                          for liquid-cooled platforms, else rear-door
  --rack <sku>            compute rack model (default rack-42u-600x1200, or the preset's rack)
  --max-rack-kw <kw>      power per rack you accept, kW (default: the rack's design limit)
  --pdu <sku>             rack PDU (default: the 0U PDU with the most usable power)
  --power-path <p>        ab-2n (A/B feeds, either carries the rack; default) or n+1 (any one circuit lost)
  --feed-kw <kw>          utility feed, kW
  --water-kw <kw>         facility water, kW
  --room-air-kw <kw>      room air cooling, kW
  --floor-rating <kg/m2>  floor rating, kg/m²
  --rows <n>              floor rows (default: as many as needed); --per-row <n> positions per row (default 10)
  --ride-through-min <m>  battery ride-through at max draw, minutes (default: no batteries)
  --json                  print {plan, variants} as JSON
  -o, --output <file>     write the layout JSON (with the alternatives as scenarios)
  ${CATALOG_HELP}
  -h, --help              show this help

Examples:
  podplan plan --gpus 1024 --platform nvidia-dgx-b200 --feed-kw 2000
  podplan plan --gpus 144 --platform gb200-nvl72 --json -o nvl72.json

Exit codes: 0 the whole target planned with zero errors, 1 planned short of the target (the binding limit is named),
2 bad arguments or an impossible request (the message names the flag).
`;

const OPTIONS = {
  gpus: { type: 'string' },
  'it-kw': { type: 'string' },
  fill: { type: 'boolean' },
  platform: { type: 'string' },
  cooling: { type: 'string' },
  rack: { type: 'string' },
  'max-rack-kw': { type: 'string' },
  pdu: { type: 'string' },
  'power-path': { type: 'string' },
  'feed-kw': { type: 'string' },
  'water-kw': { type: 'string' },
  'room-air-kw': { type: 'string' },
  'floor-rating': { type: 'string' },
  rows: { type: 'string' },
  'per-row': { type: 'string' },
  'ride-through-min': { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  ...CATALOG_OPTION,
} as const;

class BadFlag extends Error {}

function num(values: Record<string, unknown>, flag: string, wholeNumber = false): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(String(raw).trim());
  if (!Number.isFinite(n) || n <= 0 || (wholeNumber && !Number.isInteger(n)))
    throw new BadFlag(
      `--${flag} expects ${wholeNumber ? 'a whole number' : 'a number'} above 0, got '${String(raw)}'`,
    );
  return n;
}

function requestFrom(values: Record<string, unknown>): PodPlanRequest {
  const gpus = num(values, 'gpus', true);
  const itKw = num(values, 'it-kw');
  const fill = values.fill === true;
  if ([gpus, itKw, fill || undefined].filter((x) => x !== undefined).length !== 1)
    throw new BadFlag('give exactly one of --gpus, --it-kw and --fill');
  const platform = values.platform;
  if (typeof platform !== 'string')
    throw new BadFlag('--platform is required (e.g. nvidia-dgx-h100 or gb200-nvl72)');
  const coolingText = values.cooling === 'liquid' ? 'liquid-floor' : values.cooling;
  if (coolingText !== undefined && !COOLING_APPROACHES.includes(coolingText as CoolingApproach))
    throw new BadFlag(
      `--cooling expects one of liquid, ${COOLING_APPROACHES.join(', ')}; got '${String(coolingText)}'`,
    );
  const limits = {
    ...(num(values, 'feed-kw') !== undefined && { utilityFeedKw: num(values, 'feed-kw') as number }),
    ...(num(values, 'water-kw') !== undefined && { facilityWaterKw: num(values, 'water-kw') as number }),
    ...(num(values, 'room-air-kw') !== undefined && { roomAirKw: num(values, 'room-air-kw') as number }),
    ...(num(values, 'floor-rating') !== undefined && {
      floorRatingKgPerM2: num(values, 'floor-rating') as number,
    }),
  };
  const powerPath = values['power-path'];
  if (powerPath !== undefined && !POWER_PATHS.includes(powerPath as PowerPath))
    throw new BadFlag(`--power-path expects one of ${POWER_PATHS.join(', ')}; got '${String(powerPath)}'`);
  const rows = num(values, 'rows', true);
  const perRow = num(values, 'per-row', true);
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const rack = str('rack');
  const pdu = str('pdu');
  const maxRackKw = num(values, 'max-rack-kw');
  const ride = num(values, 'ride-through-min');
  return {
    target:
      gpus !== undefined
        ? { kind: 'gpus', gpus }
        : itKw !== undefined
          ? { kind: 'itKw', kw: itKw }
          : { kind: 'fill' },
    platform,
    ...(coolingText !== undefined && { cooling: coolingText as CoolingApproach }),
    ...(rack !== undefined && { rackSku: rack }),
    ...(pdu !== undefined && { pduSku: pdu }),
    ...(powerPath !== undefined && { powerPath: powerPath as PowerPath }),
    ...(maxRackKw !== undefined && { maxRackKw }),
    ...(ride !== undefined && { rideThroughMin: ride }),
    limits,
    ...((rows !== undefined || perRow !== undefined) && {
      floor: {
        ...(rows !== undefined && { rows }),
        ...(perRow !== undefined && { positionsPerRow: perRow }),
      },
    }),
  };
}

const money = (minor: number, currency: string) => formatMoney(fromMinor(minor, currency), currency);

function variantJson(v: PlanVariant) {
  const { layout, ...rest } = v.plan;
  void layout;
  return { label: v.label, change: v.change, ...rest };
}

function text(variants: readonly PlanVariant[], sized: readonly string[], layout: Layout): string {
  const [first] = variants;
  if (!first) return '';
  const p = first.plan;
  const lines = [
    p.summary,
    `Per rack: ${p.perRack.units} (${p.perRack.limit}). Price ${money(p.priceMinor, p.currency)} (${money(Math.round(p.priceMinor / Math.max(1, p.counts.gpus)), p.currency)} per GPU).`,
    p.binding ? `Binding: ${p.binding.text}` : `The whole target fits with zero errors.`,
  ];
  if (sized.length > 0)
    lines.push(
      `Sized to the plan: utility feed ${layout.limits.utilityFeedKw} kW, facility water ${layout.limits.facilityWaterKw} kW, room air ${layout.limits.roomAirKw} kW, floor ${layout.limits.floorRatingKgPerM2} kg/m² (${sized.join(', ')} were not stated).`,
    );
  lines.push('', 'Alternatives (saved as scenarios):');
  for (const v of variants)
    lines.push(
      `  ${v.label.padEnd(22)} ${v.plan.counts.gpus.toLocaleString('en-US')} GPUs, ${v.plan.counts.computeRacks + v.plan.counts.networkRacks} racks, ${v.plan.counts.floorPositions} floor positions, ${v.plan.totalKw.toFixed(1)} kW, ${money(v.plan.priceMinor, v.plan.currency)}, ${v.plan.errors} errors: ${v.change}`,
    );
  return `${lines.join('\n')}\n`;
}

export const planCommand: CliCommand = {
  words: ['plan'],
  summary: 'plan a complete pod for a GPU target, with alternatives',
  help: HELP,
  run(args, io) {
    const parsed = parse(args, OPTIONS, io, USAGE);
    if (!parsed) return EXIT.badInput;
    let request: PodPlanRequest;
    try {
      request = requestFrom(parsed.values);
    } catch (e) {
      if (!(e instanceof BadFlag)) throw e;
      io.stderr(`podplan plan: ${e.message}\nusage: ${USAGE}\n`);
      return EXIT.badInput;
    }
    const catalog = catalogFor(parsed.values, io);
    if (!catalog) return EXIT.badInput;
    const planned = planVariants(request, catalog);
    if (!planned.ok) {
      io.stderr(`podplan plan: ${planned.error}\n`);
      return EXIT.badInput;
    }
    const { variants } = planned.value;
    const imported = [
      ...new Set(
        [
          ...planned.value.layout.devices,
          ...planned.value.layout.racks,
          ...planned.value.layout.sideItems,
          ...planned.value.layout.floorUnits,
        ].map((r) => r.sku),
      ),
    ]
      .filter((s) => !builtinCatalog.items.has(s))
      .map((s) => catalog.items.get(s))
      .filter((i) => i !== undefined);
    const layout =
      imported.length > 0 ? { ...planned.value.layout, catalogItems: imported } : planned.value.layout;
    const first = variants[0]?.plan;
    if (typeof parsed.values.output === 'string') io.writeFile(parsed.values.output, serializeLayout(layout));
    if (parsed.values.json === true)
      io.stdout(
        `${JSON.stringify({ plan: first && variantJson(variants[0] as PlanVariant), variants: variants.map(variantJson) }, null, 2)}\n`,
      );
    else io.stdout(text(variants, first?.sizedLimits ?? [], layout));
    return first && first.counts.units < first.unitsWanted && request.target.kind !== 'fill'
      ? EXIT.findings
      : EXIT.ok;
  },
};
