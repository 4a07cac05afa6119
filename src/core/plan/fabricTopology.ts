/**
 * `fabricLinks(sizing)`: every link of a sized fabric, between logical ports of abstract nodes and switches (tier
 * and index). `wireFabric` binds them to devices and port names.
 *
 * Port numbering per switch (logical ports after breakout, from 0): a leaf's downlinks are 0.., its uplinks start
 * after its provisioned downlinks (or in the fixed uplink group, after `ports`); a spine's downlinks are 0.., its
 * uplinks start at half its ports; a core's ports are all downlinks.
 */
import type { FabricSizing, Tier } from './fabricTypes';
import { extrasPerSu } from './leafTier';

export type LowerEnd = 'node' | 'extra' | 'leaf' | 'spine';

/** One link, lower end (node, extra endpoint, leaf, spine) to upper end (leaf, spine, core). */
export interface FabricLinkSpec {
  readonly kind: 'node-leaf' | 'leaf-spine' | 'spine-core';
  readonly lower: LowerEnd;
  /** Node index, extra device index (over all extra groups in order), or switch index within its tier. */
  readonly lowerIndex: number;
  /** Node or extra port index, or switch logical port, from 0. */
  readonly lowerPort: number;
  readonly upper: Tier;
  readonly upperIndex: number;
  readonly upperPort: number;
}

/** The links, node–leaf first, then leaf–spine, then spine–core. */
export function fabricLinks(s: FabricSizing): FabricLinkSpec[] {
  const out: FabricLinkSpec[] = [];
  nodeLeafLinks(s, out);
  leafSpineLinks(s, out);
  spineCoreLinks(s, out);
  return out;
}

function nodeLeafLinks(s: FabricSizing, out: FabricLinkSpec[]): void {
  const extraDevices: { device: number; port: number }[] = [];
  let device = 0;
  for (const group of s.extraEndpoints)
    for (let d = 0; d < group.devices; d++, device++)
      for (let q = 0; q < group.portsPerDevice; q++) extraDevices.push({ device, port: q });

  if (s.railOptimised) {
    const rails = s.portsPerNode;
    const parts = s.leavesPerRailPerSu;
    const index = new Map<number, number>();
    const key = (su: number, rail: number, part: number) => (su * rails + rail) * parts + part;
    s.leaves.forEach((l, i) => index.set(key(l.su, l.rail, l.part), i));
    const place = (su: number, slot: number, rail: number) => {
      const part = Math.floor(slot / s.leafDownlinks);
      return { leaf: index.get(key(su, rail, part)) ?? -1, port: slot - part * s.leafDownlinks };
    };
    for (let n = 0; n < s.nodes; n++) {
      const su = Math.floor(n / s.suNodes);
      const slot = n % s.suNodes;
      for (let rail = 0; rail < rails; rail++) {
        const at = place(su, slot, rail);
        out.push({
          kind: 'node-leaf',
          lower: 'node',
          lowerIndex: n,
          lowerPort: rail,
          upper: 'leaf',
          upperIndex: at.leaf,
          upperPort: at.port,
        });
      }
    }
    const extraBySu = extrasPerSu(s.nodes, s.suNodes, rails, s.suCount, s.extraPorts);
    let k = 0;
    for (let su = 0; su < s.suCount; su++) {
      const nodesIn = Math.max(0, Math.min(s.suNodes, s.nodes - su * s.suNodes));
      for (let j = 0; j < (extraBySu[su] ?? 0); j++, k++) {
        const e = extraDevices[k];
        if (!e) continue;
        const at = place(su, nodesIn + Math.floor(j / rails), j % rails);
        out.push({
          kind: 'node-leaf',
          lower: 'extra',
          lowerIndex: e.device,
          lowerPort: e.port,
          upper: 'leaf',
          upperIndex: at.leaf,
          upperPort: at.port,
        });
      }
    }
    return;
  }
  // Port-major order, so a node's ports land on different leaves where there are several.
  let leaf = 0;
  let used = 0;
  const next = () => {
    while ((s.leaves[leaf]?.downUsed ?? Infinity) <= used) {
      leaf++;
      used = 0;
    }
    return { leaf, port: used++ };
  };
  for (let q = 0; q < s.portsPerNode; q++)
    for (let n = 0; n < s.nodes; n++) {
      const at = next();
      out.push({
        kind: 'node-leaf',
        lower: 'node',
        lowerIndex: n,
        lowerPort: q,
        upper: 'leaf',
        upperIndex: at.leaf,
        upperPort: at.port,
      });
    }
  for (const e of extraDevices) {
    const at = next();
    out.push({
      kind: 'node-leaf',
      lower: 'extra',
      lowerIndex: e.device,
      lowerPort: e.port,
      upper: 'leaf',
      upperIndex: at.leaf,
      upperPort: at.port,
    });
  }
}

function leafSpineLinks(s: FabricSizing, out: FabricLinkSpec[]): void {
  const fixed = s.leafSwitch.fixedUplinks !== undefined;
  for (const g of s.spineGroups) {
    let offset = 0;
    for (const li of g.leaves) {
      const l = s.leaves[li];
      if (!l) continue;
      const k = l.linksPerSpine;
      const upBase = fixed ? s.leafSwitch.ports : l.downProvisioned;
      for (let j = 0; j < g.spines; j++)
        for (let m = 0; m < k; m++)
          out.push({
            kind: 'leaf-spine',
            lower: 'leaf',
            lowerIndex: li,
            lowerPort: upBase + j * k + m,
            upper: 'spine',
            upperIndex: g.firstSpine + j,
            upperPort: offset + m,
          });
      offset += k;
    }
  }
}

function spineCoreLinks(s: FabricSizing, out: FabricLinkSpec[]): void {
  const half = Math.floor(s.spineSwitch.ports / 2);
  const upOf = new Map<number, number>();
  for (const g of s.spineGroups) for (let j = 0; j < g.spines; j++) upOf.set(g.firstSpine + j, g.upPerSpine);
  for (const plane of s.corePlanes) {
    const used = new Array<number>(plane.cores).fill(0);
    for (const spine of plane.spines) {
      const k = (upOf.get(spine) ?? 0) / plane.cores;
      for (let c = 0; c < plane.cores; c++)
        for (let m = 0; m < k; m++)
          out.push({
            kind: 'spine-core',
            lower: 'spine',
            lowerIndex: spine,
            lowerPort: half + c * k + m,
            upper: 'core',
            upperIndex: plane.firstCore + c,
            upperPort: (used[c] ?? 0) + m,
          });
      for (let c = 0; c < plane.cores; c++) used[c] = (used[c] ?? 0) + k;
    }
  }
}
