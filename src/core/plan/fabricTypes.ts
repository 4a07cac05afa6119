/**
 * The shapes of fabric sizing: what goes in (`FabricInput`), what comes out (`FabricSizing`), and the switch model
 * the rules see (`FabricSwitchSpec`: logical ports and their speed, nothing else).
 */

/** Down:up bandwidth ratio at the leaves, e.g. `{ down: 2, up: 1 }` for 2:1. Both positive. */
export interface Oversubscription {
  readonly down: number;
  readonly up: number;
}

export const NON_BLOCKING: Oversubscription = { down: 1, up: 1 };

/**
 * A switch as the sizing rules see it. A uniform-radix switch (QM9700: 64 × 400 Gb/s) has `ports` usable either way;
 * a switch with a separate uplink group (SN2201: 48 × 1 GbE + 4 × 100 GbE) sets `fixedUplinks`, and `ports` are then
 * its downlinks only.
 */
export interface FabricSwitchSpec {
  readonly name: string;
  readonly sku?: string;
  /** Logical ports before breakout (a twin-port OSFP cage counts as 2). */
  readonly ports: number;
  /** Speed of one logical port before breakout, Gb/s. */
  readonly speedGbps: number;
  /** A fixed uplink group, for switches whose uplinks differ from their downlinks. */
  readonly fixedUplinks?: { readonly count: number; readonly speedGbps: number };
}

/** End devices other than the nodes that take leaf ports (UFM appliances, management servers). */
export interface ExtraEndpoints {
  /** Shown in the reasoning, e.g. `UFM`. */
  readonly label: string;
  readonly devices: number;
  /** Fabric ports on each device. */
  readonly portsPerDevice: number;
}

export interface FabricInput {
  /** Shown in the reasoning and the output, e.g. `compute`. Default `compute`. */
  readonly fabric?: string;
  /** Servers on the fabric. */
  readonly nodes: number;
  /**
   * Fabric ports per node: GPUs (= rail NICs) per node on a rail-optimised compute fabric, or the node's ports of that
   * role on the other networks.
   */
  readonly portsPerNode: number;
  /** Speed of a node port, Gb/s. Default: the switch port speed after breakout. */
  readonly nodePortGbps?: number;
  /** The switch, or just its radix (logical ports) with `portSpeedGbps`. */
  readonly switch?: FabricSwitchSpec;
  readonly radix?: number;
  /** Port speed for `radix`, Gb/s. Default 400. */
  readonly portSpeedGbps?: number;
  /** The spine and core model when it differs from the leaf (needed when the leaf's uplinks are a fixed group). */
  readonly spineSwitch?: FabricSwitchSpec;
  /** Each switch port runs as this many ports of 1/b its speed (one 800G port as 2 × 400G). Default 1. */
  readonly breakout?: number;
  /** Breakout of the spine and core ports. Default: `breakout` when the spine is the leaf model, else 1. */
  readonly spineBreakout?: number;
  /** Rail-optimised: port n of every node in a scalable unit goes to leaf n of that unit. Default true. */
  readonly railOptimised?: boolean;
  /** Nodes per scalable unit. Default 32 (DGX-class SuperPOD). */
  readonly suNodes?: number;
  /** Down:up bandwidth at the leaves. Default 1:1 (non-blocking). */
  readonly oversubscription?: Oversubscription;
  /** Build a partly filled SU's leaves and leaf–spine links in full, as the reference designs do. Default true. */
  readonly provisionFullSu?: boolean;
  /** UFM appliances and other end devices that take leaf ports. Default none. */
  readonly extraEndpoints?: readonly ExtraEndpoints[];
  /** At most this many tiers. Default 3. */
  readonly maxTiers?: 2 | 3;
}

export type Tier = 'leaf' | 'spine' | 'core';

/** One leaf: where it sits and how its ports are used. */
export interface LeafPlan {
  /** Scalable unit, from 0 (rail-optimised fabrics; 0 otherwise). */
  readonly su: number;
  /** Rail, from 0 (rail-optimised fabrics; -1 otherwise). */
  readonly rail: number;
  /** Which of the rail's leaves in the SU, from 0. */
  readonly part: number;
  /** Downlink ports provisioned (its share of the SU's slots). */
  readonly downProvisioned: number;
  /** Downlink ports cabled to nodes or extra endpoints. */
  readonly downUsed: number;
  /** Uplink ports cabled to spines (0 in a one-tier fabric). */
  readonly up: number;
  /** Spine group (three tiers) or 0. */
  readonly group: number;
  /** Links to each spine of its group. */
  readonly linksPerSpine: number;
}

/** One group of spines that every leaf of the group reaches (the whole spine tier in a two-tier fabric). */
export interface SpineGroupPlan {
  readonly leaves: readonly number[];
  readonly spines: number;
  /** Index of the group's first spine in the spine tier. */
  readonly firstSpine: number;
  /** Downlinks used on each spine of the group. */
  readonly downPerSpine: number;
  /** Uplinks from each spine to the core (0 in two tiers). */
  readonly upPerSpine: number;
}

/** Cores serving plane j: spine j of every group. */
export interface CorePlanePlan {
  readonly spines: readonly number[];
  readonly cores: number;
  readonly firstCore: number;
}

/** Identical switches of one tier, for "ports used per switch". */
export interface SwitchUsage {
  readonly tier: Tier;
  readonly count: number;
  /** Logical ports after breakout. */
  readonly ports: number;
  readonly downUsed: number;
  readonly upUsed: number;
}

export interface TierLinks {
  /** Node and extra-endpoint links to leaves (Table 4 "compute + UFM"). */
  readonly nodeLeaf: number;
  /** Of which from nodes. */
  readonly node: number;
  /** Of which from extra endpoints (UFM). */
  readonly extra: number;
  readonly leafSpine: number;
  readonly spineCore: number;
}

export interface FabricSizing {
  readonly fabric: string;
  readonly railOptimised: boolean;
  readonly nodes: number;
  readonly portsPerNode: number;
  readonly nodePortGbps: number;
  readonly extraPorts: number;
  readonly extraEndpoints: readonly ExtraEndpoints[];
  readonly suNodes: number;
  /** Scalable units (rail-optimised) or 0. */
  readonly suCount: number;
  readonly provisionFullSu: boolean;
  readonly oversubscriptionTarget: Oversubscription;
  readonly breakout: number;
  readonly spineBreakout: number;
  /** The leaf and spine models as sized, after breakout. */
  readonly leafSwitch: FabricSwitchSpec;
  readonly spineSwitch: FabricSwitchSpec;
  /** Leaf ports for nodes per leaf (SU slots per leaf). */
  readonly leafDownlinks: number;
  /** Uplinks of a fully provisioned leaf. */
  readonly leafUplinks: number;
  /** Speed of a leaf uplink, Gb/s. */
  readonly uplinkGbps: number;
  /** Leaves per rail in one SU (rail-optimised). */
  readonly leavesPerRailPerSu: number;
  readonly tiers: 1 | 2 | 3;
  readonly counts: { readonly leaf: number; readonly spine: number; readonly core: number };
  readonly links: TierLinks;
  /** Achieved worst-case down:up bandwidth at a leaf, as down/up (1 = 1:1). 0 when there are no uplinks. */
  readonly oversubscription: number;
  readonly usage: readonly SwitchUsage[];
  readonly leaves: readonly LeafPlan[];
  readonly spineGroups: readonly SpineGroupPlan[];
  readonly corePlanes: readonly CorePlanePlan[];
  /** Plain-words reasoning, one sentence per step. */
  readonly reasoning: readonly string[];
  /** Things the rules could not meet (e.g. fixed uplinks short of the target ratio). */
  readonly warnings: readonly string[];
}

/** A rejected input: which field, and why (the CLI maps fields to flags). */
export interface FabricInputError {
  readonly field: keyof FabricInput | 'switch.ports' | 'switch.speedGbps';
  readonly message: string;
}

/** `2:1` → `{ down: 2, up: 1 }`; undefined when the text is not two positive numbers. */
export function parseOversubscription(text: string): Oversubscription | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return undefined;
  const down = Number(m[1]);
  const up = Number(m[2]);
  return down > 0 && up > 0 ? { down, up } : undefined;
}

/** `{ down: 2, up: 1 }` → `2:1`. */
export const formatRatio = (r: Oversubscription): string => `${trimNumber(r.down)}:${trimNumber(r.up)}`;

/** A down/up quotient as `x:1` (or `1:x` below 1). */
export function formatQuotient(q: number): string {
  if (q <= 0) return 'n/a';
  return q >= 1 ? `${trimNumber(q)}:1` : `1:${trimNumber(1 / q)}`;
}

export const trimNumber = (x: number): string =>
  Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, '');

/** `1234` → `1,234`, independent of the host locale. */
export const fmtInt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
