/**
 * Current-generation NVIDIA gear: DGX B300, the GB300 NVL72 compute and NVLink switch trays and power shelf, and the
 * Quantum-X800 Q3400 switch. NVIDIA's primary spec pages for these were not in the corpus, so most power figures are
 * derived from the per-GPU TDPs VERDA reports (S) or estimated, each with its reasoning. Prices are illustrative
 * examples (`example: true`), not list prices.
 */
import type { PowerShelf, RackMountGear, Server, Switch } from '../../model/catalog';
import { sku } from '../../model/ids';
import { GB200_SWITCH_TRAY } from './otherGear';
import { NVL72_MAX_Q_RATIO, maxQAssumed } from './maxQ';
import { EXAMPLE_PRICE, derived, estimate, examplePrice, published } from './sources';

const BMC = { name: 'bmc', count: 1, speedGbps: 1, formFactor: 'RJ45', role: 'oob' } as const;

/** Per-GPU max TDP, W (figures.md §1.1, VERDA, S reporting NVIDIA). */
const B300_GPU_W = 1100;
const GB300_GPU_W = 1400;
/** GB300 compute tray under an assumed Max-Q, W: 6,700 W × 0.72 = 4,824 W. */
const GB300_TRAY_MAX_Q_W = Math.round((4 * GB300_GPU_W + 1100) * NVL72_MAX_Q_RATIO);

/** DGX B200 max 14.3 kW less its 8 × 1.0 kW GPUs: what the rest of the 10U chassis draws, W. */
const DGX_B200_NON_GPU_W = 14_300 - 8 * 1000;

const DGX_B300: Server = {
  kind: 'server',
  sku: sku('nvidia-dgx-b300'),
  name: 'NVIDIA DGX B300',
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 10,
  fullDepth: true,
  weightKg: 142.4,
  gpuCount: 8,
  power: {
    typicalW: 11_325,
    maxW: DGX_B200_NON_GPU_W + 8 * B300_GPU_W,
    psuCount: 6,
    psuRedundancy: '5+1',
    psuRatingW: 3300,
    inputVoltageV: 230,
    inlet: 'C20',
    perGpuW: B300_GPU_W,
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
  ports: [
    { name: 'compute', count: 8, speedGbps: 800, formFactor: 'OSFP', role: 'compute' },
    { name: 'storage', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' },
    { name: 'inband', count: 2, speedGbps: 400, formFactor: 'QSFP112', role: 'inband' },
    BMC,
  ],
  price: examplePrice(550_000),
  description:
    '8 × B300 (Blackwell Ultra) air-cooled system: about 15.1 kW max (derived), 10U, 8 × 800G compute ports.',
  provenance: {
    default: estimate(
      'DGX B300 user guide not in the corpus: chassis figures (10U, 142.4 kg, 6 × 3.3 kW 5+1) taken from the DGX B200 it succeeds',
      'NV-DGXB200-UG',
    ),
    fields: {
      gpuCount: published('NV-RA-B300XDR-ARCH', 'DGX B300: 8 Blackwell Ultra GPUs'),
      'power.perGpuW': published('VERDA', 'S reporting NVIDIA: B300 1.1 kW max TDP per GPU'),
      'power.maxW': derived(
        'DGX B200 14.3 kW − 8 × 1.0 kW B200 GPUs = 6.3 kW for the rest of the chassis; + 8 × 1.1 kW B300 = 15.1 kW',
        ['NV-DGXB200-UG', 'VERDA'],
      ),
      'power.typicalW': estimate('typical draw not published; 75% of the derived 15.1 kW max'),
      ports: estimate('ConnectX-8 SuperNICs at 800 Gb/s per GPU assumed; storage and in-band as on DGX B200'),
      price: EXAMPLE_PRICE,
    },
  },
};

const GB300_COMPUTE_TRAY: Server = {
  kind: 'server',
  sku: sku('nvidia-gb300-compute-tray'),
  name: 'NVIDIA GB300 NVL72 compute tray',
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  weightKg: 32,
  gpuCount: 4,
  power: {
    typicalW: 5025,
    maxW: 4 * GB300_GPU_W + 1100,
    psuCount: 0,
    psuRedundancy: 'busbar',
    inputVoltageV: 50,
    inlet: 'busbar',
    perGpuW: GB300_GPU_W,
    cappedW: GB300_TRAY_MAX_Q_W,
  },
  thermal: { liquidFraction: 0.85, airflow: 'front-to-rear' },
  ports: [
    { name: 'compute', count: 4, speedGbps: 800, formFactor: 'OSFP', role: 'compute' },
    { name: 'storage', count: 1, speedGbps: 400, formFactor: 'QSFP112', role: 'storage' },
    { name: 'inband', count: 1, speedGbps: 400, formFactor: 'QSFP112', role: 'inband' },
    BMC,
  ],
  price: examplePrice(200_000),
  description:
    '1U liquid-cooled NVL72 tray, 2 Grace + 4 Blackwell Ultra, busbar-fed: about 6.7 kW max (derived), 4 × 800G compute ports.',
  provenance: {
    default: published(['NV-GB200-HW', 'VERDA'], 'same 1RU tray layout as GB200: 2 Grace + 4 GPUs'),
    fields: {
      weightKg: estimate(
        'Supermicro GB300 tray is 32 kg in the NetBox devicetype-library (ARS-121GL-NB3-LCC)',
      ),
      'power.perGpuW': published(
        'VERDA',
        'S reporting NVIDIA: GB300 1.4 kW max TDP per GPU; 72 GPUs = 100.8 kW',
      ),
      'power.maxW': derived(
        '4 × 1,400 W GB300 GPUs + 1,100 W for 2 Grace, LPDDR5X, NICs and fans (as on the GB200 tray) = 6,700 W',
        'VERDA',
      ),
      'power.typicalW': estimate('typical draw not published; 75% of the derived max'),
      'power.cappedW': maxQAssumed('6,700 W', GB300_TRAY_MAX_Q_W),
      'power.inputVoltageV': estimate('48–54 V DC busbar; 50 V taken as nominal'),
      'thermal.liquidFraction': estimate('split not published; ~85% as on the GB200 tray'),
      ports: estimate(
        'ConnectX-8 at 800 Gb/s per GPU assumed; one BlueField-3 port each for storage and in-band',
      ),
      price: EXAMPLE_PRICE,
    },
  },
};

const GB300_SWITCH_TRAY: RackMountGear = {
  ...GB200_SWITCH_TRAY,
  sku: sku('nvidia-gb300-nvlink-switch-tray'),
  name: 'NVIDIA GB300 NVL72 NVLink switch tray',
  description:
    '1U NVLink 5 switch tray of the GB300 NVL72 (9 per rack, 2 switch chips each), busbar-fed: about 1.5 kW max.',
  provenance: {
    default: published(
      ['NV-GB200-HW', 'NV-RA-GB200-NET'],
      '9 × 1RU trays per rack, 2 NVLink switch chips each',
    ),
    fields: {
      weightKg: estimate('not published; as the GB200 tray'),
      'power.maxW': estimate(
        'not published; the same NVLink 5 switch chips as GB200, so the GB200 tray estimate',
      ),
      'power.typicalW': estimate('~75% of the estimated max'),
      'power.inputVoltageV': estimate('48–54 V DC busbar; 50 V taken as nominal'),
      'thermal.liquidFraction': estimate('split not published; ASICs on cold plates, rest air-cooled'),
      ports: estimate('only the out-of-band management port is field-cabled'),
      price: EXAMPLE_PRICE,
    },
  },
};

/** 65 J per GPU (S) × 72 GPUs shared by 8 shelves. */
const GB300_SHELF_STORAGE_J = (65 * 72) / 8;

const GB300_POWER_SHELF: PowerShelf = {
  kind: 'power-shelf',
  sku: sku('nvidia-gb300-power-shelf-33kw'),
  name: 'GB300 NVL72 power shelf 33 kW (energy storage)',
  vendor: 'NVIDIA / OEM (ORv3 class)',
  placement: 'rack-u',
  uHeight: 1,
  fullDepth: true,
  outputW: 33_000,
  psuCount: 6,
  psuRedundancy: '6+0',
  busbarV: 50,
  weightKg: 20,
  efficiency: 0.975,
  energyStorageJ: GB300_SHELF_STORAGE_J,
  price: examplePrice(12_000),
  description:
    '1U shelf, 6 × 5.5 kW PSUs = 33 kW to the busbar (8 per rack), with capacitor storage that smooths GPU load swings.',
  provenance: {
    default: published(
      'SERVERSIMPLY-GB300',
      'S reporting Supermicro: 8 × 1U 33 kW shelves (6 × 5.5 kW PSUs) per GB300 rack',
    ),
    fields: {
      efficiency: estimate(
        '~97.5% AC→DC for ORv3 shelves (POWER.md §1, S); rated at the DC output',
        'POWER-NOTES',
      ),
      energyStorageJ: derived('~65 J per GPU (S) × 72 GPUs / 8 shelves = 585 J', 'NV-GB300-SMOOTHING'),
      psuRedundancy: estimate('all 6 PSUs are needed for 33 kW; redundancy from pairing shelves'),
      busbarV: estimate('48–54 V DC busbar; 50 V taken as nominal'),
      weightKg: estimate('not published; a 1U six-PSU shelf with storage capacitors'),
      price: EXAMPLE_PRICE,
    },
  },
};

/** Quantum-X800 Q3400: 72 twin-port OSFP cages = 144 × 800G (XDR) ports. */
const Q3400: Switch = {
  kind: 'switch',
  sku: sku('nvidia-q3400'),
  name: 'NVIDIA Quantum-X800 Q3400',
  vendor: 'NVIDIA',
  placement: 'rack-u',
  uHeight: 4,
  fullDepth: true,
  weightKg: 60,
  gpuCount: 0,
  fabric: 'compute',
  power: {
    typicalW: 3000,
    maxW: 5800,
    psuCount: 4,
    psuRedundancy: '2+2',
    inputVoltageV: 230,
    inlet: 'C20',
    includesOptics: true,
  },
  thermal: { liquidFraction: 0, airflow: 'front-to-rear' },
  ports: [
    { name: 'down', count: 72, speedGbps: 800, formFactor: 'OSFP', role: 'downlink' },
    { name: 'up', count: 72, speedGbps: 800, formFactor: 'OSFP', role: 'uplink' },
    { ...BMC, name: 'mgmt' },
  ],
  price: examplePrice(120_000),
  description: 'XDR InfiniBand switch, radix 144 at 800 Gb/s (72 down + 72 up as a leaf), 4U, air-cooled.',
  provenance: {
    default: published('NV-RA-B300XDR-ARCH', 'Quantum-X800 XDR switches: 144 ports at 800 Gb/s'),
    fields: {
      weightKg: estimate('not in the corpus; a 4U switch with 72 OSFP cages'),
      'power.maxW': estimate(
        'not in the corpus; 144 × ~25 W 800G optics (3.6 kW) + ASIC, CPU and fans (~2.2 kW) ≈ 5.8 kW, optics included',
      ),
      'power.typicalW': estimate('~half the estimated max with passive cables'),
      'power.psuCount': estimate('4 PSUs in 2+2 assumed'),
      ports: estimate('72 down + 72 up is the non-blocking leaf layout'),
      price: EXAMPLE_PRICE,
    },
  },
};

export const CURRENT_GEN_SERVERS: readonly Server[] = [DGX_B300, GB300_COMPUTE_TRAY];
export const CURRENT_GEN_SWITCHES: readonly Switch[] = [Q3400];
export const CURRENT_GEN_OTHER: readonly RackMountGear[] = [GB300_SWITCH_TRAY];
export const CURRENT_GEN_SHELVES: readonly PowerShelf[] = [GB300_POWER_SHELF];
