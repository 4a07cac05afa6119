/**
 * The catalog JSON format, version 1: `{ "schemaVersion": 1, "items": [CatalogItem, …] }`. One zod schema per
 * item kind, mirroring `model/catalog.ts` field for field; every object is strict (an unknown field is an error,
 * so a typo never silently drops a figure). `schema/catalog.schema.json` is generated from these schemas by
 * `scripts/emitCatalogSchema.ts`. Units are those of the model: W, kg, U, mm, L/min, °C, kWh, kW.
 */
import { z } from 'zod';
import type { CatalogItem } from '../../model/catalog';
import type { Sku } from '../../model/ids';

export const CATALOG_SCHEMA_VERSION = 1;

const nonNegative = z.number().nonnegative();
const positive = z.number().positive();
const fraction = z.number().min(0).max(1);
const count = z.number().int().nonnegative();
const uHeight = z.number().nonnegative().multipleOf(0.5).max(60);
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
    amount: nonNegative,
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    example: z.boolean(),
  }),
  provenance: z.strictObject({
    default: provenance,
    fields: z.record(z.string(), provenance).exactOptional(),
  }),
  description: z.string().exactOptional(),
  missing: z.array(z.string()).exactOptional(),
  inferred: z.array(z.string()).exactOptional(),
};

const footprint = z.strictObject({ width: positive, depth: positive });

const portGroup = z.strictObject({
  name: text,
  count,
  speedGbps: positive,
  formFactor: z.enum(['OSFP', 'QSFP112', 'QSFP-DD', 'QSFP56', 'QSFP28', 'SFP28', 'SFP+', 'RJ45']),
  role: z.enum(['compute', 'storage', 'inband', 'oob', 'uplink', 'downlink']),
});

const power = z.strictObject({
  typicalW: nonNegative,
  maxW: nonNegative,
  psuCount: count,
  psuRedundancy: z.string(),
  psuRatingW: nonNegative.exactOptional(),
  inputVoltageV: nonNegative,
  inlet: z.enum(['C14', 'C20', 'busbar', 'hardwired']),
  includesOptics: z
    .boolean()
    .describe('True when maxW already includes the optics in its ports.')
    .exactOptional(),
});

const thermal = z.strictObject({
  liquidFraction: fraction,
  airflow: z.enum(['front-to-rear', 'rear-to-front', 'side-to-side', 'passive']),
  cfm: nonNegative.exactOptional(),
});

const itGear = {
  ...base,
  placement: z.literal('rack-u'),
  uHeight,
  fullDepth: z.boolean(),
  weightKg: nonNegative,
  power,
  thermal,
  ports: z.array(portGroup),
  gpuCount: count,
};

const rack = z.strictObject({
  ...base,
  kind: z.literal('rack'),
  placement: z.literal('floor'),
  heightU: z.number().int().positive(),
  widthMm: positive,
  depthMm: positive,
  staticLoadKg: positive,
  weightKg: nonNegative,
  maxW: positive.exactOptional(),
});

const server = z.strictObject({ ...itGear, kind: z.literal('server') });
const networkRole = z.enum(['compute', 'storage', 'inband', 'oob']);
const switchItem = z.strictObject({ ...itGear, kind: z.literal('switch'), fabric: networkRole });
const rackmount = z.strictObject({ ...itGear, kind: z.literal('rackmount') });

const pdu = z.strictObject({
  ...base,
  kind: z.literal('pdu'),
  placement: z.enum(['rack-0u', 'rack-u']),
  uHeight,
  fullDepth: z.boolean(),
  voltageV: positive,
  phases: z.union([z.literal(1), z.literal(3)]),
  inputAmps: positive,
  deratingFraction: fraction.exactOptional(),
  outlets: z.array(z.strictObject({ type: z.enum(['C13', 'C19', 'busbar']), count })),
  weightKg: nonNegative,
  ports: z.array(portGroup),
});

const powerShelf = z.strictObject({
  ...base,
  kind: z.literal('power-shelf'),
  placement: z.literal('rack-u'),
  uHeight,
  fullDepth: z.boolean(),
  outputW: nonNegative,
  psuCount: count,
  psuRedundancy: z.string(),
  busbarV: positive,
  weightKg: nonNegative,
});

const cdu = z.strictObject({
  ...base,
  kind: z.literal('cdu'),
  placement: z.enum(['rack-u', 'floor']),
  uHeight,
  fullDepth: z.boolean(),
  liquidCapacityW: nonNegative,
  flowLpm: nonNegative,
  approachC: nonNegative,
  powerW: nonNegative,
  weightKg: nonNegative,
  footprintMm: footprint.exactOptional(),
});

const rdhx = z.strictObject({
  ...base,
  kind: z.literal('rdhx'),
  placement: z.literal('rack-door'),
  airCapacityW: nonNegative,
  powerW: nonNegative,
  passive: z.boolean(),
  weightKg: nonNegative,
});

const inRowCooler = z.strictObject({
  ...base,
  kind: z.literal('inrow-cooler'),
  placement: z.literal('floor'),
  airCapacityW: nonNegative,
  powerW: nonNegative,
  weightKg: nonNegative,
  footprintMm: footprint,
});

const battery = z.strictObject({
  ...base,
  kind: z.literal('battery'),
  placement: z.literal('floor'),
  energyKwh: nonNegative,
  powerKw: nonNegative,
  roundTripEfficiency: fraction,
  weightKg: nonNegative,
  footprintMm: footprint,
});

const ups = z.strictObject({
  ...base,
  kind: z.literal('ups'),
  placement: z.enum(['floor', 'rack-u']),
  uHeight,
  fullDepth: z.boolean(),
  capacityW: nonNegative,
  runtimeMin: nonNegative,
  efficiency: fraction,
  weightKg: nonNegative,
  footprintMm: footprint.exactOptional(),
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

/** Compile-time proof that the schema and the model agree: every item fits the schema, and back (SKU branded). */
export const itemToJson = (item: CatalogItem): CatalogItemJson => item;
export const itemFromJson = (item: CatalogItemJson): CatalogItem => ({ ...item, sku: item.sku as Sku });

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
