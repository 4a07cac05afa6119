import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FabricInput, FabricSizing } from './fabricTypes';
import { sizeFabric } from './fabricSizing';
import { fabricLinks } from './fabricTopology';

const inputs: fc.Arbitrary<FabricInput> = fc.record({
  nodes: fc.integer({ min: 1, max: 2500 }),
  portsPerNode: fc.integer({ min: 1, max: 8 }),
  radix: fc.constantFrom(16, 32, 40, 48, 64, 128),
  suNodes: fc.integer({ min: 4, max: 64 }),
  oversubscription: fc.constantFrom(
    { down: 1, up: 1 },
    { down: 2, up: 1 },
    { down: 3, up: 1 },
    { down: 3, up: 2 },
  ),
  provisionFullSu: fc.boolean(),
  railOptimised: fc.boolean(),
  extraEndpoints: fc.constantFrom(
    [],
    [{ label: 'UFM', devices: 2, portsPerDevice: 2 }],
    [{ label: 'UFM', devices: 3, portsPerDevice: 1 }],
  ),
});

/** Sized fabrics only: inputs beyond three tiers are expected failures, not property violations. */
const sizedFabrics = inputs
  .map((i) => sizeFabric(i))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.value : (null as never)));

/** links[(leaf, spine)] from the topology. */
function pairCounts(s: FabricSizing, kind: 'leaf-spine' | 'spine-core'): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const l of fabricLinks(s)) {
    if (l.kind !== kind) continue;
    const m = out.get(l.lowerIndex) ?? new Map<number, number>();
    m.set(l.upperIndex, (m.get(l.upperIndex) ?? 0) + 1);
    out.set(l.lowerIndex, m);
  }
  return out;
}

describe('Fabric sizing invariants (fast-check)', () => {
  it('cables every node port and extra port to a leaf: node–leaf links = nodes × rails + extras', () => {
    fc.assert(
      fc.property(sizedFabrics, (s) => {
        const links = fabricLinks(s).filter((l) => l.kind === 'node-leaf');
        expect(s.links.node).toBe(s.nodes * s.portsPerNode);
        expect(s.links.nodeLeaf).toBe(s.links.node + s.extraPorts);
        expect(links).toHaveLength(s.links.nodeLeaf);
        expect(links.every((l) => l.upperIndex >= 0 && l.upperIndex < s.counts.leaf)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every leaf the same number of links to every spine of its group', () => {
    fc.assert(
      fc.property(sizedFabrics, (s) => {
        const pairs = pairCounts(s, 'leaf-spine');
        const problems: string[] = [];
        s.leaves.forEach((leaf, i) => {
          const group = s.spineGroups[leaf.group];
          if (!group) return;
          const toSpines = pairs.get(i) ?? new Map<number, number>();
          if (toSpines.size !== group.spines)
            problems.push(`leaf ${i} reaches ${toSpines.size} of ${group.spines} spines`);
          for (let j = 0; j < group.spines; j++)
            if (toSpines.get(group.firstSpine + j) !== leaf.linksPerSpine)
              problems.push(
                `leaf ${i} has ${toSpines.get(group.firstSpine + j)} links to spine ${group.firstSpine + j}`,
              );
        });
        expect(problems.slice(0, 3)).toEqual([]);
        // With full SUs provisioned every leaf has the same count (the published design).
        if (s.provisionFullSu && s.tiers === 2)
          expect(new Set(s.leaves.map((l) => l.linksPerSpine)).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every spine the same number of links to every core of its plane', () => {
    fc.assert(
      fc.property(sizedFabrics, (s) => {
        const pairs = pairCounts(s, 'spine-core');
        for (const plane of s.corePlanes)
          for (const spine of plane.spines) {
            const toCores = pairs.get(spine) ?? new Map<number, number>();
            expect(toCores.size).toBe(plane.cores);
            expect(new Set(toCores.values()).size).toBe(1);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('never uses a switch port twice or beyond the radix, and meets the oversubscription target', () => {
    fc.assert(
      fc.property(sizedFabrics, (s) => {
        const used = new Set<string>();
        const radix: Record<string, number> = {
          leaf: s.leafSwitch.ports + (s.leafSwitch.fixedUplinks?.count ?? 0),
          spine: s.spineSwitch.ports,
          core: s.spineSwitch.ports,
        };
        const problems: string[] = [];
        const use = (tier: string, index: number, port: number) => {
          const key = `${tier}/${index}/${port}`;
          if (used.has(key)) problems.push(`${key} used twice`);
          if (port < 0 || port >= (radix[tier] ?? 0)) problems.push(`${key} beyond ${radix[tier]} ports`);
          used.add(key);
        };
        for (const l of fabricLinks(s)) {
          use(l.upper, l.upperIndex, l.upperPort);
          if (l.lower === 'leaf' || l.lower === 'spine') use(l.lower, l.lowerIndex, l.lowerPort);
        }
        expect(problems.slice(0, 3)).toEqual([]);
        const target = (s.oversubscriptionTarget.down / s.oversubscriptionTarget.up) * (1 + 1e-9);
        if (s.counts.spine > 0) expect(s.oversubscription).toBeLessThanOrEqual(target);
      }),
      { numRuns: 200 },
    );
  });
});
