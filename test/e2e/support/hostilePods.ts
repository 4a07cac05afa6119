/**
 * Pods that once bricked the app (issue 15): a rack 2^31 U tall among the layout's own catalog items, racks a
 * million U tall, and the schema's largest floor grid. Each is the e2e test pod plus the one absurd figure.
 */
import type { Layout } from '../../../src/core';
import { builtinCatalog, rackId, serializeLayout, sku } from '../../../src/core';
import { testPod } from './pods';

function withGiantRack(heightU: number): Layout {
  const base = builtinCatalog.items.get(sku('rack-48u-600x1200'));
  if (!base) throw new Error('built-in rack missing');
  const pod = testPod();
  return {
    ...pod,
    catalogItems: [{ ...base, sku: sku('giant-rack'), name: 'Giant rack', heightU } as typeof base],
    racks: [
      ...pod.racks,
      { id: rackId('giant'), sku: sku('giant-rack'), name: 'G1', position: { row: 1, slot: 0 } },
    ],
  };
}

export const HOSTILE_PODS: readonly {
  readonly name: string;
  readonly text: string;
  readonly layout: Layout;
}[] = [
  { name: 'rack-2pow31-u.json', layout: withGiantRack(2 ** 31) },
  { name: 'rack-1e6-u.json', layout: withGiantRack(1e6) },
  {
    name: 'floor-1000x1000.json',
    layout: { ...testPod(), floor: { ...testPod().floor, rows: 1000, positionsPerRow: 1000 } },
  },
].map((p) => ({ ...p, text: serializeLayout(p.layout) }));
