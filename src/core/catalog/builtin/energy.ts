/**
 * Built-in energy storage and UPS. Tesla's energy figures are vendor numbers reported in the press; the power
 * ratings, dimensions and weights Tesla's spec pages give were not in the corpus, so they are estimates here. Prices
 * are illustrative examples (`example: true`), not list prices.
 */
import type { Battery, Ups } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';
import { MEGAPACK_2XL_2H, MEGAPACK_2XL_4H } from './megapack2xl';
import { RACK_BBU_SHELF } from './rackBbu';

/** 28 ft in mm. */
const MEGAPACK_3_LENGTH_MM = Math.round(28 * 304.8);

export const BATTERIES: readonly Battery[] = [
  MEGAPACK_2XL_2H,
  MEGAPACK_2XL_4H,
  {
    kind: 'battery',
    sku: sku('tesla-megapack-3'),
    name: 'Tesla Megapack 3',
    vendor: 'Tesla',
    placement: 'floor',
    energyKwh: 5000,
    powerKw: 1250,
    roundTripEfficiency: 0.91,
    weightKg: 39_000,
    cycleLife: 10_000,
    calendarLifeYears: 25,
    footprintMm: { width: MEGAPACK_3_LENGTH_MM, depth: 1600 },
    price: examplePrice(1_300_000),
    description:
      'Utility-scale battery in a 28-ft enclosure: about 5 MWh usable AC, about 39 t, 91% round trip.',
    provenance: {
      default: published(
        ['PVMAG-MP3', 'ASIANET-MP3'],
        'S reporting Tesla: ~5 MWh usable AC, ~39 t, 28-ft enclosure',
      ),
      fields: {
        powerKw: estimate('not found; a 4-hour configuration assumed: 5,000 kWh / 4 h = 1.25 MW'),
        cycleLife: published('PVMAG-MP3', 'S reporting Tesla: Megablock rated for more than 10,000 cycles'),
        calendarLifeYears: published('PVMAG-MP3', 'S reporting Tesla: 25-year life for Megablock'),
        roundTripEfficiency: published(
          'PVMAG-MP3',
          'S reporting Tesla: 91% RTE for Megablock (4 × Megapack 3) at MV incl. auxiliaries; a lower bound for one unit',
        ),
        'footprintMm.width': derived('28 ft × 304.8 mm/ft = 8,534 mm', ['PVMAG-MP3', 'ASIANET-MP3']),
        'footprintMm.depth': estimate(
          'width not found; the original Megapack’s 1.60 m (CDRINFO-MP, S) assumed',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'battery',
    sku: sku('battery-cabinet-200kwh'),
    name: 'Battery cabinet 200 kWh',
    vendor: 'Generic',
    placement: 'floor',
    energyKwh: 200,
    powerKw: 100,
    roundTripEfficiency: 0.88,
    weightKg: 2200,
    footprintMm: { width: 1100, depth: 1350 },
    price: examplePrice(60_000),
    description:
      'Generic outdoor LFP battery cabinet: 200 kWh, 100 kW (2-hour), 88% round trip, about 2.2 t.',
    provenance: {
      default: estimate('generic commercial LFP cabinet class; figures chosen, not read from a datasheet'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];

export const UPSES: readonly Ups[] = [
  RACK_BBU_SHELF,
  {
    kind: 'ups',
    sku: sku('ups-500kw-floor'),
    name: 'UPS 500 kW (floor)',
    vendor: 'Generic',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    capacityW: 500_000,
    runtimeMin: 5,
    efficiency: 0.96,
    weightKg: 3200,
    footprintMm: { width: 2400, depth: 1000 },
    price: examplePrice(250_000),
    description:
      'Generic double-conversion UPS with battery cabinets: 500 kW, 5 min at full load, 96% efficient.',
    provenance: {
      default: estimate('generic 500 kW three-phase UPS class with 5-minute Li-ion cabinets; figures chosen'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'ups',
    sku: sku('ups-3kva-2u'),
    name: 'UPS 3 kVA 2U',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 2,
    fullDepth: true,
    capacityW: 2700,
    capacityVa: 3000,
    runtimeMin: 4,
    efficiency: 0.93,
    weightKg: 32,
    price: examplePrice(2500),
    description: 'Generic 2U rack UPS for management gear: 3 kVA / 2.7 kW, about 4 min at full load.',
    provenance: {
      default: estimate('generic 3 kVA rack UPS class (PF 0.9); figures chosen, not read from a datasheet'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];
