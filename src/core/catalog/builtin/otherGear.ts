/**
 * Built-in rack-mount gear that is neither a server nor a fabric switch: the NVL72 NVLink switch tray (its NVLink
 * ports stay inside the rack, so it joins no fabric), the UFM appliance, storage and management nodes, and a passive
 * cable manager. Prices are illustrative examples (`example: true`), not list prices.
 */
import type { RackMountGear } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, estimate, examplePrice, published } from './sources';

const BMC = { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' } as const;

/** The GB200 NVL72 NVLink switch tray; the GB300 tray (same chassis and switch chips) reuses this record. */
export const GB200_SWITCH_TRAY: RackMountGear = {
  kind: 'rackmount',
  sku: sku('nvidia-gb200-nvlink-switch-tray'),
  name: 'NVIDIA GB200 NVL72 NVLink switch tray',
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  weightKg: 25,
  gpuCount: 0,
  power: {
    typicalW: 1100,
    maxW: 1500,
    psuCount: 0,
    psuRedundancy: 'busbar',
    inputVoltageV: 50,
    inlet: 'busbar',
  },
  thermal: { liquidFraction: 0.7, airflow: 'front-to-rear' },
  ports: [{ ...BMC, name: 'mgmt' }],
  price: examplePrice(45_000),
  description:
    '1U NVLink 5 switch tray (2 switch chips), busbar-fed, liquid-cooled ASICs: about 1.5 kW max; NVLink ports are internal to the rack.',
  provenance: {
    default: published(
      ['NV-GB200-HW', 'NV-RA-GB200-NET'],
      '9 × 1RU trays per rack, 2 NVLink switch chips each; ASICs liquid-cooled (NV-MNNVL)',
    ),
    fields: {
      weightKg: estimate(
        'not published; a 1U tray with two large ASICs, cold plates and cartridge connectors',
      ),
      'power.maxW': estimate(
        'not published; two NVLink switch ASICs, management CPU and fans; 9 trays × 1.5 kW + 18 compute trays ≈ the ~120 kW rack (STH-GB200)',
      ),
      'power.typicalW': estimate('~75% of the estimated max'),
      'power.inputVoltageV': estimate('48–54 V DC busbar; 50 V taken as nominal'),
      'thermal.liquidFraction': estimate(
        'liquid vs air split not published (figures.md 1.1); ASICs on cold plates, optics-free copper spine, rest air-cooled',
        'NV-MNNVL',
      ),
      ports: estimate('only the out-of-band management port is field-cabled; one 1 GbE port assumed'),
      price: EXAMPLE_PRICE,
    },
  },
};

export const OTHER_GEAR: readonly RackMountGear[] = [
  GB200_SWITCH_TRAY,
  {
    kind: 'rackmount',
    sku: sku('nvidia-ufm-enterprise-ndr'),
    name: 'NVIDIA UFM Enterprise Appliance (NDR)',
    vendor: 'NVIDIA',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    weightKg: 17,
    gpuCount: 0,
    power: {
      typicalW: 450,
      maxW: 689,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 1100,
      inputVoltageV: 230,
      inlet: 'C14',
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear', cfm: 52.1 },
    ports: [
      { name: 'ib', count: 2, speedGbps: 400, formFactor: 'OSFP', role: 'compute' },
      { name: 'inband', count: 2, speedGbps: 100, formFactor: 'QSFP28', role: 'inband' },
      BMC,
    ],
    price: examplePrice(40_000),
    description: 'InfiniBand fabric manager appliance: 1U, 17 kg, 2 × 1,100 W PSUs, 689 W max, 52.1 CFM.',
    provenance: {
      default: published(
        'RACKULA',
        'P*: ufmenterprisendrhwum via RACKULA: 1U, 17 kg, 2 × 1,100 W PSU, 0.689 kW max, 52.1 CFM',
      ),
      fields: {
        'power.typicalW': estimate('typical not published; ~65% of the 689 W max'),
        'power.inputVoltageV': estimate('230 V nominal assumed'),
        'power.inlet': estimate('1,100 W PSUs: C14 assumed'),
        ports: estimate(
          'two NDR ports into the fabric it manages (SuperPOD Table 4 counts UFM links with the compute cables, NV-RA-H100-NET) plus in-band and BMC; counts assumed',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'rackmount',
    sku: sku('storage-node-2u-nvme'),
    name: 'NVMe storage node 2U',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 2,
    fullDepth: true,
    weightKg: 30,
    gpuCount: 0,
    power: {
      typicalW: 1000,
      maxW: 1600,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 2000,
      inputVoltageV: 230,
      inlet: 'C14',
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: [{ name: 'storage', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' }, BMC],
    price: examplePrice(60_000),
    description: 'Generic 2U all-flash NVMe storage node (24 drives): 1.6 kW max, 2 × 400G storage ports.',
    provenance: {
      default: estimate('generic 2U 24-bay NVMe node class; typical figures of current all-flash nodes'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'rackmount',
    sku: sku('mgmt-server-1u'),
    name: 'Management server 1U',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    weightKg: 17,
    gpuCount: 0,
    power: {
      typicalW: 350,
      maxW: 650,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 800,
      inputVoltageV: 230,
      inlet: 'C14',
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: [{ name: 'inband', count: 2, speedGbps: 100, formFactor: 'QSFP28', role: 'inband' }, BMC],
    price: examplePrice(10_000),
    description:
      'Cluster management node (2-socket x86, ≥24 cores as the SuperPOD RA asks): 1U, 650 W max, 2 × 100G in-band.',
    provenance: {
      default: estimate('generic 2-socket 1U management server; typical figures of current x86 1U servers'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
  {
    kind: 'rackmount',
    sku: sku('cable-manager-1u'),
    name: 'Horizontal cable manager 1U',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: false,
    weightKg: 1.2,
    gpuCount: 0,
    power: { typicalW: 0, maxW: 0, psuCount: 0, psuRedundancy: 'none', inputVoltageV: 0, inlet: 'hardwired' },
    thermal: { liquidFraction: 0, airflow: 'passive' },
    ports: [],
    price: examplePrice(80),
    description: 'Passive 1U horizontal cable manager with brush strip: no power, no ports, 1.2 kg.',
    provenance: {
      default: estimate('generic passive accessory; weight typical of a steel 1U finger-duct panel'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];
