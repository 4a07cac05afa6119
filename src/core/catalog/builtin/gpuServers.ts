/**
 * Built-in NVIDIA DGX systems and the GB200 NVL72 compute tray. Max draw, U, weight and airflow come from the DGX
 * user guides; NVIDIA publishes no typical draw, so typical is an estimate at 75% of max. Prices are illustrative
 * examples (`example: true`), not list prices.
 */
import type { PortGroup, Server } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';
import { GB200_TRAY_MAX_Q_W, maxQFromGb200 } from './maxQ';

/**
 * DGX H100/H200/B200 network ports: 4 twin-port OSFP cages serve 8 single-port ConnectX-7 (8 logical 400G compute
 * ports); 2 dual-port QSFP112 NICs (ConnectX-7 on H100/H200, BlueField-3 on B200) split 2 storage + 2 in-band; the
 * BMC is 1 GbE.
 */
const DGX_PORTS: readonly PortGroup[] = [
  { name: 'compute', count: 8, speedGbps: 400, formFactor: 'OSFP', role: 'compute' },
  { name: 'storage', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' },
  { name: 'inband', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'inband' },
  { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
];

const DGX_PORTS_SPLIT =
  'the 2 storage + 2 in-band split of the dual-port NICs and the 1 GbE BMC port are our layout';

const DGX_H100_GUIDE = published(
  ['NV-DGXH100-UG', 'RACKULA'],
  'P*: DGX H100/H200 user guide read via RACKULA (8U, 130.45 kg, 10.2 kW, 6 × 3,300 W 4+2, 1,105 CFM)',
);

const dgxH100Fields = {
  'power.perGpuW': estimate('H100 / H200 SXM 700 W max TDP (NVIDIA H100 datasheet; not in figures.md)'),
  'power.typicalW': estimate('typical draw not published; 75% of the 10.2 kW max'),
  'power.inputVoltageV': published('NV-DGXH100-UG', 'PSUs rated 200–240 V, 16 A; 230 V taken as nominal'),
  ports: published('NV-BASEPOD-CORE', DGX_PORTS_SPLIT),
  gpuCount: published('NV-BASEPOD-CORE'),
  price: EXAMPLE_PRICE,
};

const DGX_H100: Server = {
  kind: 'server',
  sku: sku('nvidia-dgx-h100'),
  name: 'NVIDIA DGX H100',
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 8,
  fullDepth: true,
  weightKg: 130.45,
  gpuCount: 8,
  power: {
    typicalW: 7650,
    maxW: 10_200,
    psuCount: 6,
    psuRedundancy: '4+2',
    psuRatingW: 3300,
    inputVoltageV: 230,
    inlet: 'C20',
    perGpuW: 700,
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear', cfm: 1105 },
  ports: DGX_PORTS,
  price: examplePrice(300_000),
  description: '8 × H100 air-cooled system: 8U, 130.45 kg, 10.2 kW max, 6 × 3.3 kW PSUs (4+2), 1,105 CFM.',
  provenance: { default: DGX_H100_GUIDE, fields: dgxH100Fields },
};

export const GPU_SERVERS: readonly Server[] = [
  DGX_H100,
  {
    // Same chassis as the DGX H100: figures.md §1.2 gives one set of figures for both.
    ...DGX_H100,
    sku: sku('nvidia-dgx-h200'),
    name: 'NVIDIA DGX H200',
    price: examplePrice(400_000),
    description: '8 × H200 (1,128 GB) in the DGX H100 chassis: 8U, 130.45 kg, 10.2 kW max, 1,105 CFM.',
    provenance: {
      default: published(
        ['NV-DGXH100-UG', 'RACKULA', 'NV-BASEPOD-CORE'],
        'P*: same chassis as DGX H100 (figures.md 1.2 gives one set of figures for both)',
      ),
      fields: dgxH100Fields,
    },
  },
  {
    kind: 'server',
    sku: sku('nvidia-dgx-b200'),
    name: 'NVIDIA DGX B200',
    vendor: 'NVIDIA',
    placement: 'rack-u',
    uHeight: 10,
    fullDepth: true,
    weightKg: 142.4,
    gpuCount: 8,
    power: {
      typicalW: 10_725,
      maxW: 14_300,
      psuCount: 6,
      psuRedundancy: '5+1',
      psuRatingW: 3300,
      inputVoltageV: 230,
      inlet: 'C20',
      perGpuW: 1000,
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear', cfm: 1550 },
    ports: DGX_PORTS,
    price: examplePrice(500_000),
    description: '8 × B200 air-cooled system: 10U, 142.4 kg, 14.3 kW max, 6 × 3.3 kW PSUs (5+1), 1,550 CFM.',
    provenance: {
      default: published('NV-DGXB200-UG', 'DGX B200 user guide: 10U, 142.4 kg, 14.3 kW, 6 × 3.3 kW 5+1'),
      fields: {
        'power.perGpuW': published(
          'VERDA',
          'S reporting NVIDIA: max TDP per GPU, B200 1.0 kW, GB200 1.2 kW, B300 1.1 kW',
        ),
        'power.typicalW': estimate('typical draw not published; 75% of the 14.3 kW max'),
        'power.inputVoltageV': published(
          'NV-DGXB200-UG',
          'PSUs rated 200–240 V, 16 A; 230 V taken as nominal',
        ),
        'thermal.cfm': published(['NV-DGXB200-UG', 'RACKULA'], 'P*: read via RACKULA'),
        ports: published(
          'NV-DGXB200-UG',
          `4 OSFP for 8 × CX-7 and 2 × dual-port BlueField-3; ${DGX_PORTS_SPLIT}`,
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'server',
    sku: sku('nvidia-gb200-compute-tray'),
    name: 'NVIDIA GB200 NVL72 compute tray',
    vendor: 'NVIDIA',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    weightKg: 35,
    gpuCount: 4,
    power: {
      typicalW: 4400,
      maxW: 5900,
      psuCount: 0,
      psuRedundancy: 'busbar',
      inputVoltageV: 50,
      inlet: 'busbar',
      perGpuW: 1200,
      cappedW: GB200_TRAY_MAX_Q_W,
    },
    thermal: { liquidFraction: 0.85, airflow: 'front-to-rear' },
    ports: [
      { name: 'compute', count: 4, speedGbps: 400, formFactor: 'OSFP', role: 'compute' },
      { name: 'storage', count: 1, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' },
      { name: 'inband', count: 1, speedGbps: 400, formFactor: 'QSFP112', role: 'inband' },
      { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
    ],
    price: examplePrice(150_000),
    description:
      '1U liquid-cooled NVL72 tray, 2 Grace + 4 Blackwell, busbar-fed: about 5.9 kW max, 4 × 400G compute + 2 BlueField-3 ports.',
    provenance: {
      default: published(
        ['NV-GB200-HW', 'NV-MNNVL'],
        '1RU, 2 Grace + 4 Blackwell, 4 × CX-7 400G OSFP, 2 × BF-3',
      ),
      fields: {
        'power.perGpuW': published(
          'VERDA',
          'S reporting NVIDIA: max TDP per GPU, B200 1.0 kW, GB200 1.2 kW, B300 1.1 kW',
        ),
        weightKg: estimate(
          'not published; Supermicro GB300 tray is 32 kg in NetBox devicetype-library (ARS-121GL-NB3-LCC); 35 kg keeps the rack near the reported 1.36 t',
        ),
        'power.maxW': derived(
          '4 × 1,200 W GB200 GPU TDP (VERDA, S) + 1,100 W estimated for 2 Grace, LPDDR5X, NICs and fans = 5,900 W; 18 trays + 9 NVLink trays × 1.5 kW ≈ 120 kW, matching STH-GB200 (S)',
          ['VERDA', 'STH-GB200'],
        ),
        'power.typicalW': estimate('typical draw not published; 75% of the derived 5.9 kW max'),
        'power.cappedW': maxQFromGb200('5,900 W', GB200_TRAY_MAX_Q_W),
        'power.inputVoltageV': estimate('48–54 V DC busbar; 50 V taken as nominal'),
        'thermal.airflow': estimate('residual air heat assumed front-to-rear like the rest of the rack'),
        'thermal.liquidFraction': estimate(
          'liquid vs air split not published (figures.md 1.1); Grace, Blackwell and CX-7 are liquid-cooled, so ~85% assumed',
          'NV-MNNVL',
        ),
        ports: published(
          'NV-GB200-HW',
          'one BF-3 400G port taken for storage and one for in-band; the 1 GbE BMC port is our layout',
        ),
        price: EXAMPLE_PRICE,
      },
    },
  },
];
