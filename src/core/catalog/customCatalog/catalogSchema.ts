/**
 * The catalog JSON format, version 1: `{ "schemaVersion": 1, "items": [CatalogItem, …] }`. One zod schema per
 * item kind, mirroring `model/catalog.ts` field for field; every object is strict (an unknown field is an error,
 * so a typo never silently drops a figure). `schema/catalog.schema.json` is generated from these schemas by
 * `scripts/emitCatalogSchema.ts`. Units are those of the model: W, kg, U, mm, L/min, °C, kWh, kW.
 */
import { z } from 'zod';
import * as B from '../../model/bounds';
import { isCurrencyCode } from '../../model/currency';

export const CATALOG_SCHEMA_VERSION = 1;

/** A number from 0 to `max` (every figure is bounded: see model/bounds.ts). */
const upTo = (max: number) => z.number().min(0).max(max);
/** A number above 0 (at least `MIN_POSITIVE`, 0.001) and at most `max`. */
const above0UpTo = (max: number) => z.number().min(B.MIN_POSITIVE).max(max);
const fraction = z.number().min(0).max(1);
const count = z.number().int().min(0).max(B.MAX_COUNT);
const uHeight = z
  .number()
  .min(0)
  .max(B.MAX_RACK_HEIGHT_U)
  .multipleOf(0.5)
  .describe('Height in rack units, U.');
const watts = upTo(B.MAX_ITEM_POWER_W);
/** A conversion efficiency, above 0 and at most 1. */
const efficiency = z.number().min(B.MIN_POSITIVE).lte(1);
const kg = upTo(B.MAX_ITEM_WEIGHT_KG).describe('Weight, kg.');
const volts = above0UpTo(B.MAX_VOLTAGE_V).describe('Voltage, V.');
const text = z.string().min(1);

const grade = z.enum(['published', 'derived', 'estimate']);
const provenance = z.strictObject({ grade, source: z.string() });

const base = {
  sku: z
    .string()
    .min(1)
    .max(120)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/,
      'letters, digits and . _ : + - only, starting with a letter or digit',
    ),
  name: text,
  vendor: text,
  price: z.strictObject({
    amount: upTo(B.MAX_UNIT_PRICE).describe('Unit price in major units of the currency.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .refine(isCurrencyCode, { message: 'expected an ISO 4217 currency code such as USD' })
      .meta({ description: 'ISO 4217 currency code.', examples: ['USD'] }),
    example: z.boolean(),
    leadTimeWeeks: z
      .number()
      .min(0)
      .max(B.MAX_LEAD_TIME_WEEKS)
      .describe('Lead time from order, weeks.')
      .exactOptional(),
  }),
  provenance: z.strictObject({
    default: provenance,
    fields: z.record(z.string(), provenance).exactOptional(),
  }),
  description: z.string().exactOptional(),
  missing: z.array(z.string()).exactOptional(),
  inferred: z.array(z.string()).exactOptional(),
};

const footprint = z.strictObject({
  width: above0UpTo(B.MAX_FOOTPRINT_SIDE_MM),
  depth: above0UpTo(B.MAX_FOOTPRINT_SIDE_MM),
});

const portGroup = z.strictObject({
  name: text,
  count,
  speedGbps: above0UpTo(B.MAX_PORT_SPEED_GBPS),
  formFactor: z.enum(['OSFP', 'QSFP112', 'QSFP-DD', 'QSFP56', 'QSFP28', 'SFP28', 'SFP+', 'RJ45']),
  role: z.enum(['compute', 'storage', 'inband', 'oob', 'uplink', 'downlink']),
});

const power = z.strictObject({
  typicalW: watts,
  maxW: watts,
  psuCount: count,
  psuRedundancy: z.string(),
  psuRatingW: watts.exactOptional(),
  inputVoltageV: upTo(B.MAX_VOLTAGE_V),
  inlet: z.enum(['C14', 'C20', 'busbar', 'hardwired']),
  includesOptics: z
    .boolean()
    .describe('True when maxW already includes the optics in its ports.')
    .exactOptional(),
  powerFactor: z
    .number()
    .min(B.POWER_SETTING_BOUNDS.powerFactor[0])
    .max(B.POWER_SETTING_BOUNDS.powerFactor[1])
    .describe('PSU power factor at load (kW / kVA).')
    .exactOptional(),
  perGpuW: watts.describe('Maximum draw of one GPU, W.').exactOptional(),
  cappedW: watts.describe('Draw under the power-capped (Max-Q style) profile, W.').exactOptional(),
});

const thermal = z.strictObject({
  liquidFraction: fraction,
  airflow: z.enum(['front-to-rear', 'rear-to-front', 'side-to-side', 'passive']),
  cfm: upTo(B.MAX_AIRFLOW_CFM).exactOptional(),
});

interface Mounted {
  readonly placement: string;
  readonly uHeight: number;
  readonly missing?: readonly string[] | undefined;
}

/**
 * Height against placement: an item in rack U takes at least half a U (a 0U server would take no space) unless its
 * height is listed as `missing` (an imported 0U device the user must give a height before placing it); a 0U side
 * channel item takes none.
 */
function checkMountHeight(item: Mounted, ctx: z.RefinementCtx): void {
  const unknownHeight = item.missing?.includes('uHeight') ?? false;
  if (item.placement === 'rack-u' && item.uHeight < B.MIN_RACK_MOUNT_U && !unknownHeight) {
    ctx.addIssue({
      code: 'custom',
      path: ['uHeight'],
      message: `an item placed in rack U takes ${B.MIN_RACK_MOUNT_U} to ${B.MAX_RACK_HEIGHT_U} U, got ${item.uHeight} (only 0U side-channel PDUs take none; list 'uHeight' in missing when it is unknown)`,
    });
  }
  if (item.placement === 'rack-0u' && item.uHeight !== 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['uHeight'],
      message: `a rack-0u item takes no U: expected 0, got ${item.uHeight}`,
    });
  }
}

/** Typical draw cannot exceed max draw: budgets use max, energy uses typical. */
function checkDraw(
  item: { readonly power: { readonly typicalW: number; readonly maxW: number } },
  ctx: z.RefinementCtx,
): void {
  if (item.power.typicalW > item.power.maxW) {
    ctx.addIssue({
      code: 'custom',
      path: ['power', 'typicalW'],
      message: `typical draw ${item.power.typicalW} W exceeds the max draw ${item.power.maxW} W`,
    });
  }
}

const checkItGear = (item: Mounted & Parameters<typeof checkDraw>[0], ctx: z.RefinementCtx): void => {
  checkMountHeight(item, ctx);
  checkDraw(item, ctx);
};

const itGear = {
  ...base,
  placement: z.literal('rack-u'),
  uHeight,
  fullDepth: z.boolean(),
  weightKg: kg,
  power,
  thermal,
  ports: z.array(portGroup).max(B.MAX_COUNT),
  gpuCount: z.number().int().min(0).max(B.MAX_GPU_COUNT),
};

const rack = z.strictObject({
  ...base,
  kind: z.literal('rack'),
  placement: z.literal('floor'),
  heightU: z.number().int().min(1).max(B.MAX_RACK_HEIGHT_U).describe('Usable height, U.'),
  widthMm: above0UpTo(B.MAX_RACK_SIDE_MM),
  depthMm: above0UpTo(B.MAX_RACK_SIDE_MM),
  staticLoadKg: above0UpTo(B.MAX_RACK_LOAD_KG),
  weightKg: kg,
  maxW: above0UpTo(B.MAX_ITEM_POWER_W).exactOptional(),
});

const server = z.strictObject({ ...itGear, kind: z.literal('server') }).superRefine(checkItGear);
const networkRole = z.enum(['compute', 'storage', 'inband', 'oob']);
const switchItem = z
  .strictObject({ ...itGear, kind: z.literal('switch'), fabric: networkRole })
  .superRefine(checkItGear);
const rackmount = z.strictObject({ ...itGear, kind: z.literal('rackmount') }).superRefine(checkItGear);

const pdu = z
  .strictObject({
    ...base,
    kind: z.literal('pdu'),
    placement: z.enum(['rack-0u', 'rack-u']),
    uHeight,
    fullDepth: z.boolean(),
    voltageV: volts,
    phases: z.union([z.literal(1), z.literal(3)]),
    inputAmps: above0UpTo(B.MAX_INPUT_AMPS),
    deratingFraction: fraction.exactOptional(),
    outlets: z.array(z.strictObject({ type: z.enum(['C13', 'C19', 'busbar']), count })).max(B.MAX_COUNT),
    weightKg: kg,
    ports: z.array(portGroup).max(B.MAX_COUNT),
  })
  .superRefine(checkMountHeight);

const powerShelf = z
  .strictObject({
    ...base,
    kind: z.literal('power-shelf'),
    placement: z.literal('rack-u'),
    uHeight,
    fullDepth: z.boolean(),
    outputW: watts,
    psuCount: count,
    psuRedundancy: z.string(),
    busbarV: volts,
    weightKg: kg,
    efficiency: efficiency.describe('AC→DC efficiency: AC input = DC output / efficiency.').exactOptional(),
    energyStorageJ: upTo(B.MAX_ITEM_POWER_W).describe('Energy stored for load smoothing, J.').exactOptional(),
  })
  .superRefine(checkMountHeight);

const cdu = z
  .strictObject({
    ...base,
    kind: z.literal('cdu'),
    placement: z.enum(['rack-u', 'floor']),
    uHeight,
    fullDepth: z.boolean(),
    liquidCapacityW: watts,
    flowLpm: upTo(B.MAX_FLOW_LPM),
    approachC: upTo(B.MAX_APPROACH_C),
    powerW: watts,
    weightKg: kg,
    footprintMm: footprint.exactOptional(),
  })
  .superRefine(checkMountHeight);

const rdhx = z.strictObject({
  ...base,
  kind: z.literal('rdhx'),
  placement: z.literal('rack-door'),
  airCapacityW: watts,
  powerW: watts,
  passive: z.boolean(),
  weightKg: kg,
});

const inRowCooler = z.strictObject({
  ...base,
  kind: z.literal('inrow-cooler'),
  placement: z.literal('floor'),
  airCapacityW: watts,
  powerW: watts,
  weightKg: kg,
  footprintMm: footprint,
});

const battery = z.strictObject({
  ...base,
  kind: z.literal('battery'),
  placement: z.literal('floor'),
  energyKwh: upTo(B.MAX_BATTERY_ENERGY_KWH),
  powerKw: upTo(B.MAX_BATTERY_POWER_KW),
  roundTripEfficiency: fraction,
  weightKg: kg,
  footprintMm: footprint,
  cycleLife: upTo(1_000_000).describe('Full-equivalent cycles to end of life.').exactOptional(),
  calendarLifeYears: upTo(100).describe('Calendar life, years.').exactOptional(),
});

const ups = z
  .strictObject({
    ...base,
    kind: z.literal('ups'),
    placement: z.enum(['floor', 'rack-u']),
    uHeight,
    fullDepth: z.boolean(),
    capacityW: watts,
    runtimeMin: upTo(B.MAX_RUNTIME_MIN),
    efficiency: fraction,
    capacityVa: watts.describe('Apparent-power rating, VA.').exactOptional(),
    batteryKwh: upTo(B.MAX_BATTERY_ENERGY_KWH).describe('Usable battery energy, kWh.').exactOptional(),
    runtimeCurve: z
      .array(z.strictObject({ loadFraction: fraction, runtimeS: upTo(B.MAX_RUNTIME_MIN * 60) }))
      .min(1)
      .max(32)
      .describe('Battery backup runtime curve: seconds at each fraction of the rating.')
      .exactOptional(),
    weightKg: kg,
    footprintMm: footprint.exactOptional(),
  })
  .superRefine(checkMountHeight);

const transformer = z.strictObject({
  ...base,
  kind: z.literal('transformer'),
  placement: z.literal('floor'),
  ratingVa: above0UpTo(B.MAX_ITEM_POWER_W),
  efficiency,
  primaryV: volts,
  secondaryV: volts,
  weightKg: kg,
  footprintMm: footprint,
});

const generator = z.strictObject({
  ...base,
  kind: z.literal('generator'),
  placement: z.literal('floor'),
  ratingVa: above0UpTo(B.MAX_ITEM_POWER_W),
  ratingW: above0UpTo(B.MAX_ITEM_POWER_W),
  blockLoadFraction: efficiency,
  startSeconds: upTo(B.MAX_RUNTIME_MIN * 60),
  weightKg: kg,
  footprintMm: footprint,
});

const service = z.strictObject({
  ...base,
  kind: z.literal('service'),
  placement: z.literal('none'),
  unit: z.enum(['each', 'year']).describe('What one unit of quantity is: one job, or one year of cover.'),
  weightKg: z.literal(0),
});

/** One catalog item, any kind. */
export const catalogItemSchema = z.discriminatedUnion('kind', [
  rack,
  server,
  switchItem,
  rackmount,
  pdu,
  powerShelf,
  cdu,
  rdhx,
  inRowCooler,
  battery,
  ups,
  transformer,
  generator,
  service,
]);

/** A catalog file. */
export const catalogFileSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  items: z.array(catalogItemSchema),
});

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What the schema accepts, with the model's readonly arrays. */
export type CatalogItemJson = DeepReadonly<z.output<typeof catalogItemSchema>>;

/** The JSON Schema (draft 2020-12) of the catalog file, as committed in `schema/catalog.schema.json`. */
export function catalogJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogFileSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated['$schema'],
    $id: 'https://podplan.dev/schema/catalog.schema.json',
    title: 'podplan catalog',
    description: `A podplan equipment catalog, schemaVersion ${CATALOG_SCHEMA_VERSION}. See docs/catalog-format.md.`,
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}
