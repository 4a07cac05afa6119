/**
 * The runtime schema of a layout file (`schemaVersion` 1). It mirrors `Layout` in `model/layout.ts` field for field,
 * in the same order: the serializer writes keys in this order and `schema/layout.schema.json` is generated from it.
 * Every object is strict, so a misspelt key is an error that names the key rather than a silently dropped field.
 */
import { z } from 'zod';
import { LAYOUT_SCHEMA_VERSION } from '../model/layout';
import type { Layout } from '../model/layout';
import { PRICED_KINDS } from '../model/quote';
import type { PricedKind } from '../model/quote';
import { catalogItemSchema } from '../catalog/customCatalog/catalogSchema';
import type { DeviceId, FloorUnitId, LinkId, RackId, Sku } from '../model/ids';

/** An id or catalog sku: non-empty, at most 100 characters. */
const idSchema = z.string().min(1).max(100);
/** A name shown to users: 1 to 200 characters. */
const nameSchema = z.string().min(1).max(200);
const positiveNumber = z.number().positive();
/** A capacity that may be zero: an air-only pod has no facility water, a liquid-only room no air cooling. */
const capacityNumber = z.number().nonnegative();
const feedSchema = z.enum(['A', 'B']).describe('Power feed: A or B.');

/** A port reference's port: `<group name>/<index>`, index from 1, or one lane of a broken-out port `…/<index>:<lane>`. */
const PORT_PATTERN = '^[^/].*/[1-9][0-9]*(:[1-9][0-9]*)?$';

const limitsSchema = z.strictObject({
  utilityFeedKw: positiveNumber.describe('Utility feed capacity, kW.'),
  utilityVoltageV: positiveNumber.describe('Utility feed voltage, V (line-to-line).'),
  facilityWaterKw: capacityNumber.describe('Heat the facility water loop can take, kW (0: none).'),
  roomAirKw: capacityNumber.describe("Air heat the room's cooling (CRAH/CRAC) can take, kW (0: none)."),
  floorRatingKgPerM2: positiveNumber.describe('Floor loading rating, kg/m².'),
  airDeltaTC: positiveNumber.describe('Design air temperature rise through the IT gear, °C.'),
  coolantDeltaTC: positiveNumber.describe('Design coolant temperature rise across the racks, °C.'),
  coolant: z.enum(['water', 'pg25']).describe('Secondary-loop coolant.'),
  deratingFraction: z
    .number()
    .gt(0)
    .lte(1)
    .describe("Fraction of a PDU circuit's rating usable for continuous load (0.8 under the US NEC)."),
});

const gridCount = z.number().int().min(1).max(1000);
const floorSchema = z.strictObject({
  rows: gridCount.describe('Number of rows.'),
  positionsPerRow: gridCount.describe('Positions in each row.'),
  pitchMm: positiveNumber.describe('Width of one position along the row, mm.'),
  rowDepthMm: positiveNumber.describe('Depth of a row, mm.'),
  aisleMm: positiveNumber.describe('Aisle between rows, mm.'),
});

const gridIndex = z.number().int().min(0);
const positionSchema = z
  .strictObject({ row: gridIndex, slot: gridIndex })
  .describe('A floor grid position: row and slot, both from 0.');

const rackSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  name: nameSchema,
  position: positionSchema,
  rearDoor: idSchema.describe('Sku of a rear-door heat exchanger hung on this rack.').exactOptional(),
});

const deviceSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  rack: idSchema,
  u: z.number().int().min(1).describe('Lowest U occupied, from 1 at the bottom.'),
  face: z.enum(['front', 'rear']),
  feed: feedSchema.exactOptional(),
  name: nameSchema.exactOptional(),
});

const sideItemSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  rack: idSchema,
  side: z.enum(['left', 'right']),
  feed: feedSchema,
  name: nameSchema.exactOptional(),
});

const floorUnitSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  position: positionSchema,
  serves: z
    .array(idSchema)
    .describe('Racks this unit serves. When absent: the racks of its row.')
    .exactOptional(),
  name: nameSchema.exactOptional(),
});

const portRefSchema = z.strictObject({
  device: idSchema,
  port: z
    .string()
    .max(100)
    .regex(new RegExp(PORT_PATTERN))
    .meta({
      description: '`<group name>/<index>`, index from 1; a breakout lane as `<group>/<index>:<lane>`.',
      examples: ['compute/3', 'down/12:2'],
    }),
});

const linkSchema = z.strictObject({ id: idSchema, a: portRefSchema, b: portRefSchema });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'expected a real calendar date YYYY-MM-DD',
    },
  );
const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .describe('ISO 4217 currency code, e.g. USD.');
const localeTag = z
  .string()
  .min(2)
  .max(35)
  .refine(
    (l) => {
      try {
        return Intl.getCanonicalLocales(l).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'expected a BCP 47 locale such as en-US' },
  );
const pct = z.number().min(0).max(100).describe('Percent off list, 0 to 100.');
const text = z.string().max(2000);

const quoteSchema = z.strictObject({
  customer: z.string().max(200),
  quoteNumber: z.string().max(100),
  date: isoDate.describe('Issue date, YYYY-MM-DD.'),
  validUntil: isoDate.describe('Last valid day, YYYY-MM-DD.'),
  currency: currencyCode,
  locale: localeTag,
  preparedBy: z.string().max(200),
  notes: text,
  discounts: z.strictObject({
    overallPct: pct,
    byKind: z.array(z.strictObject({ kind: z.enum(PRICED_KINDS as [PricedKind, ...PricedKind[]]), pct })),
    bySku: z.array(z.strictObject({ sku: idSchema, pct })),
  }),
  services: z
    .array(z.strictObject({ sku: idSchema, qty: z.number().int().positive().max(100_000) }))
    .describe('Services quoted with the pod (catalog items of kind service): SKU and quantity.')
    .exactOptional(),
});

const scenarioSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  pod: z.strictObject({
    limits: limitsSchema,
    floor: floorSchema,
    racks: z.array(rackSchema),
    devices: z.array(deviceSchema),
    sideItems: z.array(sideItemSchema),
    floorUnits: z.array(floorUnitSchema),
    links: z.array(linkSchema),
  }),
});

/** The layout file, version {@link LAYOUT_SCHEMA_VERSION}. */
export const layoutSchema = z
  .strictObject({
    schemaVersion: z.literal(LAYOUT_SCHEMA_VERSION),
    name: nameSchema,
    limits: limitsSchema,
    floor: floorSchema,
    racks: z.array(rackSchema),
    devices: z.array(deviceSchema),
    sideItems: z.array(sideItemSchema).describe("0U items in racks' side channels (vertical PDUs)."),
    floorUnits: z.array(floorUnitSchema),
    links: z.array(linkSchema),
    quote: quoteSchema.describe('Quote details and discounts.').exactOptional(),
    catalogItems: z
      .array(catalogItemSchema)
      .describe('Catalog items the layout brings with it (same format as a podplan catalog file).')
      .exactOptional(),
    prices: z
      .array(z.strictObject({ sku: idSchema, amount: z.number().nonnegative(), currency: currencyCode }))
      .describe('Unit prices replacing catalog list prices (an imported price list).')
      .exactOptional(),
    oversubscriptionTargets: z
      .array(
        z.strictObject({
          role: z.enum(['compute', 'storage', 'inband', 'oob']),
          down: positiveNumber,
          up: positiveNumber,
        }),
      )
      .describe('Down:up bandwidth each network was planned for; others are held to 1:1.')
      .exactOptional(),
    scenarios: z.array(scenarioSchema).describe('Named snapshots of the pod, saved with it.').exactOptional(),
    activeScenario: idSchema.describe('Id of the scenario the working copy belongs to.').exactOptional(),
  })
  .meta({
    title: 'podplan layout',
    description:
      'One modular AI compute pod as laid out in podplan: limits, floor grid, racks, devices and links.',
  });

/** What the schema accepts: a `Layout` whose ids are still plain strings. */
export type LayoutData = z.infer<typeof layoutSchema>;

type BrandedId = Sku | RackId | DeviceId | FloorUnitId | LinkId;

/** `T` with branded ids as plain strings, deeply readonly: the shape both a `Layout` and `LayoutData` fit. */
export type WithPlainIds<T> = T extends BrandedId
  ? string
  : T extends readonly (infer E)[]
    ? readonly WithPlainIds<E>[]
    : T extends object
      ? { readonly [K in keyof T]: WithPlainIds<T[K]> }
      : T;

type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when the schema and the `Layout` type drift apart (a field added, removed, made optional...). */
type _SchemaMatchesLayout = Assert<MutuallyAssignable<WithPlainIds<LayoutData>, WithPlainIds<Layout>>>;
