/**
 * Built-in coolant distribution units. Floor CDUs carry the vendor ratings transcribed in figures.md §4 (read through
 * AIDC-FACILITY, hence P*); flows the vendors did not give follow the 1.0–1.5 L/min per kW design rule. In-rack CDUs
 * are estimates. Prices are illustrative examples (`example: true`), not list prices.
 */
import type { Cdu } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';

const P_STAR = 'P*: vendor datasheet as transcribed in AIDC-FACILITY (figures.md §4)';

export const CDUS: readonly Cdu[] = [
  {
    kind: 'cdu',
    sku: sku('vertiv-coolchip-cdu-2300'),
    name: 'Vertiv CoolChip CDU 2300',
    vendor: 'Vertiv',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    liquidCapacityW: 2_300_000,
    flowLpm: 3300,
    approachC: 4,
    powerW: 47_800,
    weightKg: 1793,
    footprintMm: { width: 2400, depth: 1200 },
    price: examplePrice(450_000),
    description:
      'Row/gallery liquid-to-liquid CDU: 2,300 kW at 4 °C approach, 47.8 kW own draw, 1,793 kg wet.',
    provenance: {
      default: published(
        'AIDC-FACILITY',
        `${P_STAR}; Vertiv SL-80005: 2,300 kW @ 4 °C ATD, 47.8 kW, 1,793 kg wet`,
      ),
      fields: {
        flowLpm: estimate(
          'not on the datasheet; 3,300 L/min (≈1.4 L/min per kW) as the transcription estimates',
        ),
        footprintMm: estimate(
          'not in figures.md; AIDC-FACILITY transcribes 2,400 × 1,200 × 1,200 mm with the orientation unverified',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('vertiv-coolchip-cdu-1350'),
    name: 'Vertiv CoolChip CDU 1350',
    vendor: 'Vertiv',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    liquidCapacityW: 1_350_000,
    flowLpm: 1940,
    approachC: 4,
    powerW: 20_500,
    weightKg: 1086,
    footprintMm: { width: 900, depth: 1243 },
    price: examplePrice(300_000),
    description:
      'Row liquid-to-liquid CDU: 1,350 kW at 4 °C approach, 20.5 kW own draw, 900 × 1,243 mm, 1,086 kg wet.',
    provenance: {
      default: published(
        'AIDC-FACILITY',
        `${P_STAR}; 1,350 kW @ 4 °C ATD, 2,122 × 900 × 1,243 mm (H × W × D), 1,086 kg wet, 20.5 kW`,
      ),
      fields: {
        flowLpm: estimate('not published; the CDU 2300 ratio of ≈1.43 L/min per kW × 1,350 kW'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('coolit-chx2000'),
    name: 'CoolIT CHx2000',
    vendor: 'CoolIT Systems',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    liquidCapacityW: 2_000_000,
    flowLpm: 2125,
    approachC: 5,
    powerW: 12_240,
    weightKg: 900,
    footprintMm: { width: 750, depth: 1200 },
    price: examplePrice(400_000),
    description:
      'Row liquid-to-liquid CDU: 2,000 kW at 5 °C approach, 2,125 L/min at 35 psi, 12.24 kW, 750 × 1,200 mm.',
    provenance: {
      default: published(
        'AIDC-FACILITY',
        `${P_STAR}; coolitsystems.com: 2,000 kW @ 5 °C ATD, 2,125 L/min @ 35 psi, 12.24 kW, 750 × 1,200 mm`,
      ),
      fields: {
        weightKg: estimate('not published; typical of a 2 MW row CDU'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('motivair-mcdu-70'),
    name: 'Motivair MCDU-70',
    vendor: 'Motivair (Schneider Electric)',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    liquidCapacityW: 2_500_000,
    flowLpm: 3751,
    approachC: 4,
    powerW: 38_000,
    weightKg: 2200,
    footprintMm: { width: 2290, depth: 1220 },
    price: examplePrice(480_000),
    description:
      'Floor CDU: 2.5 MW (41 °C primary / 45 °C secondary, 25% PG), 3,751 L/min secondary, 2.29 × 1.22 m.',
    provenance: {
      default: published(
        'AIDC-FACILITY',
        `${P_STAR}; Motivair brochure: 2.5 MW, 1,025 / 991 GPM (3,880 / 3,751 L/min), 38 psi, 2.29 × 1.22 × 1.60 m`,
      ),
      fields: {
        approachC: derived('113 °F secondary − 105.8 °F primary = 7.2 °F = 4.0 K', 'AIDC-FACILITY'),
        powerW: estimate('not published; ~1.5% of capacity for pumps and controls'),
        weightKg: estimate('not published; typical of a 2.5 MW floor CDU'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('boyd-rol4000'),
    name: 'Boyd ROL4000',
    vendor: 'Boyd',
    placement: 'floor',
    uHeight: 0,
    fullDepth: false,
    liquidCapacityW: 2_000_000,
    flowLpm: 2600,
    approachC: 3,
    powerW: 25_000,
    weightKg: 1000,
    footprintMm: { width: 650, depth: 1200 },
    price: examplePrice(400_000),
    description:
      'In-row liquid-to-liquid CDU in a 48U rack form: 2 MW at 3 °C approach, up to 80 psi, N+1 pumps.',
    provenance: {
      default: published('AIDC-FACILITY', `${P_STAR}; 2 MW @ 3 °C approach, up to 80 psi, N+1 pumps`),
      fields: {
        flowLpm: estimate('not published; 1.3 L/min per kW, inside the 1.0–1.5 L/min per kW DLC band', [
          'PROPHETSTOR',
          'RESISTANCEZERO-CDU',
        ]),
        powerW: estimate('not published; ~1.25% of capacity for pumps and controls'),
        weightKg: estimate('not published; typical of a rack-sized 2 MW CDU'),
        footprintMm: estimate(
          '48U rack form factor, 650 mm wide per the model code (AIDC-FACILITY); depth assumed',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('inrack-cdu-250kw'),
    name: 'In-rack CDU 250 kW (4U)',
    vendor: 'Generic (Supermicro GB300 class)',
    placement: 'rack-u',
    uHeight: 4,
    fullDepth: true,
    liquidCapacityW: 250_000,
    flowLpm: 375,
    approachC: 5,
    powerW: 3000,
    weightKg: 100,
    price: examplePrice(60_000),
    description:
      '4U in-rack liquid-to-liquid CDU for one NVL72-class rack: up to 250 kW, N+1 pumps, 375 L/min.',
    provenance: {
      default: estimate('in-rack CDU figures beyond capacity are not in figures.md; see per-field sources'),
      fields: {
        liquidCapacityW: published(
          'SERVERSIMPLY-GB300',
          'S reporting Supermicro: in-rack CDU up to 250 kW, N+1 pumps',
        ),
        uHeight: estimate(
          '4U; the NetBox devicetype LCS-SCDU-250L4001 (shared/devicetypes/netbox-newer, weak provenance) quotes 480 × 810 × 177 mm',
        ),
        weightKg: estimate('100 kg as in the same NetBox devicetype (weak provenance)'),
        flowLpm: derived(
          '250 kW × 1.5 L/min per kW (OCP OAI design rule at ΔT ≤ 10 °C) = 375 L/min',
          'PROPHETSTOR',
        ),
        approachC: estimate(
          'typical 3–5 °C CDU approach; upper end assumed for a compact unit',
          'RESISTANCEZERO-CDU',
        ),
        powerW: estimate('not published; ~1.2% of capacity for redundant pumps and controls'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'cdu',
    sku: sku('inrack-cdu-100kw-4u'),
    name: 'In-rack CDU 100 kW (4U)',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 4,
    fullDepth: true,
    liquidCapacityW: 100_000,
    flowLpm: 150,
    approachC: 5,
    powerW: 1200,
    weightKg: 60,
    price: examplePrice(30_000),
    description: '4U in-rack liquid-to-liquid CDU for one dense rack: 100 kW, 150 L/min, redundant pumps.',
    provenance: {
      default: estimate('generic 100 kW in-rack CDU class; figures chosen, not read from a datasheet'),
      fields: {
        flowLpm: derived(
          '100 kW × 1.5 L/min per kW (OCP OAI design rule at ΔT ≤ 10 °C) = 150 L/min',
          'PROPHETSTOR',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
];
