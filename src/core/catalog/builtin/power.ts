/**
 * Built-in rack power: PDUs (AC outlets) and ORv3 power shelves (DC busbar). A PDU's usable power is computed by the
 * rules from its input (√3 · V · I for three-phase) and the pod's derating, unless the PDU's own listing sets another
 * fraction. Prices are illustrative examples (`example: true`), not list prices.
 */
import type { Pdu, PortGroup, PowerShelf } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';

const MGMT: readonly PortGroup[] = [
  { name: 'mgmt', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
];

/** APC AP8868: three 20 A banks, each held to 16 A continuous at 208 V (SE-FA156194). */
const AP8868_BANK_LIMIT_W = 3 * 208 * 16;

export const PDUS: readonly Pdu[] = [
  {
    kind: 'pdu',
    sku: sku('raritan-px3-5878-415v-60a'),
    name: 'Raritan PX3-5878 415 V 3-phase 60 A',
    vendor: 'Raritan',
    placement: 'rack-0u',
    uHeight: 0,
    fullDepth: false,
    voltageV: 415,
    phases: 3,
    inputAmps: 60,
    outlets: [
      { type: 'C19', count: 18 },
      { type: 'C13', count: 6 },
    ],
    weightKg: 14,
    ports: MGMT,
    price: examplePrice(3500),
    description:
      'Vertical 0U PDU, 415 V 3-phase 60 A (43.1 kVA nameplate, 34.5 kW at 80%), 18 × C19 + 6 × C13, as in DGX SuperPOD racks.',
    provenance: {
      default: published(
        'RACKULA',
        'P*: Raritan PX3-5878I2R-P1Q1R1A5D5 sheet via RACKULA: 415 V 3-ph 60 A, 34.5 kVA, 18 × C19 + 6 × C13',
      ),
      fields: {
        weightKg: estimate('not in figures.md; typical of a 24-outlet 3-phase 0U PDU'),
        ports: estimate('one 1 GbE management port assumed'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'pdu',
    sku: sku('pdu-415v-3ph-32a-0u'),
    name: 'PDU 0U 415 V 3-phase 32 A',
    vendor: 'Generic',
    placement: 'rack-0u',
    uHeight: 0,
    fullDepth: false,
    voltageV: 415,
    phases: 3,
    inputAmps: 32,
    outlets: [
      { type: 'C19', count: 12 },
      { type: 'C13', count: 12 },
    ],
    weightKg: 10,
    ports: MGMT,
    price: examplePrice(2800),
    description: 'Generic vertical 0U PDU, 415 V 3-phase 32 A (23.0 kVA nameplate), 12 × C19 + 12 × C13.',
    provenance: {
      default: estimate('generic IEC 32 A 3-phase PDU class; outlet mix and weight typical of the class'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'pdu',
    sku: sku('pdu-400v-3ph-32a-0u'),
    name: 'PDU 0U 380/400 V 3-phase 32 A',
    vendor: 'Generic',
    placement: 'rack-0u',
    uHeight: 0,
    fullDepth: false,
    voltageV: 400,
    phases: 3,
    inputAmps: 32,
    outlets: [
      { type: 'C19', count: 12 },
      { type: 'C13', count: 24 },
    ],
    weightKg: 11,
    ports: MGMT,
    price: examplePrice(3000),
    description:
      'IEC 60309 32 A 5-pin vertical PDU for 380/400 V 3-phase supplies (22.2 kVA nameplate at 400 V, 21.1 kVA at 380 V), 12 × C19 + 24 × C13, 230 V per outlet.',
    provenance: {
      default: estimate(
        'generic IEC 32 A 3-phase PDU class for 380/400 V grids; outlet mix and weight typical of the class',
      ),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'pdu',
    sku: sku('apc-ap8868-208v-50a'),
    name: 'APC AP8868 208 V 3-phase 50 A',
    vendor: 'APC',
    placement: 'rack-0u',
    uHeight: 0,
    fullDepth: false,
    voltageV: 208,
    phases: 3,
    inputAmps: 50,
    deratingFraction: AP8868_BANK_LIMIT_W / (Math.sqrt(3) * 208 * 50),
    outlets: [
      { type: 'C13', count: 36 },
      { type: 'C19', count: 6 },
    ],
    weightKg: 9,
    ports: MGMT,
    price: examplePrice(2500),
    description:
      'Metered 0U PDU, 208 V 3-phase 50 A (CS8365C), 36 × C13 + 6 × C19; three 20 A banks limit it to 9,984 W.',
    provenance: {
      default: published('SE-FA156194', '208 V 3-phase 50 A; bank breakers 20 A (16 A UL continuous)'),
      fields: {
        deratingFraction: derived(
          'bank limit 3 × 208 V × 16 A = 9,984 W over nameplate √3 × 208 V × 50 A = 18,013 VA → 0.554',
          'SE-FA156194',
        ),
        outlets: published('NETBOX-AP8868', '"(36) C13 & (6) C19", 10.0 kW (shared/devicetypes/netbox)'),
        weightKg: estimate('not in figures.md; typical of a 42-outlet 0U PDU'),
        ports: estimate('one network management port assumed'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'pdu',
    sku: sku('pdu-230v-1ph-32a-0u'),
    name: 'PDU 0U 230 V 1-phase 32 A',
    vendor: 'Generic',
    placement: 'rack-0u',
    uHeight: 0,
    fullDepth: false,
    voltageV: 230,
    phases: 1,
    inputAmps: 32,
    outlets: [
      { type: 'C13', count: 20 },
      { type: 'C19', count: 4 },
    ],
    weightKg: 6,
    ports: MGMT,
    price: examplePrice(1500),
    description: 'Generic vertical 0U PDU, 230 V single-phase 32 A (7.36 kVA nameplate), 20 × C13 + 4 × C19.',
    provenance: {
      default: estimate(
        'generic IEC 32 A single-phase PDU class; outlet mix and weight typical of the class',
      ),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'pdu',
    sku: sku('pdu-1u-230v-16a'),
    name: 'PDU 1U 230 V 16 A',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: false,
    voltageV: 230,
    phases: 1,
    inputAmps: 16,
    outlets: [{ type: 'C13', count: 8 }],
    weightKg: 2.5,
    ports: MGMT,
    price: examplePrice(500),
    description: 'Generic horizontal 1U PDU, 230 V single-phase 16 A (3.68 kVA nameplate), 8 × C13.',
    provenance: {
      default: estimate('generic 1U 16 A PDU class; outlet count and weight typical of the class'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];

export const POWER_SHELVES: readonly PowerShelf[] = [
  {
    kind: 'power-shelf',
    sku: sku('orv3-power-shelf-33kw'),
    name: 'ORv3 power shelf 33 kW',
    vendor: 'Generic (OCP ORv3, Supermicro GB300 class)',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    outputW: 33_000,
    psuCount: 6,
    psuRedundancy: '6+0',
    busbarV: 50,
    weightKg: 18,
    efficiency: 0.975,
    price: examplePrice(9000),
    description:
      '1U ORv3 shelf, 6 × 5.5 kW PSUs = 33 kW to the 48–54 V busbar; redundancy comes from pairing shelves (N+N).',
    provenance: {
      default: published('SERVERSIMPLY-GB300', 'S reporting Supermicro figures: 1U, 33 kW, 6 × 5.5 kW PSUs'),
      fields: {
        psuRedundancy: estimate(
          'all 6 PSUs are needed for 33 kW, so redundancy is at rack level (N+N shelves)',
        ),
        busbarV: estimate('48–54 V DC busbar; 50 V taken as nominal'),
        efficiency: estimate(
          '~97.5% AC→DC for ORv3 shelves (POWER.md §1, S); rated at the DC output',
          'POWER-NOTES',
        ),
        weightKg: estimate('not published; typical of a 1U six-PSU shelf'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'power-shelf',
    sku: sku('orv3-power-shelf-18kw'),
    name: 'ORv3 power shelf 18 kW',
    vendor: 'Generic (OCP ORv3)',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    outputW: 18_000,
    psuCount: 6,
    psuRedundancy: '6+0',
    busbarV: 50,
    weightKg: 15,
    efficiency: 0.975,
    price: examplePrice(6000),
    description: '1U ORv3 shelf, 6 × 3 kW PSUs = 18 kW to the 48–54 V busbar (15 kW if run 5+1).',
    provenance: {
      default: estimate(
        'generic ORv3 18 kW shelf class (6 × 3 kW PSUs); figures chosen, not read from a datasheet',
      ),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];
