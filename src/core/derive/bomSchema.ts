/**
 * The BOM's shape, defined once with zod: the TypeScript type, the runtime check and the shipped JSON Schema
 * (`schema/bom.schema.json`, written by `scripts/emitBomSchema.ts`) all come from this definition.
 */
import { z } from 'zod';
import { BOM_SCHEMA_VERSION } from './bomVersion';

export { BOM_SCHEMA_VERSION };

const money = z.number().describe("Amount in the BOM currency, rounded to the currency's minor unit");

export const bomLineSchema = z.strictObject({
  sku: z.string(),
  name: z.string(),
  vendor: z.string(),
  kind: z.string(),
  qty: z.number().int().positive(),
  unitPrice: money.describe('List price per unit'),
  extendedPrice: money.describe('List price × qty'),
  discountPct: z
    .number()
    .min(0)
    .max(100)
    .describe('Percent off list for this line (line discount, else kind discount)'),
  discountFrom: z.enum(['none', 'line', 'kind']),
  netExtendedPrice: money.describe(
    'Extended price after the line or kind discount, rounded to the minor unit',
  ),
  currency: z.string().length(3),
  priceFrom: z.enum(['catalog', 'price list']),
  priceIsExample: z.boolean().describe('True when the price is an illustrative example, not a real quote'),
  leadTimeWeeks: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'Lead time from order, weeks (from the price list, else the catalog); absent when neither says',
    ),
});

const discountSchema = z.strictObject({ pct: z.number().min(0).max(100) });

export const bomQuoteSchema = z.strictObject({
  customer: z.string(),
  quoteNumber: z.string(),
  date: z.string(),
  validUntil: z.string(),
  currency: z.string().length(3),
  locale: z.string(),
  preparedBy: z.string(),
  notes: z.string(),
  discounts: z.strictObject({
    overallPct: z.number().min(0).max(100),
    byKind: z.array(discountSchema.extend({ kind: z.string() })),
    bySku: z.array(discountSchema.extend({ sku: z.string() })),
  }),
});

export const bomSummarySchema = z.strictObject({
  racks: z.number().int().nonnegative(),
  devices: z.number().int().nonnegative(),
  gpus: z.number().int().nonnegative(),
  itKwTypical: z.number().nonnegative().describe('kW'),
  itKwMax: z.number().nonnegative().describe('kW'),
  coolingKw: z.number().nonnegative().describe('Cooling equipment draw outside the racks, kW'),
  heatBtuPerHour: z.number().nonnegative().describe('IT heat at max draw, BTU/h'),
  liquidHeatKw: z.number().nonnegative().describe('kW'),
  airHeatKw: z.number().nonnegative().describe('kW'),
  liquidFraction: z.number().min(0).max(1).describe('Liquid share of IT heat, 0..1'),
  coolantLitresPerMinute: z.number().nonnegative().describe('L/min at the design coolant ΔT'),
  airflowCfm: z.number().nonnegative().describe('ft³/min'),
  weightKg: z.number().nonnegative().describe('kg, racks, contents and floor units'),
  portsBySpeedGbps: z
    .record(z.string(), z.number().int().nonnegative())
    .describe('Logical ports by speed (Gb/s)'),
});

/** One cable of the schedule (`derive/cableSchedule.ts`). */
export const bomCableRunSchema = z.strictObject({
  link: z.string(),
  fabric: z.string().nullable().describe('compute, storage, inband, oob; null when the ports do not say'),
  fromRack: z.string().describe('Rack name'),
  fromDevice: z.string().describe('Device id'),
  fromPort: z.string().describe('<group>/<index>, or <group>/<index>:<lane> for one lane of a breakout'),
  toRack: z.string(),
  toDevice: z.string(),
  toPort: z.string(),
  medium: z.string().describe('dac, acc, aoc, mmf, smf-dr, smf-fr, twisted-pair'),
  mediumLabel: z.string(),
  speedGbps: z.number().positive().describe('Link speed, Gb/s (the lane speed of a breakout)'),
  breakout: z.number().int().positive().describe('Lanes of the switch port (1 = no breakout)'),
  routeM: z.number().nonnegative().describe('Estimated route with slack, m'),
  lengthM: z.number().positive().describe('Sold cable length, m'),
  reachM: z.number().positive().describe('Reach of the medium at this speed, m'),
  cableSku: z.string(),
  fromTransceiverSku: z.string().nullable(),
  toTransceiverSku: z.string().nullable(),
});

export const bomCablingSchema = z.strictObject({
  cables: z.number().int().nonnegative(),
  transceivers: z.number().int().nonnegative(),
  opticsTypicalW: z.number().nonnegative().describe('Power of transceivers and active cable ends, W typical'),
  opticsMaxW: z.number().nonnegative().describe('W max'),
  runs: z.array(bomCableRunSchema),
});

export const bomSchema = z.strictObject({
  schemaVersion: z.literal(BOM_SCHEMA_VERSION),
  generator: z.string(),
  layoutName: z.string(),
  currency: z.string().length(3),
  pricesAreExamples: z.boolean(),
  quote: bomQuoteSchema.nullable().describe('Quote details when the layout carries them'),
  lines: z.array(bomLineSchema),
  subtotals: z.array(z.strictObject({ kind: z.string(), extendedPrice: money, netExtendedPrice: money })),
  listTotal: money.describe('Sum of list extended prices'),
  lineDiscountTotal: money.describe('Taken off by line and kind discounts'),
  overallDiscountPct: z.number().min(0).max(100),
  overallDiscount: money.describe('Taken off the sum of net lines by the overall discount'),
  total: money.describe('Net total: list − line/kind discounts − overall discount'),
  unpriced: z
    .array(z.strictObject({ sku: z.string(), qty: z.number().int().positive(), reason: z.string() }))
    .describe('Items left out of the total: unknown SKUs or a currency other than the BOM currency'),
  summary: bomSummarySchema,
  validation: z.strictObject({
    status: z.enum(['ok', 'warnings', 'errors']),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    codes: z.array(z.string()).describe('Distinct codes of the errors and warnings'),
  }),
  cabling: bomCablingSchema
    .optional()
    .describe('The cable schedule, one run per link; present only when the layout has links'),
  optional: z
    .strictObject({
      lines: z.array(bomLineSchema),
      listTotal: money,
      netLinesTotal: money.describe('Sum of the optional net lines'),
      total: money.describe('Optional lines after the overall discount, not part of total'),
    })
    .optional()
    .describe('Lines the customer may add, totalled apart; present only when the quote lists some'),
  taxes: z
    .array(z.strictObject({ label: z.string(), ratePct: z.number().min(0).max(100), amount: money }))
    .optional()
    .describe('Taxes on the net total; present only when the quote sets some'),
  totalWithTax: money
    .nullable()
    .optional()
    .describe('Net total plus taxes (null beyond the exactly representable range)'),
  approval: z
    .strictObject({
      status: z.enum(['within limits', 'needs approval', 'approved']),
      reasons: z.array(z.string()).describe('Why the quote is beyond its guard rails'),
      marginPct: z
        .number()
        .nullable()
        .describe('Margin over cost, % of net total; null when costs are not all known'),
      approvedBy: z.string().optional(),
      approvedOn: z.string().optional(),
    })
    .optional()
    .describe('Guard-rail status; present only when the quote has guard rails'),
});

export type Bom = z.infer<typeof bomSchema>;
export type BomLine = z.infer<typeof bomLineSchema>;
export type BomCabling = z.infer<typeof bomCablingSchema>;

export const bomJsonSchema = (): unknown =>
  ({
    $id: 'https://podplan.dev/schema/bom.schema.json',
    title: 'podplan bill of materials',
    ...(z.toJSONSchema(bomSchema, { target: 'draft-2020-12' }) as object),
  }) as unknown;
