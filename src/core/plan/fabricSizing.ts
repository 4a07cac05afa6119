/**
 * `sizeFabric(input)`: switch counts per tier, link counts, ports used per switch, the achieved oversubscription and
 * the reasoning in plain words, for a rail-optimised compute fabric (or a plain leaf–spine storage or management
 * network) from the switch radix and a handful of rules; see `leafTier.ts` and `upperTiers.ts` for the rules and
 * `docs/fabric-sizing.md` for the reproduction of the DGX SuperPOD table.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type {
  FabricInput,
  FabricInputError,
  FabricSizing,
  FabricSwitchSpec,
  LeafPlan,
  SwitchUsage,
  Tier,
} from './fabricTypes';
import { NON_BLOCKING, fmtInt, formatQuotient, formatRatio } from './fabricTypes';
import { planLeafTier } from './leafTier';
import { sum, uplinkSpeed, withBreakout } from './switchSpec';
import { planUpperTiers } from './upperTiers';

/** Nodes per scalable unit in the DGX SuperPOD reference designs (figures.md §2.2, footnote 1). */
export const DEFAULT_SU_NODES = 32;
/** Port speed assumed with a bare `radix`, Gb/s (NDR / 400GbE). */
export const DEFAULT_PORT_GBPS = 400;

const isCount = (x: number, min: number): boolean => Number.isInteger(x) && x >= min;

function fail(field: FabricInputError['field'], message: string): Result<never, FabricInputError> {
  return err({ field, message });
}

/** Sizes one fabric. Expected failures (bad input, beyond three tiers) are values, never exceptions. */
export function sizeFabric(input: FabricInput): Result<FabricSizing, FabricInputError> {
  const fabric = input.fabric ?? 'compute';
  if (!isCount(input.nodes, 1))
    return fail('nodes', `nodes must be a whole number ≥ 1 (got ${input.nodes}).`);
  if (!isCount(input.portsPerNode, 1))
    return fail('portsPerNode', `ports per node must be a whole number ≥ 1 (got ${input.portsPerNode}).`);
  const suNodes = input.suNodes ?? DEFAULT_SU_NODES;
  if (!isCount(suNodes, 1))
    return fail('suNodes', `SU size must be a whole number of nodes ≥ 1 (got ${suNodes}).`);
  const ratio = input.oversubscription ?? NON_BLOCKING;
  if (!(ratio.down > 0 && ratio.up > 0 && Number.isFinite(ratio.down) && Number.isFinite(ratio.up)))
    return fail(
      'oversubscription',
      `oversubscription must be two positive numbers down:up (got ${formatRatio(ratio)}).`,
    );
  const breakout = input.breakout ?? 1;
  if (!isCount(breakout, 1))
    return fail('breakout', `breakout must be a whole number ≥ 1 (got ${breakout}).`);

  let base: FabricSwitchSpec;
  if (input.switch) {
    base = input.switch;
    if (!isCount(base.ports, 1)) return fail('switch.ports', `${base.name} has no data ports to size with.`);
  } else {
    const radix = input.radix;
    if (radix === undefined) return fail('radix', 'give a switch or its radix (logical ports).');
    if (!isCount(radix, 2)) return fail('radix', `radix must be a whole number of ports ≥ 2 (got ${radix}).`);
    const speed = input.portSpeedGbps ?? DEFAULT_PORT_GBPS;
    if (!(speed > 0)) return fail('portSpeedGbps', `port speed must be positive (got ${speed}).`);
    base = { name: `${radix}-port switch`, ports: radix, speedGbps: speed };
  }
  if (!(base.speedGbps > 0)) return fail('switch.speedGbps', `${base.name} has no port speed.`);
  const leaf = withBreakout(base, breakout);
  const nodePortGbps = input.nodePortGbps ?? leaf.speedGbps;
  if (nodePortGbps !== leaf.speedGbps) {
    const factor = base.speedGbps / nodePortGbps;
    const hint = Number.isInteger(factor) && factor > 1 ? `; set breakout ${factor}` : '';
    return fail(
      'breakout',
      `${base.name}'s ${leaf.speedGbps} Gb/s ports${breakout > 1 ? ` (after breakout ${breakout})` : ''} do not match ${nodePortGbps} Gb/s node ports${hint}.`,
    );
  }

  const spineIsLeaf = input.spineSwitch === undefined;
  const spineBase = input.spineSwitch ?? base;
  const spineBreakout = input.spineBreakout ?? (spineIsLeaf ? breakout : 1);
  if (!isCount(spineBreakout, 1))
    return fail('spineBreakout', `spine breakout must be a whole number ≥ 1 (got ${spineBreakout}).`);
  const spine = withBreakout(spineBase, spineBreakout);
  const upGbps = uplinkSpeed(leaf);

  const extras = input.extraEndpoints ?? [];
  for (const e of extras)
    if (!isCount(e.devices, 0) || !isCount(e.portsPerDevice, 0))
      return fail('extraEndpoints', `${e.label}: devices and ports per device must be whole numbers ≥ 0.`);
  const extraPorts = sum(extras.map((e) => e.devices * e.portsPerDevice));
  const extraLabel = extras.map((e) => e.label).join(' + ') || 'extra';
  const railOptimised = input.railOptimised ?? true;
  const provisionFullSu = input.provisionFullSu ?? true;

  const leafTier = planLeafTier({
    railOptimised,
    nodes: input.nodes,
    portsPerNode: input.portsPerNode,
    extraPorts,
    extraLabel,
    suNodes,
    leaf,
    ratio,
    provisionFullSu,
  });
  if (typeof leafTier === 'string') return fail('radix', leafTier);
  if (leafTier.leaves.length > 1 && spine.speedGbps !== upGbps)
    return fail(
      'spineSwitch',
      `the leaf's ${upGbps} Gb/s uplinks do not match the spine's ${spine.speedGbps} Gb/s ports (${spine.name}).`,
    );

  const upper = planUpperTiers({
    leafUp: leafTier.leaves.map((l) => l.up),
    leafSu: leafTier.leaves.map((l) => l.su),
    fullUplinks: leafTier.fullUplinks,
    leavesPerSu: leafTier.leavesPerSu,
    spine,
    maxTiers: input.maxTiers ?? 3,
  });
  if (typeof upper === 'string') return fail('radix', upper);

  const leaves: LeafPlan[] = leafTier.leaves.map((l, i) => {
    const group = upper.leafGroup[i] ?? 0;
    const linksPerSpine = upper.leafLinksPerSpine[i] ?? 0;
    const spines = upper.spineGroups[group]?.spines ?? 0;
    return { ...l, up: linksPerSpine * spines, group, linksPerSpine };
  });

  const nodeLinks = input.nodes * input.portsPerNode;
  const leafSpine = sum(leaves.map((l) => l.up));
  const spineCore = sum(upper.spineGroups.map((g) => g.spines * g.upPerSpine));
  const usage = usageOf(
    leaves,
    upper.spineGroups,
    upper.corePlanes,
    leaf.ports + (leaf.fixedUplinks?.count ?? 0),
    spine.ports,
  );

  // A fully provisioned leaf can fill all its downlinks; a partly built one only the ports it uses.
  let worst = 0;
  for (const l of leaves) {
    const down = provisionFullSu ? l.downProvisioned : l.downUsed;
    if (l.up > 0) worst = Math.max(worst, (down * leaf.speedGbps) / (l.up * upGbps));
  }
  const target = ratio.down / ratio.up;
  const warnings: string[] = [];
  if (worst > target + 1e-9)
    warnings.push(
      leaf.fixedUplinks
        ? `Leaves reach ${formatQuotient(worst)} oversubscription, above the ${formatRatio(ratio)} target: ${leaf.name} has only ${leaf.fixedUplinks.count} × ${leaf.fixedUplinks.speedGbps} Gb/s uplinks.`
        : `Leaves reach ${formatQuotient(worst)} oversubscription, above the ${formatRatio(ratio)} target.`,
    );

  const counts = { leaf: leaves.length, spine: upper.spines, core: upper.cores };
  const links = {
    nodeLeaf: nodeLinks + extraPorts,
    node: nodeLinks,
    extra: extraPorts,
    leafSpine,
    spineCore,
  };
  const reasoning = [
    ...(breakout > 1
      ? [
          `Breakout: each ${base.speedGbps} Gb/s port of ${base.name} runs as ${breakout} × ${leaf.speedGbps} Gb/s, so a leaf has ${leaf.ports} ports of ${leaf.speedGbps} Gb/s.`,
        ]
      : []),
    ...leafTier.reasoning,
    ...upper.reasoning,
    summaryLine(fabric, counts, links, extraLabel, worst),
  ];

  return ok({
    fabric,
    railOptimised,
    nodes: input.nodes,
    portsPerNode: input.portsPerNode,
    nodePortGbps,
    extraPorts,
    extraEndpoints: extras,
    suNodes,
    suCount: leafTier.suCount,
    provisionFullSu,
    oversubscriptionTarget: ratio,
    breakout,
    spineBreakout,
    leafSwitch: leaf,
    spineSwitch: spine,
    leafDownlinks: leafTier.slotsPerLeaf,
    leafUplinks: leafTier.fullUplinks,
    uplinkGbps: upGbps,
    leavesPerRailPerSu: leafTier.leavesPerRailPerSu,
    tiers: upper.tiers,
    counts,
    links,
    oversubscription: worst,
    usage,
    leaves,
    spineGroups: upper.spineGroups,
    corePlanes: upper.corePlanes,
    reasoning,
    warnings,
  });
}

function summaryLine(
  fabric: string,
  counts: FabricSizing['counts'],
  links: FabricSizing['links'],
  extraLabel: string,
  worst: number,
): string {
  const plural = (n: number, one: string, many: string) => `${fmtInt(n)} ${n === 1 ? one : many}`;
  const tiers = [
    plural(counts.leaf, 'leaf', 'leaves'),
    counts.spine ? plural(counts.spine, 'spine', 'spines') : 'no spine',
    counts.core ? plural(counts.core, 'core', 'cores') : 'no core',
  ];
  const extra = links.extra > 0 ? ` (${fmtInt(links.node)} node + ${fmtInt(links.extra)} ${extraLabel})` : '';
  return `Result for the ${fabric} fabric: ${tiers.join(', ')}; ${fmtInt(links.nodeLeaf)} node–leaf links${extra}, ${fmtInt(links.leafSpine)} leaf–spine, ${fmtInt(links.spineCore)} spine–core; leaf oversubscription ${formatQuotient(worst)}.`;
}

function usageOf(
  leaves: readonly LeafPlan[],
  groups: FabricSizing['spineGroups'],
  planes: FabricSizing['corePlanes'],
  leafPorts: number,
  spinePorts: number,
): SwitchUsage[] {
  const out = new Map<string, SwitchUsage>();
  const add = (tier: Tier, ports: number, downUsed: number, upUsed: number, n: number) => {
    const key = `${tier}|${downUsed}|${upUsed}`;
    const prev = out.get(key);
    out.set(key, { tier, ports, downUsed, upUsed, count: (prev?.count ?? 0) + n });
  };
  for (const l of leaves) add('leaf', leafPorts, l.downUsed, l.up, 1);
  for (const g of groups) add('spine', spinePorts, g.downPerSpine, g.upPerSpine, g.spines);
  for (const p of planes) {
    const total = sum(
      p.spines.map(
        (s) => groups.find((g) => s >= g.firstSpine && s < g.firstSpine + g.spines)?.upPerSpine ?? 0,
      ),
    );
    add('core', spinePorts, total / p.cores, 0, p.cores);
  }
  return [...out.values()];
}
