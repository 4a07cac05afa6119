/**
 * The runtime schema of a layout file (`schemaVersion` 1). It mirrors `Layout` in `model/layout.ts` field for field,
 * in the same order: the serializer writes keys in this order and `schema/layout.schema.json` is generated from it.
 * Every object is strict, so a misspelt key is an error that names the key rather than a silently dropped field.
 */
import { z } from 'zod';
import { LAYOUT_SCHEMA_VERSION } from '../model/layout';
import type { Layout } from '../model/layout';
import { PRICED_KINDS } from '../model/quote';
import { quoteDocumentShape } from './quoteDocumentSchema';
import { storageSettingsSchema } from './storageSettingsSchema';
import type { PricedKind } from '../model/quote';
import { catalogItemSchema } from '../catalog/customCatalog/catalogSchema';
import * as B from '../model/bounds';
import { isCurrencyCode } from '../model/currency';
import type { DeviceId, FloorUnitId, LinkId, RackId, Sku } from '../model/ids';
// The long lists' hand-written checks (the loader's fast path) share these limits.
import { MAX_ID_CHARS, MAX_NAME_CHARS, PORT_PATTERN } from './podListChecks';

/** An id or catalog sku: non-empty, at most 100 characters. */
const idSchema = z.string().min(1).max(MAX_ID_CHARS);
/** A name shown to users: 1 to 200 characters. */
const nameSchema = z.string().min(1).max(MAX_NAME_CHARS);
/** A number above 0 (at least `MIN_POSITIVE`, 0.001) and at most `max` (every figure is bounded: see model/bounds.ts). */
const above0UpTo = (max: number) => z.number().min(B.MIN_POSITIVE).max(max);
/** A capacity that may be zero: an air-only pod has no facility water, a liquid-only room no air cooling. */
const capacityKw = z.number().min(0).max(B.MAX_SITE_POWER_KW);
const deltaTC = z.number().min(B.MIN_DELTA_T_C).max(B.MAX_DELTA_T_C);
const feedSchema = z.enum(['A', 'B']).describe('Power feed: A or B.');

/** A power-chain setting within its bounds (`POWER_SETTING_BOUNDS`, shared with the editor). */
const powerSetting = (key: keyof typeof B.POWER_SETTING_BOUNDS) =>
  z.number().min(B.POWER_SETTING_BOUNDS[key][0]).max(B.POWER_SETTING_BOUNDS[key][1]);

const limitsSchema = z.strictObject({
  utilityFeedKw: above0UpTo(B.MAX_SITE_POWER_KW).describe('Utility feed capacity, kW.'),
  utilityVoltageV: above0UpTo(B.MAX_VOLTAGE_V).describe('Utility feed voltage, V (line-to-line).'),
  facilityWaterKw: capacityKw.describe('Heat the facility water loop can take, kW (0: none).'),
  roomAirKw: capacityKw.describe("Air heat the room's cooling (CRAH/CRAC) can take, kW (0: none)."),
  floorRatingKgPerM2: above0UpTo(B.MAX_FLOOR_RATING_KG_PER_M2).describe('Floor loading rating, kg/m².'),
  airDeltaTC: deltaTC.describe('Design air temperature rise through the IT gear, °C.'),
  coolantDeltaTC: deltaTC.describe('Design coolant temperature rise across the racks, °C.'),
  coolant: z.enum(['water', 'pg25']).describe('Secondary-loop coolant.'),
  deratingFraction: z
    .number()
    .min(B.MIN_POSITIVE)
    .lte(1)
    .describe("Fraction of a PDU circuit's rating usable for continuous load (0.8 under the US NEC)."),
  powerFactor: powerSetting('powerFactor')
    .describe('Power factor of the IT loads, kW / kVA (absent: 1).')
    .exactOptional(),
  phaseImbalanceMaxPct: powerSetting('phaseImbalanceMaxPct')
    .describe('Phase imbalance warned above, % (absent: not checked).')
    .exactOptional(),
  coolingPlant: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('cop'), cop: powerSetting('cop') }),
      z.strictObject({ mode: z.literal('pue'), pue: powerSetting('pue') }),
    ])
    .describe('Cooling plant draw from a COP (heat / COP) or a target PUE (absent: not counted).')
    .exactOptional(),
  upsRedundancy: z
    .enum(['N', 'N+1', '2N'])
    .describe('Redundancy across floor UPS units (absent: N).')
    .exactOptional(),
  upsCarriesCduPumps: z
    .boolean()
    .describe('Floor CDU pumps on the UPS beside the IT load (absent: no).')
    .exactOptional(),
  upsMinRuntimeMin: powerSetting('upsMinRuntimeMin')
    .describe('Minimum UPS ride-through at max draw, min (absent: not checked).')
    .exactOptional(),
});

const gridCount = z.number().int().min(1).max(B.MAX_GRID_COUNT);
const floorSpanMm = above0UpTo(B.MAX_FLOOR_SPAN_MM);
const floorSchema = z
  .strictObject({
    rows: gridCount.describe('Number of rows.'),
    positionsPerRow: gridCount.describe('Positions in each row.'),
    pitchMm: floorSpanMm.describe('Width of one position along the row, mm.'),
    rowDepthMm: floorSpanMm.describe('Depth of a row, mm.'),
    aisleMm: floorSpanMm.describe('Aisle between rows, mm.'),
  })
  .superRefine((f, ctx) => {
    if (f.rows * f.positionsPerRow > B.MAX_GRID_POSITIONS)
      ctx.addIssue({
        code: 'custom',
        path: ['positionsPerRow'],
        message: `${f.rows} rows × ${f.positionsPerRow} positions is ${f.rows * f.positionsPerRow} floor positions; the floor view draws at most ${B.MAX_GRID_POSITIONS}`,
      });
  });

const gridIndex = z
  .number()
  .int()
  .min(0)
  .max(B.MAX_GRID_COUNT - 1);
const positionSchema = z
  .strictObject({ row: gridIndex, slot: gridIndex })
  .describe('A floor grid position: row and slot, both from 0.');

export const rackSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  name: nameSchema,
  position: positionSchema,
  rearDoor: idSchema.describe('Sku of a rear-door heat exchanger hung on this rack.').exactOptional(),
  powerScheme: z
    .enum(['2N', 'N+1'])
    .describe('Power redundancy: 2N A/B feeds (absent) or N+1 over 3-4 circuits.')
    .exactOptional(),
});

export const deviceSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  rack: idSchema,
  u: z.number().int().min(1).max(B.MAX_RACK_HEIGHT_U).describe('Lowest U occupied, from 1 at the bottom.'),
  face: z.enum(['front', 'rear']),
  feed: feedSchema.exactOptional(),
  name: nameSchema.exactOptional(),
  powerFactor: powerSetting('powerFactor')
    .describe(
      "This device's PSU power factor at load, kW / kVA (absent: its catalog item's, else the pod's).",
    )
    .exactOptional(),
});

export const sideItemSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  rack: idSchema,
  side: z.enum(['left', 'right']),
  feed: feedSchema,
  name: nameSchema.exactOptional(),
});

export const floorUnitSchema = z.strictObject({
  id: idSchema,
  sku: idSchema,
  position: positionSchema,
  serves: z
    .array(idSchema)
    .max(B.MAX_LIST_LENGTH)
    .describe('Racks this unit serves. When absent: the racks of its row.')
    .exactOptional(),
  name: nameSchema.exactOptional(),
});

const portRefSchema = z.strictObject({
  device: idSchema,
  port: z
    .string()
    .max(MAX_ID_CHARS)
    .regex(new RegExp(PORT_PATTERN))
    .meta({
      description: '`<group name>/<index>`, index from 1; a breakout lane as `<group>/<index>:<lane>`.',
      examples: ['compute/3', 'down/12:2'],
    }),
});

export const linkSchema = z.strictObject({ id: idSchema, a: portRefSchema, b: portRefSchema });

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
  .refine(isCurrencyCode, { message: 'expected an ISO 4217 currency code such as USD' })
  .meta({ description: 'ISO 4217 currency code, e.g. USD.', examples: ['USD'] });
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
    byKind: z
      .array(z.strictObject({ kind: z.enum(PRICED_KINDS as [PricedKind, ...PricedKind[]]), pct }))
      .max(B.MAX_CATALOG_ITEMS),
    bySku: z.array(z.strictObject({ sku: idSchema, pct })).max(B.MAX_CATALOG_ITEMS),
  }),
  services: z
    .array(z.strictObject({ sku: idSchema, qty: z.number().int().positive().max(100_000) }))
    .max(B.MAX_CATALOG_ITEMS)
    .describe('Services quoted with the pod (catalog items of kind service): SKU and quantity.')
    .exactOptional(),
  ...quoteDocumentShape,
});

/** A list of at most {@link B.MAX_LIST_LENGTH} elements. */
const list = <T extends z.ZodType>(element: T) => z.array(element).max(B.MAX_LIST_LENGTH);

/** The pod: the fields a layout and each of its scenarios share. */
export const podFields = {
  limits: limitsSchema,
  floor: floorSchema,
  racks: list(rackSchema),
  devices: list(deviceSchema),
  sideItems: list(sideItemSchema).describe("0U items in racks' side channels (vertical PDUs)."),
  floorUnits: list(floorUnitSchema),
  links: list(linkSchema),
};

export const scenarioSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  pod: z.strictObject(podFields),
});

/** The layout file, version {@link LAYOUT_SCHEMA_VERSION}. */
export const layoutSchema = z
  .strictObject({
    schemaVersion: z.literal(LAYOUT_SCHEMA_VERSION),
    name: nameSchema,
    ...podFields,
    quote: quoteSchema.describe('Quote details and discounts.').exactOptional(),
    catalogItems: z
      .array(catalogItemSchema)
      .max(B.MAX_CATALOG_ITEMS)
      .describe('Catalog items the layout brings with it (same format as a podplan catalog file).')
      .exactOptional(),
    prices: z
      .array(
        z.strictObject({
          sku: idSchema,
          amount: z.number().min(0).max(B.MAX_UNIT_PRICE),
          currency: currencyCode,
          cost: z
            .number()
            .min(0)
            .max(B.MAX_UNIT_PRICE)
            .describe('Unit cost, for the margin guard rail.')
            .exactOptional(),
          leadTimeWeeks: z
            .number()
            .min(0)
            .max(B.MAX_LEAD_TIME_WEEKS)
            .describe('Lead time from order, weeks.')
            .exactOptional(),
        }),
      )
      .max(B.MAX_CATALOG_ITEMS)
      .describe('Unit prices replacing catalog list prices (an imported price list).')
      .exactOptional(),
    oversubscriptionTargets: z
      .array(
        z.strictObject({
          role: z.enum(['compute', 'storage', 'inband', 'oob']),
          down: above0UpTo(B.MAX_OVERSUBSCRIPTION),
          up: above0UpTo(B.MAX_OVERSUBSCRIPTION),
        }),
      )
      .max(4)
      .describe('Down:up bandwidth each network was planned for; others are held to 1:1.')
      .exactOptional(),
    scenarios: z
      .array(scenarioSchema)
      .max(B.MAX_SCENARIOS)
      .describe('Named snapshots of the pod, saved with it.')
      .exactOptional(),
    activeScenario: idSchema.describe('Id of the scenario the working copy belongs to.').exactOptional(),
    storage: storageSettingsSchema
      .describe('Training load profile, grid limits and battery settings for the storage sizing.')
      .exactOptional(),
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
