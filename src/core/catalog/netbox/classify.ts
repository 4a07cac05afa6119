/**
 * Which podplan kind a NetBox device type becomes. NetBox has no device class, so the kind is read from the data:
 * outlets make a power device (a UPS when its text or model family says so, else a PDU), a coolant-distribution
 * hint makes a CDU, GPUs make a server, many network ports (or "switch" in the name) make a switch, and the rest is
 * a server when its name is a known server family, else other rack-mount gear. Each choice is recorded in
 * `inferred` with its evidence.
 */
import type { NbDeviceType } from './deviceType';
import type { InterfaceTally } from './ports';

export type ImportKind = 'server' | 'switch' | 'rackmount' | 'pdu' | 'ups' | 'cdu';

export interface Classification {
  readonly kind: ImportKind;
  /** Evidence of GPUs (a GPU model or the word GPU in the file, GPU module bays, a GPU server model family). */
  readonly gpu: boolean;
  /** GPUs counted from the text or the GPU module bays; null when the file does not say. */
  readonly gpuCount: number | null;
  /** How the kind was chosen, for `inferred`. */
  readonly why: string;
  /** How the GPU count was found, for `inferred`. */
  readonly gpuWhy: string | null;
}

/** A switch has at least this many data (non-management) interfaces. */
export const SWITCH_MIN_DATA_PORTS = 16;

const GPU_WORDS =
  /\b(GPUs?|DGX|HGX|A100|H100|H200|H800|B100|B200|B300|GB200|GB300|MI250X?|MI300[AX]?|MI325X|MI355X|L40S?|Instinct|Tesla\s+[A-Z]\d+)\b/i;
/** "8 NVIDIA A100 GPUs", "8x AMD Instinct MI300X OAM GPUs", "4x B300 GPU": a count, up to 4 words, then GPU(s). */
const GPU_COUNT = /(?<![\w.])(\d{1,2})(?:[ \t]*[x×])?[ \t]+(?:[\w+-]+[ \t]+){0,4}?GPUs?\b/i;
/** Supermicro system names carry a G after the chassis digits for GPU systems: 4028GR, SYS-421GE, AS-8125GS. */
const SUPERMICRO_GPU_MODEL = /(?:^|[\s-])\d{3,4}G[A-Z]{1,2}\b/;
const UPS_WORDS = /\bUPS\b|Smart-UPS|uninterruptible|battery[- ]backed/i;
/** UPS model families whose files often say nothing else: APC SMT/SMX/SURT, CyberPower OR/PR, Eaton 5PX/9PX, GXT. */
const UPS_MODELS = /^(?:SMT|SMX|SRT|SUA|SURTD?|SMC|OR|PR)\d{3,}|^[59]PX\s?\d|^GXT\d/i;
const BATTERY_PACK = /battery pack|\bXLBP\d?\b/i;
const CDU_WORDS = /\bCDU\b|coolant distribution/i;
const SWITCH_WORDS = /\bswitch\b/i;
/** Module bays of a modular switch or router chassis: line cards, supervisors, fabric modules (Huawei LPU/MPU/SFU). */
const CHASSIS_BAYS = /line ?card|supervisor|fabric module|\b(?:LPU|MPU|SFU)\b/i;
/** Vendors whose chassis with bare "Slot n" bays and no interfaces of their own are network chassis. */
const NETWORK_VENDORS = /^(?:arista|cisco|juniper|extreme|nokia|brocade|mellanox|edgecore|ciena)/i;
/** A device with this many InfiniBand ports and no GPUs is an InfiniBand switch (an HCA has 1–2). */
const IB_SWITCH_MIN_PORTS = 8;
const SERVER_FAMILIES =
  /server|PowerEdge|ProLiant|PRIMERGY|QuantaGrid|ThinkSystem|Synergy|\b[12]288H\b|compute (?:tray|node|sled)|\bblade\b|^(?:SYS|AS|ARS)-/i;
const OTHER_GEAR =
  /patch panel|blank|cable manag|shelf|\bKVM\b|console server|enclosure|storage|\bNAS\b|\bJBOD\b|disk|router|firewall|access point|radio|gateway|camera|\bNVR\b/i;

/** All free text of a device type, for keyword tests. */
export function deviceText(dt: NbDeviceType): string {
  return [dt.model, dt.partNumber ?? '', dt.description ?? '', dt.comments ?? ''].join('\n');
}

export function classify(dt: NbDeviceType, tally: InterfaceTally): Classification {
  const { dataPorts } = tally;
  const text = deviceText(dt);
  const names = `${dt.model}\n${dt.partNumber ?? ''}\n${dt.description ?? ''}`;
  const gpu = detectGpus(dt, text);
  const base = { gpu: gpu.found, gpuCount: gpu.count, gpuWhy: gpu.why };

  if (BATTERY_PACK.test(text)) {
    return {
      ...base,
      kind: 'rackmount',
      why: 'kind: rackmount (a UPS battery pack: its outlets feed the UPS)',
    };
  }
  if (dt.powerOutlets.length > 0) {
    const outletText = dt.powerOutlets.map((o) => o.description ?? '').join('\n');
    const upsHint = UPS_WORDS.test(text) || /battery/i.test(outletText);
    if (upsHint || UPS_MODELS.test(dt.model) || UPS_MODELS.test(dt.partNumber ?? '')) {
      const why = upsHint ? 'its text names a UPS' : 'its model is a UPS family';
      return { ...base, kind: 'ups', why: `kind: ups (${dt.powerOutlets.length} outlets and ${why})` };
    }
    return { ...base, kind: 'pdu', why: `kind: pdu (${dt.powerOutlets.length} power outlets)` };
  }
  if (CDU_WORDS.test(text))
    return { ...base, kind: 'cdu', why: 'kind: cdu (its text names a coolant distribution unit)' };

  const namedSwitch = SWITCH_WORDS.test(names);
  // A count (or GPU bays, or a GPU model name) is strong evidence; a GPU word alone is not, on a device with many
  // ports: switch data sheets talk about GPU clusters.
  const strongGpu = gpu.count !== null || gpu.modelFamily;
  if (!namedSwitch && (strongGpu || (gpu.found && dataPorts < SWITCH_MIN_DATA_PORTS))) {
    return { ...base, kind: 'server', why: `kind: server (GPU evidence: ${gpu.evidence})` };
  }
  if (namedSwitch) return { ...base, kind: 'switch', why: 'kind: switch (its name says switch)' };
  if (dataPorts >= SWITCH_MIN_DATA_PORTS) {
    return { ...base, kind: 'switch', why: `kind: switch (${dataPorts} data interfaces, no GPUs)` };
  }
  if (tally.infinibandPorts >= IB_SWITCH_MIN_PORTS) {
    return {
      ...base,
      kind: 'switch',
      why: `kind: switch (${tally.infinibandPorts} InfiniBand ports, no GPUs)`,
    };
  }
  const chassisBays = dt.moduleBays.filter((b) => CHASSIS_BAYS.test(b.name)).length;
  const slotBays = dt.moduleBays.filter((b) => /^slot\s*\d+$/i.test(b.name.trim())).length;
  if (chassisBays > 0 || (NETWORK_VENDORS.test(dt.manufacturer) && dataPorts === 0 && slotBays >= 4)) {
    const bays =
      chassisBays > 0 ? `${chassisBays} line-card/supervisor/fabric bays` : `${slotBays} slots, no ports`;
    return { ...base, kind: 'switch', why: `kind: switch (modular ${dt.manufacturer} chassis: ${bays})` };
  }
  if (dt.consoleServerPorts > 0) {
    return {
      ...base,
      kind: 'rackmount',
      why: `kind: rackmount (console server, ${dt.consoleServerPorts} ports)`,
    };
  }
  if (OTHER_GEAR.test(names))
    return { ...base, kind: 'rackmount', why: 'kind: rackmount (its name is not a server)' };
  if (SERVER_FAMILIES.test(names))
    return { ...base, kind: 'server', why: 'kind: server (a server model family)' };
  if (dt.deviceBays.length > 0) {
    return {
      ...base,
      kind: 'server',
      why: `kind: server (a chassis with ${dt.deviceBays.length} device bays)`,
    };
  }
  return {
    ...base,
    kind: 'rackmount',
    why: 'kind: rackmount (no outlets, GPUs, switch ports or server name)',
  };
}

interface GpuEvidence {
  readonly found: boolean;
  readonly count: number | null;
  readonly evidence: string;
  readonly why: string | null;
  readonly modelFamily: boolean;
}

function detectGpus(dt: NbDeviceType, text: string): GpuEvidence {
  const bays = dt.moduleBays.filter((b) => /\bGPU\b/i.test(`${b.name} ${b.position ?? ''}`));
  const counted = GPU_COUNT.exec(text);
  const textCount = counted ? Number(counted[1]) : null;
  const word = GPU_WORDS.exec(
    `${text}\n${dt.moduleBays.map((b) => `${b.name} ${b.description ?? ''}`).join('\n')}`,
  );
  const supermicro =
    /supermicro/i.test(dt.manufacturer) && SUPERMICRO_GPU_MODEL.test(`${dt.model} ${dt.partNumber}`);

  let count: number | null = null;
  let why: string | null = null;
  if (textCount !== null && textCount >= 1 && textCount <= 16 && counted) {
    count = textCount;
    why = `${textCount} from the text '${counted[0].trim()}'`;
  } else if (bays.length > 0) {
    count = bays.length;
    why = `${bays.length} GPU module bays`;
  }
  const evidence = word
    ? `'${word[0]}' in the file`
    : bays.length > 0
      ? 'GPU module bays'
      : 'Supermicro GPU model name';
  return {
    found: count !== null || word !== null || supermicro,
    count,
    evidence,
    why,
    modelFamily: supermicro,
  };
}
