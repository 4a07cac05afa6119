/**
 * Built-in power-chain equipment above the racks: a 10 kVA-class rack UPS, a modular floor UPS, a transformer and a
 * standby generator. No vendor datasheet for these classes is in the corpus, so their figures are estimates chosen
 * inside the ranges POWER.md §1 gives (UPS 94-97% double conversion, transformer ~98.5%, generator block load 25-50%
 * per step under ISO 8528-5), each with its reason. Prices are illustrative examples (`example: true`).
 */
import type { Generator, Transformer, Ups } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice } from './sources';

export const FACILITY_UPSES: readonly Ups[] = [
  {
    kind: 'ups',
    sku: sku('ups-10kva-rack'),
    name: 'UPS 10 kVA rack (6U)',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 6,
    fullDepth: true,
    capacityW: 10_000,
    capacityVa: 10_000,
    runtimeMin: 5,
    efficiency: 0.95,
    weightKg: 110,
    price: examplePrice(9000),
    description:
      'Online double-conversion rack UPS with internal batteries: 10 kVA / 10 kW (PF 1.0), about 5 min at full load.',
    provenance: {
      default: estimate(
        'generic 10 kVA online rack UPS class (6U with batteries); figures chosen, not read from a datasheet',
      ),
      fields: {
        efficiency: estimate(
          'double conversion 94-97% (POWER.md §1, S); 95% for a small unit',
          'POWER-NOTES',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'ups',
    sku: sku('ups-1200kva-modular'),
    name: 'UPS 1,200 kVA modular (floor)',
    vendor: 'Generic',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    capacityW: 1_200_000,
    capacityVa: 1_200_000,
    runtimeMin: 5,
    batteryKwh: 105,
    efficiency: 0.97,
    weightKg: 6500,
    footprintMm: { width: 4800, depth: 1000 },
    price: examplePrice(480_000),
    description:
      'Modular double-conversion UPS, 1,200 kVA / 1,200 kW, 97% efficient, with 105 kWh of Li-ion cabinets (≈ 5 min at full load).',
    provenance: {
      default: estimate('generic modular three-phase UPS class with Li-ion cabinets; figures chosen'),
      fields: {
        efficiency: estimate(
          'top of the 94-97% double-conversion band (POWER.md §1, S) for a large modern unit',
          'POWER-NOTES',
        ),
        batteryKwh: derived(
          '1,200 kW × 5 min / 60 / 0.97 efficiency = 103 kWh, rounded up to 105 kWh of cabinets',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
];

export const TRANSFORMERS: readonly Transformer[] = [
  {
    kind: 'transformer',
    sku: sku('transformer-2500kva-11kv'),
    name: 'Transformer 2,500 kVA 11 kV / 415 V',
    vendor: 'Generic',
    placement: 'floor',
    ratingVa: 2_500_000,
    efficiency: 0.985,
    primaryV: 11_000,
    secondaryV: 415,
    weightKg: 5500,
    footprintMm: { width: 2200, depth: 1400 },
    price: examplePrice(95_000),
    description:
      'Cast-resin distribution transformer, 2,500 kVA, 11 kV to 415 V, about 98.5% efficient at load.',
    provenance: {
      default: estimate('generic 2.5 MVA cast-resin transformer class; rating, size and weight chosen'),
      fields: {
        efficiency: estimate('~98.5% (POWER.md §1, S)', 'POWER-NOTES'),
        price: EXAMPLE_PRICE,
      },
    },
  },
];

export const GENERATORS: readonly Generator[] = [
  {
    kind: 'generator',
    sku: sku('generator-2000kva-diesel'),
    name: 'Generator 2,000 kVA diesel',
    vendor: 'Generic',
    placement: 'floor',
    ratingVa: 2_000_000,
    ratingW: 1_600_000,
    blockLoadFraction: 0.5,
    startSeconds: 10,
    weightKg: 18_000,
    footprintMm: { width: 6000, depth: 2400 },
    price: examplePrice(600_000),
    description:
      'Containerised standby diesel generator, 2,000 kVA / 1,600 kW (PF 0.8), accepts 50% of its rating per load step, starts in 10 s.',
    provenance: {
      default: estimate('generic 2 MVA standby diesel class; rating, size and weight chosen'),
      fields: {
        ratingW: derived('2,000 kVA × PF 0.8 (the usual generator rating basis) = 1,600 kW'),
        blockLoadFraction: estimate('top of the 25-50% per step ISO 8528-5 band (POWER.md §1)', 'ISO-8528-5'),
        startSeconds: estimate('10 s start and transfer, as for NFPA 110 Type 10 standby sets'),
        price: EXAMPLE_PRICE,
      },
    },
  },
];
