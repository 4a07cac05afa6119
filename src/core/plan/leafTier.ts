/**
 * The leaf tier: how many leaves, which nodes and extra endpoints each one serves, and how many uplinks it needs.
 *
 * Rail-optimised: port n of every node in a scalable unit goes to a leaf of rail n of that unit. One SU needs
 * `suNodes` ports on each rail; a leaf gives at most `maxDownlinks` of them at the target ratio, so a rail of an SU
 * takes ceil(suNodes / maxDownlinks) leaves, and the SU `rails ×` that many. Extra endpoints (UFM) take the free slots
 * of the last SU, one rail after another.
 */
import type { FabricSwitchSpec, Oversubscription } from './fabricTypes';
import { fmtInt, formatRatio } from './fabricTypes';
import { maxDownlinks, uplinksFor } from './switchSpec';

export interface LeafDraft {
  readonly su: number;
  readonly rail: number;
  readonly part: number;
  readonly downProvisioned: number;
  readonly downUsed: number;
  /** Uplinks before they are rounded to the spine count. */
  readonly up: number;
}

export interface LeafTierParams {
  readonly railOptimised: boolean;
  readonly nodes: number;
  readonly portsPerNode: number;
  readonly extraPorts: number;
  readonly extraLabel: string;
  readonly suNodes: number;
  /** The leaf after breakout. */
  readonly leaf: FabricSwitchSpec;
  readonly ratio: Oversubscription;
  readonly provisionFullSu: boolean;
}

export interface LeafTier {
  readonly leaves: readonly LeafDraft[];
  readonly suCount: number;
  readonly leavesPerRailPerSu: number;
  /** Downlinks per leaf (SU slots per leaf, or the leaf's maximum off-rail). */
  readonly slotsPerLeaf: number;
  /** Uplinks of a fully provisioned leaf. */
  readonly fullUplinks: number;
  /** Leaves in one full SU (rail-optimised), else 0. */
  readonly leavesPerSu: number;
  readonly reasoning: readonly string[];
}

/**
 * Extra endpoint ports per SU: they fill the free slots from the first SU with room (the partly filled one), slot by
 * slot across the rails, so the k-th extra port of an SU sits on rail k mod rails at slot nodesIn + floor(k / rails).
 */
export function extrasPerSu(
  nodes: number,
  suNodes: number,
  rails: number,
  suCount: number,
  extraPorts: number,
): number[] {
  const out: number[] = [];
  let left = extraPorts;
  for (let su = 0; su < suCount; su++) {
    const nodesIn = Math.max(0, Math.min(suNodes, nodes - su * suNodes));
    const here = Math.min(left, rails * (suNodes - nodesIn));
    out.push(here);
    left -= here;
  }
  return out;
}

/** Returns the leaf tier, or a message when the leaf has no port to give a node. */
export function planLeafTier(p: LeafTierParams): LeafTier | string {
  const dMax = maxDownlinks(p.leaf, p.ratio);
  if (dMax < 1)
    return `${p.leaf.name} has ${p.leaf.ports} ports: too few to give any to nodes at ${formatRatio(p.ratio)}.`;
  return p.railOptimised ? railLeaves(p, dMax) : spreadLeaves(p, dMax);
}

function splitLine(p: LeafTierParams, dMax: number): string {
  const up = uplinksFor(p.leaf, dMax, p.ratio);
  const fixed = p.leaf.fixedUplinks;
  if (fixed)
    return `Each leaf (${p.leaf.name}) has ${p.leaf.ports} × ${p.leaf.speedGbps} Gb/s downlinks and ${fixed.count} × ${fixed.speedGbps} Gb/s uplinks; at ${formatRatio(p.ratio)} a full leaf needs ${up} of the uplinks.`;
  return `Each leaf (${p.leaf.name}) has ${p.leaf.ports} ports of ${p.leaf.speedGbps} Gb/s; at ${formatRatio(p.ratio)} (down:up) it gives at most ${dMax} to nodes and keeps ${up} for spines.`;
}

function railLeaves(p: LeafTierParams, dMax: number): LeafTier {
  const rails = p.portsPerNode;
  const leavesPerRailPerSu = Math.ceil(p.suNodes / dMax);
  const slotsPerLeaf = Math.ceil(p.suNodes / leavesPerRailPerSu);
  const fullUplinks = uplinksFor(p.leaf, slotsPerLeaf, p.ratio);
  const nodePorts = p.nodes * rails;
  const demand = nodePorts + p.extraPorts;
  const suPorts = p.suNodes * rails;
  const suCount = Math.ceil(demand / suPorts);
  const lastSu = suCount - 1;
  const nodesInLast = p.nodes - lastSu * p.suNodes;
  const extraBySu = extrasPerSu(p.nodes, p.suNodes, rails, suCount, p.extraPorts);
  const leaves: LeafDraft[] = [];
  for (let su = 0; su < suCount; su++) {
    const nodesIn = Math.max(0, Math.min(p.suNodes, p.nodes - su * p.suNodes));
    const ex = extraBySu[su] ?? 0;
    for (let rail = 0; rail < rails; rail++) {
      const extras = Math.floor(ex / rails) + (rail < ex % rails ? 1 : 0);
      const used = nodesIn + extras;
      for (let part = 0; part < leavesPerRailPerSu; part++) {
        const start = part * slotsPerLeaf;
        const downProvisioned = Math.max(0, Math.min(slotsPerLeaf, p.suNodes - start));
        const downUsed = Math.max(0, Math.min(downProvisioned, used - start));
        if (!p.provisionFullSu && downUsed === 0) continue;
        const up = p.provisionFullSu ? fullUplinks : uplinksFor(p.leaf, downUsed, p.ratio);
        leaves.push({ su, rail, part, downProvisioned, downUsed, up });
      }
    }
  }
  const reasoning = [splitLine(p, dMax)];
  const perRail =
    leavesPerRailPerSu === 1
      ? 'one leaf per rail covers it'
      : `${leavesPerRailPerSu} leaves per rail cover it (${slotsPerLeaf} node ports each)`;
  reasoning.push(
    `Rail-optimised: port n of every node in an SU goes to rail n's leaf. An SU of ${p.suNodes} nodes needs ${p.suNodes} ports on each of the ${rails} rails; ${perRail}, so an SU has ${rails} × ${leavesPerRailPerSu} = ${rails * leavesPerRailPerSu} leaves, each with ${slotsPerLeaf} node ports and ${fullUplinks} uplink${fullUplinks === 1 ? '' : 's'}.`,
  );
  const extraText = p.extraPorts > 0 ? ` plus ${p.extraPorts} ${p.extraLabel} ports` : '';
  const lastText =
    nodesInLast < p.suNodes
      ? ` (the last SU holds ${Math.max(0, nodesInLast)} of ${p.suNodes} nodes${p.extraPorts > 0 ? `; the ${p.extraLabel} ports take ${p.extraPorts} of the ${fmtInt(suCount * suPorts - nodePorts)} free leaf ports` : ''})`
      : '';
  reasoning.push(
    `${fmtInt(p.nodes)} nodes × ${rails} rails = ${fmtInt(nodePorts)} node ports${extraText}: ${fmtInt(demand)} leaf ports. One SU gives ${fmtInt(suPorts)}, so the fabric has ${suCount} SU${suCount === 1 ? '' : 's'}${lastText}.`,
  );
  if (p.extraPorts > 0 && nodesInLast === p.suNodes - 1 && p.extraPorts <= rails)
    reasoning.push(
      `This is the reference designs' choice: a ${p.suNodes}-node SU with one node removed to make room for the ${p.extraLabel} links.`,
    );
  const partly = nodesInLast < p.suNodes ? ', even where the SU is partly filled' : '';
  const full = p.provisionFullSu
    ? `Full SUs are provisioned: ${suCount} × ${rails * leavesPerRailPerSu} = ${fmtInt(leaves.length)} leaves, each with ${fullUplinks} uplinks${partly}.`
    : `Only leaves with nodes are built (${leaves.length}), each with uplinks for the ports it uses at ${formatRatio(p.ratio)}.`;
  reasoning.push(full);
  return {
    leaves,
    suCount,
    leavesPerRailPerSu,
    slotsPerLeaf,
    fullUplinks,
    leavesPerSu: rails * leavesPerRailPerSu,
    reasoning,
  };
}

function spreadLeaves(p: LeafTierParams, dMax: number): LeafTier {
  const demand = p.nodes * p.portsPerNode + p.extraPorts;
  const count = Math.max(1, Math.ceil(demand / dMax));
  const base = Math.floor(demand / count);
  const rem = demand % count;
  const fullUplinks = uplinksFor(p.leaf, dMax, p.ratio);
  const leaves: LeafDraft[] = [];
  for (let i = 0; i < count; i++) {
    const downUsed = base + (i < rem ? 1 : 0);
    const up = p.provisionFullSu ? fullUplinks : uplinksFor(p.leaf, downUsed, p.ratio);
    leaves.push({ su: 0, rail: -1, part: i, downProvisioned: dMax, downUsed, up });
  }
  const extraText = p.extraPorts > 0 ? ` plus ${p.extraPorts} ${p.extraLabel} ports` : '';
  const reasoning = [
    splitLine(p, dMax),
    `${fmtInt(p.nodes)} node${p.nodes === 1 ? '' : 's'} × ${p.portsPerNode} port${p.portsPerNode === 1 ? '' : 's'}${extraText} = ${fmtInt(demand)} leaf ports, spread evenly over ceil(${fmtInt(demand)} / ${dMax}) = ${count} lea${count === 1 ? 'f' : 'ves'}${p.portsPerNode > 1 ? " (a node's ports go to different leaves where there are several)" : ''}.`,
  ];
  return {
    leaves,
    suCount: 0,
    leavesPerRailPerSu: 0,
    slotsPerLeaf: dMax,
    fullUplinks,
    leavesPerSu: 0,
    reasoning,
  };
}
