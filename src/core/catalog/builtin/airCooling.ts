/**
 * Built-in air-side cooling: rear-door heat exchangers (on a rack's rear door) and in-row coolers (on the floor).
 * Capacities follow the published class bands (passive ~35 kW, active ~60 kW, door fans 0.5–2 kW); the generic
 * units are estimates inside those bands. Prices are illustrative examples (`example: true`), not list prices.
 */
import type { InRowCooler, Rdhx } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, estimate, examplePrice, published } from './sources';

export const RDHXS: readonly Rdhx[] = [
  {
    kind: 'rdhx',
    sku: sku('rdhx-passive-35kw'),
    name: 'Rear-door heat exchanger, passive 35 kW',
    vendor: 'Generic',
    placement: 'rack-door',
    airCapacityW: 35_000,
    powerW: 0,
    passive: true,
    weightKg: 80,
    price: examplePrice(12_000),
    description:
      'Passive water-cooled rear door: removes up to 35 kW of air heat using the servers’ own fans; no power.',
    provenance: {
      default: estimate('generic passive door class; weight typical of a 42–48U door coil'),
      fields: {
        airCapacityW: estimate(
          'class value: passive doors handle up to ~35 kW (YOBITEL-RDHX, S; Sun Cooling Door 5200 up to 35 kW, ORACLE-SCD5200, P)',
          ['YOBITEL-RDHX', 'ORACLE-SCD5200'],
        ),
        powerW: estimate('passive door: no fans'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'rdhx',
    sku: sku('rdhx-active-60kw'),
    name: 'Rear-door heat exchanger, active 60 kW',
    vendor: 'Generic',
    placement: 'rack-door',
    airCapacityW: 60_000,
    powerW: 1500,
    passive: false,
    weightKg: 120,
    price: examplePrice(25_000),
    description:
      'Active (fan-assisted) water-cooled rear door: removes up to 60 kW of air heat; fans draw about 1.5 kW.',
    provenance: {
      default: estimate('generic active door class; weight typical of a door coil with a fan array'),
      fields: {
        airCapacityW: estimate(
          'class value: active doors handle up to ~60 kW (YOBITEL-RDHX, S)',
          'YOBITEL-RDHX',
        ),
        powerW: estimate(
          'door fans draw 0.5–2 kW (YOBITEL-RDHX, S); 1.5 kW assumed at 60 kW',
          'YOBITEL-RDHX',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'rdhx',
    sku: sku('motivair-chilled-door-75kw'),
    name: 'Motivair ChilledDoor 75 kW',
    vendor: 'Motivair (Schneider Electric)',
    placement: 'rack-door',
    airCapacityW: 75_000,
    powerW: 1300,
    passive: false,
    weightKg: 150,
    price: examplePrice(30_000),
    description: 'Active rear door (HPE/Motivair class, top band 55–75 kW): removes up to 75 kW of air heat.',
    provenance: {
      default: published(
        'COOLNET-RDHX',
        'S quoting HPE QuickSpecs: liquid-cooled door bands 14–35, 35–55 and 55–75 kW; top of the highest band',
      ),
      fields: {
        powerW: estimate('not published; EC fan array within the 0.5–2 kW door-fan band (YOBITEL-RDHX, S)'),
        weightKg: estimate('not published; typical of a full-height active door with coil and fans'),
        price: EXAMPLE_PRICE,
      },
    },
  },
];

export const INROW_COOLERS: readonly InRowCooler[] = [
  {
    kind: 'inrow-cooler',
    sku: sku('inrow-cooler-40kw'),
    name: 'In-row cooler 40 kW (300 mm)',
    vendor: 'Generic',
    placement: 'floor',
    airCapacityW: 40_000,
    powerW: 1200,
    weightKg: 300,
    footprintMm: { width: 300, depth: 1200 },
    price: examplePrice(30_000),
    description: 'Chilled-water in-row air cooler, 300 × 1,200 mm: 40 kW of air heat, about 1.2 kW of fans.',
    provenance: {
      default: estimate(
        'generic chilled-water in-row cooler class (300 mm wide); figures chosen, not from a datasheet',
      ),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'inrow-cooler',
    sku: sku('inrow-cooler-70kw'),
    name: 'In-row cooler 70 kW (600 mm)',
    vendor: 'Generic',
    placement: 'floor',
    airCapacityW: 70_000,
    powerW: 2500,
    weightKg: 480,
    footprintMm: { width: 600, depth: 1200 },
    price: examplePrice(45_000),
    description: 'Chilled-water in-row air cooler, 600 × 1,200 mm: 70 kW of air heat, about 2.5 kW of fans.',
    provenance: {
      default: estimate(
        'generic chilled-water in-row cooler class (600 mm wide); figures chosen, not from a datasheet',
      ),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];
