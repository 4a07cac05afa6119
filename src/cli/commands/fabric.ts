/**
 * `podplan fabric --nodes N --gpus-per-node G (--switch SKU | --radix R) [...]`: sizes a rail-optimised compute
 * fabric without a layout and explains the result. `makeFabricCommand` takes the catalog `--switch` looks SKUs up in
 * (tests inject their own; the default is the built-in catalog).
 */
import type { Catalog } from '../../core';
import { builtinCatalog } from '../../core';
import type { FabricInput, FabricInputError, FabricSizing, SwitchUsage } from '../../core';
import { formatQuotient, formatRatio, parseOversubscription, sizeFabric, switchSpecOf } from '../../core';
import { parse } from '../args';
import type { CliCommand, CliIO } from '../command';
import { EXIT } from '../command';

const USAGE =
  'podplan fabric --nodes N --gpus-per-node G (--switch SKU | --radix R) [--su-nodes S] [--oversubscription 1:1] [--json]';

const HELP = `${USAGE}

Sizes a rail-optimised compute fabric: GPU (rail NIC) n of every node in a scalable unit (SU) goes to leaf n of that
SU; leaves split their ports between nodes and spines by the oversubscription; the spine count divides every leaf's
uplinks so each leaf reaches each spine with the same number of links; a core tier is added when two tiers cannot
connect every leaf at the switch's radix. Full SUs are provisioned unless --partial-su is given.

Options:
  --nodes <n>               servers on the fabric (required)
  --gpus-per-node <g>       GPUs = rail NICs per server (required)
  --switch <sku>            leaf/spine/core switch from the catalog (e.g. nvidia-qm9700: 64 × 400G)
  --radix <r>               or: logical ports per switch
  --port-speed <gbps>       port speed with --radix (default 400)
  --nic-speed <gbps>        node NIC speed (default: the switch port speed after breakout)
  --breakout <b>            run each switch port as b ports of 1/b the speed (800G as 2 × 400G: 2)
  --su-nodes <s>            nodes per scalable unit (default 32)
  --oversubscription <d:u>  leaf down:up bandwidth (default 1:1)
  --ufm-ports <n>           fabric ports of UFM appliances and other extra endpoints on the leaves (default 0;
                            the DGX SuperPOD tables count 4)
  --partial-su              build only the leaves and links a partly filled SU uses
  --max-tiers <2|3>         refuse designs deeper than this (default 3)
  --json                    print the sizing as JSON: {"leaf", "spine", "core", "nodeLeafLinks",
                            "leafSpineLinks", "spineCoreLinks", ...} (0 where a tier is absent)
  -h, --help                show this help

Examples:
  podplan fabric --nodes 127 --gpus-per-node 8 --switch nvidia-qm9700 --ufm-ports 4
  podplan fabric --nodes 2048 --gpus-per-node 8 --radix 64 --json

Exit codes: 0 sized, 2 bad arguments (the message names the flag) or a fabric the rules cannot build.
`;

const OPTIONS = {
  nodes: { type: 'string' },
  'gpus-per-node': { type: 'string' },
  switch: { type: 'string' },
  radix: { type: 'string' },
  'port-speed': { type: 'string' },
  'nic-speed': { type: 'string' },
  breakout: { type: 'string' },
  'su-nodes': { type: 'string' },
  oversubscription: { type: 'string' },
  'ufm-ports': { type: 'string' },
  'partial-su': { type: 'boolean' },
  'max-tiers': { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FLAG_OF: Partial<Record<FabricInputError['field'], string>> = {
  nodes: '--nodes',
  portsPerNode: '--gpus-per-node',
  radix: '--radix',
  portSpeedGbps: '--port-speed',
  nodePortGbps: '--nic-speed',
  breakout: '--breakout',
  suNodes: '--su-nodes',
  oversubscription: '--oversubscription',
  extraEndpoints: '--ufm-ports',
  maxTiers: '--max-tiers',
  'switch.ports': '--switch',
  'switch.speedGbps': '--switch',
  spineSwitch: '--switch',
};

class BadFlag {
  constructor(
    readonly flag: string,
    readonly message: string,
  ) {}
}

/** A whole number ≥ min from a flag, undefined when absent. */
function whole(values: Record<string, unknown>, flag: string, min: number): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw new BadFlag(`--${flag}`, `expects a whole number ≥ ${min}, got '${text}'`);
  return Number(text);
}

function positive(values: Record<string, unknown>, flag: string): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(String(raw).trim());
  if (!(n > 0) || !Number.isFinite(n))
    throw new BadFlag(`--${flag}`, `expects a positive number, got '${String(raw)}'`);
  return n;
}

function inputFrom(values: Record<string, unknown>, catalog: Catalog): FabricInput {
  const nodes = whole(values, 'nodes', 1);
  if (nodes === undefined) throw new BadFlag('--nodes', 'is required');
  const gpus = whole(values, 'gpus-per-node', 1);
  if (gpus === undefined) throw new BadFlag('--gpus-per-node', 'is required');
  const skuText = values.switch === undefined ? undefined : String(values.switch);
  const radix = whole(values, 'radix', 2);
  if (skuText !== undefined && radix !== undefined)
    throw new BadFlag('--switch', 'and --radix are alternatives; give one');
  if (skuText === undefined && radix === undefined)
    throw new BadFlag('--switch', 'or --radix is required (e.g. --switch nvidia-qm9700 or --radix 64)');
  const input: { -readonly [K in keyof FabricInput]: FabricInput[K] } = {
    fabric: 'compute',
    nodes,
    portsPerNode: gpus,
  };
  if (skuText !== undefined) {
    const item = catalog.items.get(skuText as never);
    if (!item)
      throw new BadFlag(
        '--switch',
        `'${skuText}' is not in the catalog (see 'podplan catalog --kind switch')`,
      );
    if (item.kind !== 'switch') throw new BadFlag('--switch', `'${skuText}' is a ${item.kind}, not a switch`);
    input.switch = switchSpecOf(item);
    if (values['port-speed'] !== undefined)
      throw new BadFlag('--port-speed', 'goes with --radix; --switch has its own');
  } else {
    if (radix !== undefined) input.radix = radix;
    const speed = positive(values, 'port-speed');
    if (speed !== undefined) input.portSpeedGbps = speed;
  }
  const nic = positive(values, 'nic-speed');
  if (nic !== undefined) input.nodePortGbps = nic;
  const breakout = whole(values, 'breakout', 1);
  if (breakout !== undefined) input.breakout = breakout;
  const su = whole(values, 'su-nodes', 1);
  if (su !== undefined) input.suNodes = su;
  if (values.oversubscription !== undefined) {
    const r = parseOversubscription(String(values.oversubscription));
    if (!r)
      throw new BadFlag(
        '--oversubscription',
        `expects down:up like 1:1 or 2:1, got '${String(values.oversubscription)}'`,
      );
    input.oversubscription = r;
  }
  const ufm = whole(values, 'ufm-ports', 0);
  if (ufm !== undefined && ufm > 0)
    input.extraEndpoints = [{ label: 'UFM', devices: ufm, portsPerDevice: 1 }];
  if (values['partial-su']) input.provisionFullSu = false;
  const tiers = whole(values, 'max-tiers', 2);
  if (tiers !== undefined) {
    if (tiers !== 2 && tiers !== 3) throw new BadFlag('--max-tiers', `expects 2 or 3, got ${tiers}`);
    input.maxTiers = tiers;
  }
  return input;
}

/** The JSON printed by `--json`: the stable counts first, then the detail. */
export function fabricJson(s: FabricSizing) {
  return {
    leaf: s.counts.leaf,
    spine: s.counts.spine,
    core: s.counts.core,
    nodeLeafLinks: s.links.nodeLeaf,
    leafSpineLinks: s.links.leafSpine,
    spineCoreLinks: s.links.spineCore,
    nodeLinks: s.links.node,
    extraLinks: s.links.extra,
    tiers: s.tiers,
    fabric: s.fabric,
    nodes: s.nodes,
    gpusPerNode: s.portsPerNode,
    gpus: s.nodes * s.portsPerNode,
    switch: {
      name: s.leafSwitch.name,
      ...(s.leafSwitch.sku !== undefined ? { sku: s.leafSwitch.sku } : {}),
      ports: s.leafSwitch.ports,
      speedGbps: s.leafSwitch.speedGbps,
      breakout: s.breakout,
    },
    suNodes: s.suNodes,
    suCount: s.suCount,
    provisionFullSu: s.provisionFullSu,
    leafDownlinks: s.leafDownlinks,
    leafUplinks: s.leafUplinks,
    oversubscriptionTarget: formatRatio(s.oversubscriptionTarget),
    oversubscription: formatQuotient(s.oversubscription),
    oversubscriptionRatio: s.oversubscription,
    spineGroups: s.spineGroups.length,
    corePlanes: s.corePlanes.length,
    usage: s.usage,
    reasoning: s.reasoning,
    warnings: s.warnings,
  };
}

const n = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function usageText(list: readonly SwitchUsage[]): string {
  return list
    .map((u) => {
      const parts = [`${u.downUsed} down`, ...(u.upUsed > 0 ? [`${u.upUsed} up`] : [])];
      return `${n(u.count)} × (${parts.join(' + ')} of ${u.ports})`;
    })
    .join(', ');
}

/** The human-readable report. */
export function fabricText(s: FabricSizing): string {
  const sw = s.leafSwitch;
  const breakout = s.breakout > 1 ? `, each port broken out ${s.breakout} ways` : '';
  const su = s.railOptimised ? `, rail-optimised, ${s.suNodes}-node SUs (${s.suCount})` : '';
  const lines = [
    `Compute fabric: ${n(s.nodes)} nodes × ${s.portsPerNode} GPUs = ${n(s.nodes * s.portsPerNode)} GPUs on ${sw.name} (${sw.ports} × ${sw.speedGbps} Gb/s${breakout})${su}, target ${formatRatio(s.oversubscriptionTarget)}${s.provisionFullSu ? '' : ', partly filled SUs built partly'}.`,
    '',
    `  ${'tier'.padEnd(7)}${'switches'.padStart(9)}   ports used per switch`,
  ];
  for (const tier of ['leaf', 'spine', 'core'] as const) {
    const count = s.counts[tier];
    lines.push(
      `  ${tier.padEnd(7)}${n(count).padStart(9)}   ${count ? usageText(s.usage.filter((u) => u.tier === tier)) : '—'}`,
    );
  }
  const extra = s.links.extra > 0 ? ` (${n(s.links.node)} node + ${n(s.links.extra)} UFM/extra)` : '';
  lines.push(
    '',
    `  links: node–leaf ${n(s.links.nodeLeaf)}${extra}, leaf–spine ${n(s.links.leafSpine)}, spine–core ${n(s.links.spineCore)}`,
    `  leaf oversubscription: ${formatQuotient(s.oversubscription)} (target ${formatRatio(s.oversubscriptionTarget)})`,
    '',
    'Why:',
    ...s.reasoning.map((r) => `  - ${r}`),
  );
  if (s.warnings.length > 0) lines.push('', 'Warnings:', ...s.warnings.map((w) => `  - ${w}`));
  return `${lines.join('\n')}\n`;
}

function runFabric(args: readonly string[], io: CliIO, catalog: Catalog): number {
  const parsed = parse(args, OPTIONS, io, USAGE);
  if (!parsed) return EXIT.badInput;
  if (parsed.positionals.length > 0) {
    io.stderr(`podplan fabric: unexpected argument '${parsed.positionals[0]}'\nusage: ${USAGE}\n`);
    return EXIT.badInput;
  }
  let input: FabricInput;
  try {
    input = inputFrom(parsed.values, catalog);
  } catch (e) {
    if (!(e instanceof BadFlag)) throw e;
    io.stderr(`podplan fabric: ${e.flag} ${e.message}\nusage: ${USAGE}\n`);
    return EXIT.badInput;
  }
  const result = sizeFabric(input);
  if (!result.ok) {
    const flag =
      result.error.field === 'radix' && input.switch
        ? '--switch'
        : (FLAG_OF[result.error.field] ?? '--radix');
    io.stderr(`podplan fabric: ${flag}: ${result.error.message}\n`);
    return EXIT.badInput;
  }
  if (parsed.values.json) io.stdout(`${JSON.stringify(fabricJson(result.value), null, 2)}\n`);
  else io.stdout(fabricText(result.value));
  return EXIT.ok;
}

/** The command over a given catalog (for `--switch`). */
export function makeFabricCommand(catalog: Catalog = builtinCatalog): CliCommand {
  return {
    words: ['fabric'],
    summary: 'size a rail-optimised compute fabric (leaf, spine, core) and explain it',
    help: HELP,
    run: (args, io) => runFabric(args, io, catalog),
  };
}

export const fabricCommand: CliCommand = makeFabricCommand();
