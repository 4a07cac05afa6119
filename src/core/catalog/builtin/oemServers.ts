/**
 * Built-in OEM HGX servers, liquid-cooled HGX Blackwell servers and a generic CPU server. OEMs publish few of the
 * figures a planner needs, so most values here are estimates, each with its reason. Prices are illustrative examples
 * (`example: true`), not list prices.
 */
import type { PortGroup, Server } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';

/** A typical HGX 8-GPU build: one 400G compute NIC per GPU, dual-port storage and in-band NICs, 1 GbE BMC. */
const hgxPorts = (computeGbps: number): readonly PortGroup[] => [
  { name: 'compute', count: 8, speedGbps: computeGbps, formFactor: 'OSFP', role: 'compute' },
  { name: 'storage', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' },
  { name: 'inband', count: 2, speedGbps: 100, formFactor: 'QSFP28', role: 'inband' },
  { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
];

const HGX_PORTS_ESTIMATE = estimate(
  'NIC build varies by order; a rail-optimised 8-NIC HGX configuration assumed',
);

export const OEM_SERVERS: readonly Server[] = [
  {
    kind: 'server',
    sku: sku('dell-xe9680'),
    name: 'Dell PowerEdge XE9680',
    vendor: 'Dell',
    placement: 'rack-u',
    uHeight: 6,
    fullDepth: true,
    weightKg: 107,
    gpuCount: 8,
    power: {
      typicalW: 8600,
      maxW: 11_500,
      psuCount: 6,
      psuRedundancy: '3+3',
      psuRatingW: 3200,
      inputVoltageV: 230,
      inlet: 'C20',
      perGpuW: 700,
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: hgxPorts(400),
    price: examplePrice(280_000),
    description:
      'Air-cooled HGX H100 8-GPU server: 6U, 6 × 3,200 W PSUs (3+3), about 11.5 kW max (estimate).',
    provenance: {
      default: published(
        'STORAGEREVIEW-XE9680',
        'S reporting Dell figures: 6U (2U compute + 4U GPU drawer), 6 PSUs totalling 19,200 W, 3+3',
      ),
      fields: {
        'power.perGpuW': estimate('H100 / H200 SXM 700 W max TDP (NVIDIA H100 datasheet; not in figures.md)'),
        weightKg: estimate('not found; typical of a 6U HGX chassis'),
        'power.maxW': estimate(
          'max system power not found; 8 × 700 W H100 SXM + 2 CPUs, memory, NICs and fans ≈ 11.5 kW. Exceeds 3 × 3,200 W = 9,600 W, so full 3+3 fault tolerance needs power capping',
        ),
        'power.typicalW': estimate('75% of the estimated max'),
        'power.inputVoltageV': estimate('200–240 V PSUs assumed; 230 V nominal'),
        'thermal.airflow': estimate('air-cooled front-to-rear chassis assumed'),
        ports: HGX_PORTS_ESTIMATE,
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'server',
    sku: sku('supermicro-sys-821ge-tnhr'),
    name: 'Supermicro SYS-821GE-TNHR',
    vendor: 'Supermicro',
    placement: 'rack-u',
    uHeight: 8,
    fullDepth: true,
    weightKg: 120,
    gpuCount: 8,
    power: {
      typicalW: 7650,
      maxW: 10_200,
      psuCount: 6,
      psuRedundancy: '4+2',
      psuRatingW: 3000,
      inputVoltageV: 230,
      inlet: 'C20',
      perGpuW: 700,
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: hgxPorts(400),
    price: examplePrice(270_000),
    description:
      'Air-cooled HGX H100/H200 8-GPU server: 8U; power, PSUs and weight are estimates (about 10.2 kW max).',
    provenance: {
      default: estimate(
        'PSU count/rating, power and weight not found (figures.md 1.4); same HGX H100 board as DGX H100, so its 10.2 kW max and 75% typical are assumed, with 6 × 3,000 W PSUs in 4+2',
      ),
      fields: {
        'power.perGpuW': estimate('H100 / H200 SXM 700 W max TDP (NVIDIA H100 datasheet; not in figures.md)'),
        uHeight: published('MYNW-821GE', 'S reporting the Supermicro figure: 8U, air-cooled HGX H100/H200'),
        gpuCount: published('MYNW-821GE', 'HGX 8-GPU board'),
        ports: HGX_PORTS_ESTIMATE,
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'server',
    sku: sku('hgx-b200-4u-dlc'),
    name: 'HGX B200 4U liquid-cooled server',
    vendor: 'Generic (Supermicro SYS-422GS-NBRT-LCC class)',
    placement: 'rack-u',
    uHeight: 4,
    fullDepth: true,
    weightKg: 80,
    gpuCount: 8,
    power: {
      typicalW: 8000,
      maxW: 10_600,
      psuCount: 6,
      psuRedundancy: '4+2',
      psuRatingW: 3300,
      inputVoltageV: 230,
      inlet: 'C20',
      perGpuW: 1000,
    },
    thermal: { liquidFraction: 0.85, airflow: 'front-to-rear' },
    ports: hgxPorts(400),
    price: examplePrice(420_000),
    description:
      'Direct-to-chip liquid-cooled HGX B200 8-GPU server: 4U, about 10.6 kW max, ~85% of heat to liquid.',
    provenance: {
      default: estimate('generic 4U DLC HGX B200 class; figures chosen, not read from a datasheet'),
      fields: {
        'power.perGpuW': published(
          'VERDA',
          'S reporting NVIDIA: max TDP per GPU, B200 1.0 kW, GB200 1.2 kW, B300 1.1 kW',
        ),
        'power.maxW': derived(
          '8 × 1,000 W B200 TDP (VERDA, S) + 2,600 W estimated for CPUs, memory, NICs, pumps and fans = 10,600 W',
          'VERDA',
        ),
        'power.typicalW': estimate('75% of the derived max'),
        'thermal.liquidFraction': estimate('GPUs and CPUs on cold plates; DIMMs, NICs and PSUs air-cooled'),
        ports: HGX_PORTS_ESTIMATE,
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'server',
    sku: sku('hgx-b300-4u-dlc'),
    name: 'HGX B300 4U liquid-cooled server',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 4,
    fullDepth: true,
    weightKg: 85,
    gpuCount: 8,
    power: {
      typicalW: 8700,
      maxW: 11_600,
      psuCount: 6,
      psuRedundancy: '4+2',
      psuRatingW: 3300,
      inputVoltageV: 230,
      inlet: 'C20',
      perGpuW: 1100,
    },
    thermal: { liquidFraction: 0.85, airflow: 'front-to-rear' },
    ports: hgxPorts(800),
    price: examplePrice(520_000),
    description:
      'Direct-to-chip liquid-cooled HGX B300 8-GPU server with 8 × 800G ConnectX-8: 4U, about 11.6 kW max.',
    provenance: {
      default: estimate('generic 4U DLC HGX B300 class; figures chosen, not read from a datasheet'),
      fields: {
        'power.perGpuW': published(
          'VERDA',
          'S reporting NVIDIA: max TDP per GPU, B200 1.0 kW, GB200 1.2 kW, B300 1.1 kW',
        ),
        'power.maxW': derived(
          '8 × 1,100 W B300 TDP (VERDA, S) + 2,800 W estimated for CPUs, memory, 800G NICs, pumps and fans = 11,600 W',
          'VERDA',
        ),
        'power.typicalW': estimate('75% of the derived max'),
        'thermal.liquidFraction': estimate('GPUs and CPUs on cold plates; DIMMs, NICs and PSUs air-cooled'),
        ports: estimate('one 800G ConnectX-8 per GPU assumed, as on B300 reference designs'),
        price: EXAMPLE_PRICE,
      },
    },
  },
  {
    kind: 'server',
    sku: sku('cpu-server-1u'),
    name: 'CPU server 1U (2-socket)',
    vendor: 'Generic',
    placement: 'rack-u',
    uHeight: 1,
    fullDepth: true,
    weightKg: 18,
    gpuCount: 0,
    power: {
      typicalW: 450,
      maxW: 800,
      psuCount: 2,
      psuRedundancy: '1+1',
      psuRatingW: 1200,
      inputVoltageV: 230,
      inlet: 'C14',
    },
    thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
    ports: [
      { name: 'data', count: 2, speedGbps: 25, formFactor: 'SFP28', role: 'inband' },
      { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' },
    ],
    price: examplePrice(12_000),
    description: 'Generic 2-socket 1U x86 server: 800 W max, 2 × 1,200 W PSUs (1+1), 2 × 25G + 1 GbE BMC.',
    provenance: {
      default: estimate('generic 2-socket 1U server class; typical figures of current x86 1U servers'),
      fields: { price: EXAMPLE_PRICE },
    },
  },
];
