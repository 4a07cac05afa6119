/**
 * Built-in NVIDIA switches. Leaf switches split their ports half down, half up (non-blocking). Every switch also has
 * a 1 GbE management port on the out-of-band network. Power and weight come from NVIDIA's hardware specifications as
 * quoted by RACKULA; max draws NVIDIA does not give are estimates. Prices are illustrative examples
 * (`example: true`), not list prices.
 */
import type { PortGroup, Switch } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, estimate, examplePrice, published } from './sources';

const MGMT: PortGroup = { name: 'mgmt', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' };

/** A leaf's ports split half down, half up. */
const leafPorts = (
  total: number,
  speedGbps: number,
  formFactor: PortGroup['formFactor'],
): readonly PortGroup[] => [
  { name: 'down', count: total / 2, speedGbps, formFactor, role: 'downlink' },
  { name: 'up', count: total / 2, speedGbps, formFactor, role: 'uplink' },
  MGMT,
];

const AIRFLOW_VARIANT = estimate(
  'NVIDIA ships P2C and C2P airflow variants; this SKU is the one matching front-to-rear servers as mounted (NetBox lists QM9700/SN5600 as rear-to-front)',
);
const PSU_ESTIMATE = estimate('PSU count and inlet not in figures.md; dual hot-swap PSUs (1+1) assumed');

const QM9700_SPEC = published(
  ['NV-QM97-IF', 'RACKULA', 'NETBOX-QM9700'],
  'P*: qm97x0hw specifications via RACKULA: 1U, 14.8 kg (2 PSU), 32 OSFP cages = 64 × NDR 400G, 1.72 kW max with active cables, 0.747 kW typical with passive',
);
const qm9700Fields = {
  'power.psuCount': PSU_ESTIMATE,
  'power.psuRedundancy': PSU_ESTIMATE,
  'power.inputVoltageV': PSU_ESTIMATE,
  'power.inlet': PSU_ESTIMATE,
  'thermal.airflow': AIRFLOW_VARIANT,
  ports: published(
    'NV-QM97-IF',
    '64 logical ports; the 32 down + 32 up split is the non-blocking leaf layout',
  ),
  price: EXAMPLE_PRICE,
};

const qm9700 = (skuText: string, fabric: Switch['fabric'], name: string, description: string): Switch => ({
  kind: 'switch',
  sku: sku(skuText),
  name,
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  weightKg: 14.8,
  gpuCount: 0,
  fabric,
  // "1.72 kW max with active cables": the max already includes the optics in its cages.
  power: {
    typicalW: 747,
    maxW: 1720,
    psuCount: 2,
    psuRedundancy: '1+1',
    inputVoltageV: 230,
    inlet: 'C14',
    includesOptics: true,
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
  ports: leafPorts(64, 400, 'OSFP'),
  price: examplePrice(30_000),
  description,
  provenance: { default: QM9700_SPEC, fields: qm9700Fields },
});

const SN5600_SPEC = published(
  ['NV-SN5000-IF', 'RACKULA', 'NETBOX-SN5600'],
  'P*: 2U, 23.5 kg, 64 × 800GbE OSFP, 0.94 kW typical with passive cables, dual 3 kW PSUs',
);
const sn5600Fields = {
  'power.maxW': estimate(
    'max not published; ~2.1 kW taken from the SN5610 figure of 2.08 kW with 64 optical modules (RACKULA) as a bound',
    'RACKULA',
  ),
  'power.inputVoltageV': estimate('230 V nominal assumed'),
  'power.inlet': estimate('3 kW PSUs need 16 A inlets: C20 assumed'),
  'thermal.airflow': AIRFLOW_VARIANT,
  ports: published(
    'NV-SN5000-IF',
    '32 down + 32 up is the leaf layout; breakout to 128 × 400G is not modelled',
  ),
  price: EXAMPLE_PRICE,
};

const sn5600 = (skuText: string, fabric: Switch['fabric'], name: string, description: string): Switch => ({
  kind: 'switch',
  sku: sku(skuText),
  name,
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 2,
  fullDepth: true,
  weightKg: 23.5,
  gpuCount: 0,
  fabric,
  power: {
    typicalW: 940,
    maxW: 2100,
    psuCount: 2,
    psuRedundancy: '1+1',
    psuRatingW: 3000,
    inputVoltageV: 230,
    inlet: 'C20',
    // The estimate is bounded by the SN5610's "2.08 kW with 64 optical modules": optics included.
    includesOptics: true,
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
  ports: leafPorts(64, 800, 'OSFP'),
  price: examplePrice(60_000),
  description,
  provenance: { default: SN5600_SPEC, fields: sn5600Fields },
});

const SN2201_SPEC = published(
  ['RACKULA', 'NETBOX-SN2201-PR'],
  'P*: sn2201hw via RACKULA: 1U, 7.41 kg, 48 × 1GbE RJ45 + 4 × 100GbE QSFP28, 0.098 kW typical',
);

const sn2201 = (skuText: string, airflow: 'front-to-rear' | 'rear-to-front', name: string): Switch => ({
  kind: 'switch',
  sku: sku(skuText),
  name,
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: false,
  weightKg: 7.41,
  gpuCount: 0,
  fabric: 'oob',
  power: { typicalW: 98, maxW: 160, psuCount: 2, psuRedundancy: '1+1', inputVoltageV: 230, inlet: 'C14' },
  thermal: { liquidFraction: 0, airflow },
  ports: [
    { name: 'down', count: 48, speedGbps: 1, formFactor: 'RJ45', role: 'downlink' },
    { name: 'up', count: 4, speedGbps: 100, formFactor: 'QSFP28', role: 'uplink' },
    MGMT,
  ],
  price: examplePrice(8000),
  description: `Out-of-band 1GbE switch (${airflow} airflow): 1U, 7.41 kg, 48 × 1GbE RJ45 + 4 × 100G QSFP28 uplinks, 98 W typical.`,
  provenance: {
    default: SN2201_SPEC,
    fields: {
      fullDepth: estimate('short-depth 1U chassis assumed'),
      'power.maxW': estimate('max not published; ~1.6 × the 98 W typical'),
      'power.psuCount': PSU_ESTIMATE,
      'power.psuRedundancy': PSU_ESTIMATE,
      'power.inputVoltageV': PSU_ESTIMATE,
      'power.inlet': PSU_ESTIMATE,
      'thermal.airflow': estimate('P2C and C2P variants exist; the SKU name says which one this is'),
      price: EXAMPLE_PRICE,
    },
  },
});

export const SWITCHES: readonly Switch[] = [
  qm9700(
    'nvidia-qm9700',
    'compute',
    'NVIDIA Quantum-2 QM9700',
    'NDR InfiniBand compute leaf/spine: 1U, 14.8 kg, 64 × 400G on 32 OSFP cages, 1,720 W max / 747 W typical.',
  ),
  qm9700(
    'nvidia-qm9700-storage',
    'storage',
    'NVIDIA Quantum-2 QM9700 (storage fabric)',
    'QM9700 on the storage fabric: 1U, 14.8 kg, 64 × 400G NDR, 1,720 W max / 747 W typical.',
  ),
  {
    ...qm9700(
      'nvidia-qm9790',
      'compute',
      'NVIDIA Quantum-2 QM9790 (unmanaged)',
      'Unmanaged NDR InfiniBand switch (fabric run by UFM): 1U, 64 × 400G, 1,610 W max / 640 W typical.',
    ),
    power: {
      typicalW: 640,
      maxW: 1610,
      psuCount: 2,
      psuRedundancy: '1+1',
      inputVoltageV: 230,
      inlet: 'C14',
      includesOptics: true,
    },
    price: examplePrice(25_000),
    provenance: {
      default: published('RACKULA', 'P*: QM9790 1.61 kW max, 0.64 kW typical; ports as QM9700 (NV-QM97-IF)'),
      fields: { ...qm9700Fields, weightKg: estimate('not given for QM9790; QM9700 2-PSU weight assumed') },
    },
  },
  sn5600(
    'nvidia-sn5600',
    'compute',
    'NVIDIA Spectrum-4 SN5600',
    'Spectrum-X 800GbE compute leaf/spine: 2U, 23.5 kg, 64 × 800G OSFP, 940 W typical, about 2.1 kW max.',
  ),
  sn5600(
    'nvidia-sn5600-inband',
    'inband',
    'NVIDIA Spectrum-4 SN5600 (in-band)',
    'SN5600 as in-band management leaf/spine: 2U, 23.5 kg, 64 × 800G OSFP, 940 W typical, about 2.1 kW max.',
  ),
  {
    ...sn5600(
      'nvidia-sn5610',
      'compute',
      'NVIDIA Spectrum-4 SN5610',
      'Spectrum-4 800GbE switch: 2U, 64 × 800G OSFP, 900 W typical, 2.08 kW with 64 optical modules.',
    ),
    power: {
      typicalW: 900,
      maxW: 2080,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 3000,
      inputVoltageV: 230,
      inlet: 'C20',
      includesOptics: true,
    },
    price: examplePrice(65_000),
    provenance: {
      default: published('RACKULA', 'P*: SN5610 0.9 kW typical, 2.08 kW with 64 optical modules'),
      fields: {
        ...sn5600Fields,
        'power.maxW': published('RACKULA', 'P*: 2.08 kW with 64 optical modules'),
        uHeight: estimate('not in figures.md; taken as the SN5600 (same Spectrum-4 ASIC class)'),
        weightKg: estimate('not in figures.md; SN5600 weight assumed'),
        'power.psuRatingW': estimate('SN5600 dual 3 kW PSUs assumed'),
        ports: estimate('64 × 800G OSFP assumed as on SN5600; 32 down + 32 up leaf layout'),
      },
    },
  },
  sn2201('nvidia-sn2201', 'front-to-rear', 'NVIDIA SN2201'),
  sn2201('nvidia-sn2201-c2p', 'rear-to-front', 'NVIDIA SN2201 (C2P airflow)'),
  {
    kind: 'switch',
    sku: sku('nvidia-sn4600c'),
    name: 'NVIDIA Spectrum-2 SN4600C',
    vendor: 'NVIDIA',
    placement: 'rack-u',
    uHeight: 2,
    fullDepth: true,
    weightKg: 14.64,
    gpuCount: 0,
    fabric: 'inband',
    power: { typicalW: 466, maxW: 950, psuCount: 2, psuRedundancy: '1+1', inputVoltageV: 230, inlet: 'C14' },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: leafPorts(64, 100, 'QSFP28'),
    price: examplePrice(25_000),
    description: '100GbE in-band management switch: 2U, 14.64 kg, 64 × 100G QSFP28, 466 W typical.',
    provenance: {
      default: published('RACKULA', 'P*: 2U, 64 × QSFP28 100GbE, 14.64 kg, 0.466 kW typical'),
      fields: {
        'power.maxW': estimate('max not published; ~2× typical, the max/typical ratio of QM9700 and SN5600'),
        'power.psuCount': PSU_ESTIMATE,
        'power.psuRedundancy': PSU_ESTIMATE,
        'power.inputVoltageV': PSU_ESTIMATE,
        'power.inlet': PSU_ESTIMATE,
        'thermal.airflow': AIRFLOW_VARIANT,
        ports: published('RACKULA', '64 × 100G; the 32 down + 32 up split is the leaf layout'),
        price: EXAMPLE_PRICE,
      },
    },
  },
];

const SN4600C = SWITCHES.find((s) => s.sku === 'nvidia-sn4600c') as Switch;

/**
 * The SN4600C as the out-of-band network's spine: the reference designs aggregate the SN2201 leaves' 100G uplinks on
 * an SN4600C, so the same switch is listed on the out-of-band fabric (the link rules keep each network apart).
 */
export const OOB_AGGREGATION: readonly Switch[] = [
  {
    ...SN4600C,
    sku: sku('nvidia-sn4600c-oob'),
    name: 'NVIDIA Spectrum-2 SN4600C (out-of-band spine)',
    fabric: 'oob',
    description:
      '100GbE switch aggregating the out-of-band SN2201 leaves: 2U, 14.64 kg, 64 × 100G QSFP28, 466 W typical.',
  },
];
